package fr.equipage.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sentences of the published pages (bundle {@code i18n/publish}) in one language, French by default. */
final class PublishTexts {
    private final Locale locale;
    private final ResourceBundle texts;

    PublishTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("i18n.publish", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
