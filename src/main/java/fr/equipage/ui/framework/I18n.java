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

    /** The texts as the views (FXML) read them: in French, already set in French typography. */
    public ResourceBundle bundle() {
        if (!french()) {
            return bundle;
        }
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return typeset(bundle.getString(key));
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return bundle.getKeys();
            }
        };
    }

    private boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    /** Sets a text (an engine sentence, a name put into a sentence) in the typography of the language. */
    public String typeset(String text) {
        return french() ? FrenchTypography.apply(text) : text;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return typeset(bundle.getString(key));
    }

    /** A text with {0}, {1}… filled in. */
    public String format(String key, Object... args) {
        if (!french()) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
        // Only the sentence is set in French typography, never what is put into it: a workshop's
        // name proposed for its copy must be stored exactly as typed ("Atelier d'essai (copie)").
        MessageFormat message = new MessageFormat(FrenchTypography.applyToPattern(bundle.getString(key)), locale);
        java.text.Format[] formats = message.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length; i++) {
            java.text.Format f = i < formats.length ? formats[i] : null;
            if (f == null && args[i] instanceof Number) {
                f = java.text.NumberFormat.getInstance(locale);
                message.setFormatByArgumentIndex(i, f);
            }
            if (f instanceof java.text.DecimalFormat decimal) {
                // A true minus sign before negative numbers: "−20", not "-20".
                var symbols = decimal.getDecimalFormatSymbols();
                symbols.setMinusSign('\u2212');
                decimal.setDecimalFormatSymbols(symbols);
            }
        }
        return message.format(args);
    }
}
