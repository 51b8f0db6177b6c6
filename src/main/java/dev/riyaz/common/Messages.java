package dev.riyaz.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import io.quarkus.qute.TemplateExtension;

/**
 * All UI text lives in {@code messages.properties}. Templates read it as {@code {m:key}} or, with arguments,
 * {@code {m:key(arg1, arg2)}}; Java code calls {@link #get}.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

    private Messages() {}

    public static String get(String key, Object... args) {
        String text = BUNDLE.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, Locale.ENGLISH).format(args);
    }

    /** The words of a notice shown after an action ({@code ?notice=saved}); null for an unknown or missing one. */
    public static String notice(String name) {
        return name != null && has("notice_" + name) ? get("notice_" + name) : null;
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    @TemplateExtension(namespace = "m", matchName = TemplateExtension.ANY)
    static String message(String key) {
        return get(key);
    }

    @TemplateExtension(namespace = "m", matchName = TemplateExtension.ANY)
    static String message(String key, Object arg) {
        return get(key, arg);
    }

    @TemplateExtension(namespace = "m", matchName = TemplateExtension.ANY)
    static String message(String key, Object arg1, Object arg2) {
        return get(key, arg1, arg2);
    }
}
