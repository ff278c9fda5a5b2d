package fr.equipage.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text of the import and export code as a key of the i18n/import bundles and its arguments, so the
 * French and English interfaces each show it in their language. An argument may itself be a Msg (a
 * field or list name), rendered in the same language.
 */
public record Msg(String key, List<Object> args) {
    public Msg {
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }

    public String render(Locale locale) {
        return ImportTexts.render(locale, this);
    }

    /** French, as the CLI prints it and tests read it. */
    @Override
    public String toString() {
        return render(ImportTexts.FRENCH);
    }
}
