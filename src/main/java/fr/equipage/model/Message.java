package fr.equipage.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for the organiser named by key, with its arguments, so that the engine and the import
 * say things without choosing a language: the screen renders it in French or English from the
 * resource bundle {@code i18n/<bundle>} (MessageFormat patterns, French by default).
 */
public record Message(String bundle, String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
    }
    // Arguments are ids, codes and numbers: never null (List.copyOf would refuse them).

    /** A sentence of the engine's bundle ({@code i18n/engine}). */
    public static Message engine(String key, Object... args) {
        return new Message("engine", key, Arrays.asList(args));
    }

    /** A text that exists in one language only (read back from a plan file, say). */
    public static Message literal(String text) {
        return new Message(null, text, List.of());
    }

    /** The sentence in the given language; a missing key shows as itself rather than failing. */
    public String format(Locale locale) {
        if (bundle == null) {
            return key;
        }
        try {
            ResourceBundle b = ResourceBundle.getBundle("i18n." + bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] shown = args.toArray();
            for (int i = 0; i < shown.length; i++) {
                shown[i] = shown(shown[i], locale);
            }
            return new MessageFormat(b.getString(key), locale).format(shown);
        } catch (MissingResourceException e) {
            return key + args;
        }
    }

    /** A message argument that is itself a message (a field's name) or a list of them, in the same language. */
    private static Object shown(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return m.format(locale);
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(o -> String.valueOf(shown(o, locale))).toList());
        }
        return arg;
    }

    public String french() {
        return format(Locale.FRANCE);
    }

    public String english() {
        return format(Locale.ENGLISH);
    }
}
