package fr.equipage.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's list (skills, choices…) as one text column: the items joined by the unit separator U+001F,
 * a control character nobody types and the import never keeps. One string per list is what makes a row
 * cheap to write (see {@link V8__Lighter_participant_rows}). Empty items are not stored: the model has none.
 */
final class TextList {
    static final char SEPARATOR = '\u001F';

    private TextList() {
    }

    static String join(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (item == null || item.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            // Should a separator ever come in (a pasted control character), it must not split the item.
            out.append(item.indexOf(SEPARATOR) >= 0 ? item.replace(SEPARATOR, ' ') : item);
        }
        return out.toString();
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEPARATOR) {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
