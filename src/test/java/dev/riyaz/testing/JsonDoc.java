package dev.riyaz.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON answer read once with Jackson, asked like RestAssured's {@code JsonPath} ({@code getLong("id")}, {@code
 * getList("items.title")}) with the same path language as {@link Json#at} and the same conversions (a value is turned
 * into the asked type through its text, as RestAssured does), but without compiling a Groovy script per question.
 */
public final class JsonDoc {

    private final String text;
    private final Object root;

    JsonDoc(String text) {
        this.text = text;
        this.root = Json.plain(Json.read(text));
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String path) {
        return (T) JsonPathLite.evaluate(root, path);
    }

    public <T> T get() {
        return get("$");
    }

    public String getString(String path) {
        return convert(get(path), String.class);
    }

    public long getLong(String path) {
        return convert(get(path), Long.class);
    }

    public int getInt(String path) {
        return convert(get(path), Integer.class);
    }

    public double getDouble(String path) {
        return convert(get(path), Double.class);
    }

    public float getFloat(String path) {
        return convert(get(path), Float.class);
    }

    public boolean getBoolean(String path) {
        return convert(get(path), Boolean.class);
    }

    public BigDecimal getBigDecimal(String path) {
        return convert(get(path), BigDecimal.class);
    }

    public <T> List<T> getList(String path) {
        Object value = get(path);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?>)) {
            throw new ClassCastException("not a list at '" + path + "': " + value);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) value;
        return list;
    }

    public <T> List<T> getList(String path, Class<T> type) {
        List<Object> list = getList(path);
        if (list == null) {
            return null;
        }
        List<T> converted = new ArrayList<>();
        for (Object item : list) {
            converted.add(convert(item, type));
        }
        return converted;
    }

    public <K, V> Map<K, V> getMap(String path) {
        Object value = get(path);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new ClassCastException("not an object at '" + path + "': " + value);
        }
        @SuppressWarnings("unchecked")
        Map<K, V> map = (Map<K, V>) value;
        return map;
    }

    public <K, V> Map<K, V> getMap(String path, Class<K> keyType, Class<V> valueType) {
        Map<Object, Object> map = getMap(path);
        if (map == null) {
            return null;
        }
        Map<K, V> converted = new LinkedHashMap<>();
        map.forEach((key, value) -> converted.put(convert(key, keyType), convert(value, valueType)));
        return converted;
    }

    public String prettify() {
        return Json.read(text).toPrettyString();
    }

    @Override
    public String toString() {
        return text;
    }

    /** RestAssured's conversion: the value as is when it has the type, else parsed from its text. */
    static <T> T convert(Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isAssignableFrom(type) || type == Object.class) {
            return type.cast(value);
        }
        String text = value.toString();
        Object converted;
        if (type == Integer.class) {
            converted = Integer.parseInt(text);
        } else if (type == Long.class) {
            converted = Long.parseLong(text);
        } else if (type == Boolean.class) {
            converted = Boolean.parseBoolean(text);
        } else if (type == Short.class) {
            converted = Short.parseShort(text);
        } else if (type == Float.class) {
            converted = Float.parseFloat(text);
        } else if (type == Double.class) {
            converted = Double.parseDouble(text);
        } else if (type == BigDecimal.class) {
            converted = new BigDecimal(text);
        } else if (type == BigInteger.class) {
            converted = new BigInteger(text);
        } else if (type == String.class) {
            converted = text;
        } else {
            return type.cast(value);
        }
        return type.cast(converted);
    }
}
