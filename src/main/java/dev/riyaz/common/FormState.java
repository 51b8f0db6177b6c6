package dev.riyaz.common;

import java.util.HashMap;
import java.util.Map;

/** What a person typed into a form and what needs fixing, so a form can be shown again with nothing lost. */
public final class FormState {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private String message;

    public static FormState empty() {
        return new FormState();
    }

    public FormState with(String field, Object value) {
        values.put(field, value == null ? "" : value.toString());
        return this;
    }

    /** Takes the field messages (or the overall message) of a failure. */
    public FormState failed(ApiException e) {
        e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        if (e.errors().isEmpty()) {
            message = e.getMessage();
        }
        return this;
    }

    public FormState message(String text) {
        this.message = text;
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, Object value) {
        return value != null && value.toString().equals(values.get(field));
    }

    /** For checkbox groups stored as {@code prefix + value = "on"}. */
    public boolean checked(String prefix, Object value) {
        return "on".equals(values.get(prefix + value));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    public String message() {
        return message;
    }
}
