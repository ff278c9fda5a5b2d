package fr.equipage.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks written the way form tools and people write them, in French or English: "1er choix",
 * "2e vœu", "Choix n°3", "Premier choix", "First choice", "rank 1", "1st", "1". Used on headers
 * ("Projet souhaité (1er choix)") and on the cells of a ranking grid. Works on {@link Texts#key} text.
 */
final class Ranks {
    private Ranks() {
    }

    private static final String WORD = "(?:choix|voeu|voeux|souhait|souhaits|preference|choice|wish|option|rang|rank|"
            + "priorite|priority|position|projet|project|place|ordre)";
    private static final String NUMBER = "(\\d{1,2})\\s?(?:er|ere|re|e|eme|em|nd|nde|d|st|rd|th|o)?";
    /** "choix 1", "voeu n 2", "rank 3", "choice no 4". */
    private static final Pattern WORD_NUMBER = Pattern.compile("^" + WORD + "\\s?(?:n|no|num|numero|nr|nb)?\\s?(\\d{1,2})$");
    /** "1er choix", "2e voeu de projet", "3rd choice". */
    private static final Pattern NUMBER_WORD = Pattern.compile("^" + NUMBER + " " + WORD + "(?: .*)?$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^" + NUMBER + "$");
    private static final String[][] ORDINALS = {
            {"premier", "premiere", "first", "1ere"},
            {"deuxieme", "second", "seconde", "2nd"},
            {"troisieme", "third"},
            {"quatrieme", "fourth"},
            {"cinquieme", "fifth"},
            {"sixieme", "sixth"},
            {"septieme", "seventh"},
            {"huitieme", "eighth"},
            {"neuvieme", "ninth"},
            {"dixieme", "tenth"}};

    /**
     * The rank a header's words name when they say "choice" and a rank ("1er choix", "Choix 2",
     * "Premier vœu"), else 0. A bare number or ordinal is not a header rank on its own.
     */
    static int ofLabel(String key) {
        Matcher m = WORD_NUMBER.matcher(key);
        if (!m.matches()) {
            m = NUMBER_WORD.matcher(key);
        }
        if (m.matches()) {
            return valid(Integer.parseInt(m.group(1)));
        }
        String[] words = key.split(" ", 2);
        int ordinal = ordinal(words[0]);
        return ordinal > 0 && words.length == 2 && words[1].matches(WORD + "(?: .*)?") ? ordinal : 0;
    }

    /** A rank standing alone, as in "[1]", "(2e)", a grid cell "1", "1er choix", "Premier", "First choice". */
    static int ofValue(String text) {
        String key = Texts.key(text.strip().replaceFirst("^(\\d{1,2})[.,]0+$", "$1")); // a spreadsheet's 1.0
        int r = ofLabel(key);
        if (r > 0) {
            return r;
        }
        Matcher m = NUMBER_ONLY.matcher(key);
        if (m.matches()) {
            return valid(Integer.parseInt(m.group(1)));
        }
        return ordinal(key);
    }

    private static int ordinal(String word) {
        for (int i = 0; i < ORDINALS.length; i++) {
            for (String o : ORDINALS[i]) {
                if (o.equals(word)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static int valid(int rank) {
        return rank >= 1 && rank <= ColumnTarget.MAX_RANK ? rank : 0;
    }

    /** True for headers whose words are about choosing projects: used to spot choice columns nobody mapped. */
    static boolean soundsLikeChoice(String key) {
        return key.matches(".*\\b(?:choix|voeu|voeux|souhait|souhaits|souhaite|souhaites|preference\\w*|choice\\w*|"
                + "wish\\w*|projet\\w*|project\\w*|rang|rank\\w*|classe\\w*|classement|priorit\\w*)\\b.*");
    }
}
