package fr.equipage.ui.framework;

import java.util.regex.Pattern;

/**
 * French typography for every text the organiser reads, applied in one place ({@link I18n}) so that
 * no screen can forget it: a narrow no-break space before « : ; ! ? % » and after «, so that the
 * sign never starts a line alone ("»." on its own line); the typographic apostrophe ’; a true
 * minus sign − before a number. Decimal commas come from formatting numbers with the French locale.
 */
public final class FrenchTypography {
    /** U+202F, narrow no-break space, as the Imprimerie nationale lexicon asks before ; ! ? and %. */
    public static final char THIN = '\u202F';
    private static final Pattern BEFORE = Pattern.compile("[ \\u00A0\\u202F]*([:;!?%»])");
    private static final Pattern AFTER_GUILLEMET = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    private static final Pattern MINUS = Pattern.compile("(?<=^|[\\s(\\[=:\\u202F\\u00A0])-(?=\\d)");

    private FrenchTypography() {
    }

    public static String apply(String text) {
        return rules(text, APOSTROPHE);
    }

    /**
     * The same rules on a MessageFormat pattern, before its arguments are put in: there the
     * apostrophe is written twice ("l''équipe").
     */
    public static String applyToPattern(String pattern) {
        return rules(pattern, PATTERN_APOSTROPHE);
    }

    private static String rules(String text, Pattern apostrophe) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = apostrophe.matcher(text).replaceAll("\u2019");
        out = MINUS.matcher(out).replaceAll("\u2212");
        out = AFTER_GUILLEMET.matcher(out).replaceAll("«" + THIN);
        return spaceBefore(out);
    }

    private static final Pattern PATTERN_APOSTROPHE = Pattern.compile("(?<=\\p{L})''(?=\\p{L})");

    /**
     * Puts the thin space before a high sign that follows a word (never inside "http://", "10:30" or
     * "C:\"): only where the sign is already spaced, or is a "%" or "»" right after a word or number.
     */
    private static String spaceBefore(String text) {
        var m = BEFORE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean spaced = m.end(0) - m.start(0) > 1;
            char sign = m.group(1).charAt(0);
            boolean atStart = m.start(0) == 0;
            boolean always = sign == '%' || sign == '»';
            if (!atStart && (spaced || always)) {
                m.appendReplacement(sb, THIN + m.group(1));
            } else {
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(0)));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
