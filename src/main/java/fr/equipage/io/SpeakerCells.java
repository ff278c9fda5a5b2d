package fr.equipage.io;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a free-text "speaker suggestion" cell. People answer "non", "aucune idée" or "-" as often as
 * they name someone: those are no idea. "Marie Curie (Inria)" gives the organisation in brackets; any
 * other text is kept whole as the speaker, cut at {@link #MAX_SPEAKER} characters with the full text
 * kept as the note.
 */
public final class SpeakerCells {
    public static final int MAX_SPEAKER = 200;
    public static final int MAX_NOTE = 4_000;
    private static final Set<String> NO_IDEA = Set.of("non", "no", "none", "nope", "aucun", "aucune", "aucune idee",
            "pas d idee", "pas d idee pour l instant", "pas pour l instant", "pas pour le moment", "non merci", "n a",
            "na", "nsp", "rien", "je ne sais pas", "ne sais pas", "je ne vois pas", "pas encore", "pas vraiment",
            "non pas pour l instant", "non pas d idee", "pas de suggestion", "aucune suggestion", "no idea", "not yet",
            "n c", "nc", "sans", "neant", "x");
    private static final Pattern WITH_ORGANISATION = Pattern.compile("(?s)\\s*([^()]+?)\\s*\\(([^()]+)\\)\\s*");

    private SpeakerCells() {
    }

    /** The cell's text with spaces collapsed, or "" when it names nobody. */
    public static String text(String cell) {
        String t = Texts.collapseSpaces(cell == null ? "" : cell);
        String key = Texts.key(t);
        return key.isEmpty() || NO_IDEA.contains(key) ? "" : t;
    }

    /** {speaker, organisation, note} from a non-empty cell text. */
    public static String[] idea(String text) {
        Matcher m = WITH_ORGANISATION.matcher(text);
        if (m.matches() && m.group(1).length() <= MAX_SPEAKER) {
            return new String[] {m.group(1), m.group(2).strip(), ""};
        }
        if (text.length() <= MAX_SPEAKER) {
            return new String[] {text, "", ""};
        }
        return new String[] {text.substring(0, MAX_SPEAKER - 1).strip() + "…", "", text.length() > MAX_NOTE
                ? text.substring(0, MAX_NOTE) : text};
    }
}
