package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.Locale;

/**
 * The texts of the import (i18n/import.properties, French, and import_en.properties) as
 * {@link Message}s of the "import" bundle. Every text is a MessageFormat pattern, so an apostrophe is
 * written twice. Numbers are passed as typed (row 1234, not "1 234"), which is how the organiser finds
 * the row in the spreadsheet.
 */
public final class ImportTexts {
    public static final String BUNDLE = "import";
    public static final Locale FRENCH = Locale.FRANCE;

    private ImportTexts() {
    }

    public static Message msg(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number || shown[i] == null) {
                shown[i] = String.valueOf(shown[i]);
            }
        }
        return new Message(BUNDLE, key, java.util.Arrays.asList(shown));
    }

    public static String text(Locale locale, String key, Object... args) {
        return msg(key, args).format(locale == null ? FRENCH : locale);
    }
}
