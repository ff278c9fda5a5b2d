package fr.equipage.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bundles of import messages (i18n/import.properties, French, and import_en.properties). Every
 * text is a MessageFormat pattern, so an apostrophe is written twice. Numbers are shown as typed
 * (row 1234, not "1 234"), which is how the organiser finds the row in the spreadsheet.
 */
public final class ImportTexts {
    public static final String BUNDLE = "i18n.import";
    public static final Locale FRENCH = Locale.FRANCE;

    private ImportTexts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? FRENCH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String render(Locale locale, Msg msg) {
        ResourceBundle b = bundle(locale);
        Object[] args = msg.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Msg m) {
                args[i] = render(locale, m);
            } else if (args[i] instanceof java.util.List<?> list) {
                args[i] = String.join(", ", list.stream().map(o -> o instanceof Msg m ? render(locale, m)
                        : String.valueOf(o)).toList());
            } else if (args[i] instanceof Number || args[i] == null) {
                args[i] = String.valueOf(args[i]);
            }
        }
        return new MessageFormat(b.getString(msg.key()), b.getLocale()).format(args);
    }

    public static String text(Locale locale, String key, Object... args) {
        return render(locale, Msg.of(key, args));
    }
}
