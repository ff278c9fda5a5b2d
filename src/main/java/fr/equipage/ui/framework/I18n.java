package fr.equipage.ui.framework;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts. French is the default whatever the system says; English is chosen in the settings. */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale FRENCH = Locale.FRANCE;

    private final ResourceBundle bundle;
    /**
     * The language asked for. The French texts live in the base bundle, whose own locale is the root
     * one: numbers formatted with it would read "3.3 %" instead of "3,3 %".
     */
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "fr" or "en" as stored in the settings; anything else is French. */
    public static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.UK : FRENCH;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A text with {0}, {1}… filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
