package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.ArrayList;
import java.util.List;

/** Where a column goes: a field, and for ranked choices the rank (1 = most wanted). */
public record ColumnTarget(Field field, int rank) {
    public static final ColumnTarget IGNORE = new ColumnTarget(Field.IGNORE, 0);
    /** Ranked choice columns offered in the mapping editor. */
    public static final int MAX_RANK = 10;

    public ColumnTarget {
        rank = field == Field.CHOICE ? Math.max(1, rank) : 0;
    }

    public static ColumnTarget of(Field field) {
        return new ColumnTarget(field, 0);
    }

    public static ColumnTarget choice(int rank) {
        return new ColumnTarget(Field.CHOICE, rank);
    }

    public String label() {
        return text().french();
    }

    /** Every target, in the order the mapping editor lists them. */
    public static List<ColumnTarget> all() {
        List<ColumnTarget> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f == Field.CHOICE) {
                for (int r = 1; r <= MAX_RANK; r++) {
                    out.add(choice(r));
                }
            } else {
                out.add(of(f));
            }
        }
        return out;
    }

    /** The key of this target's name in the import bundles ("field.EMAIL"), with the rank for a choice. */
    public Message text() {
        return field == Field.CHOICE ? ImportTexts.msg("field.CHOICE", rank) : ImportTexts.msg("field." + field.name());
    }

    /**
     * The target a user names on the command line or in a mapping file: "Courriel", "email", "Choix 2",
     * "choice 2", "Projets souhaités", "rang", "ignorer", or a field name such as EMAIL or CHOICE_2.
     * Null when the text names no target.
     */
    public static ColumnTarget parse(String text) {
        String key = Texts.key(text);
        if (key.matches("ignorer|ignore|ignored|aucun|none|ignoree")) {
            return IGNORE;
        }
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("CHOICE_?(\\d{1,2})").matcher(upper);
        if (m.matches()) {
            int r = Integer.parseInt(m.group(1));
            return r >= 1 && r <= MAX_RANK ? choice(r) : null;
        }
        for (Field f : Field.values()) {
            if (f.name().equals(upper) && f != Field.CHOICE) {
                return of(f);
            }
        }
        for (ColumnTarget t : all()) {
            for (java.util.Locale l : java.util.List.of(ImportTexts.FRENCH, java.util.Locale.UK)) {
                if (Texts.key(t.text().format(l)).equals(key)) {
                    return t;
                }
            }
        }
        if (key.matches("rang|rank|grille|grid|rang du projet|project rank")) {
            return of(Field.RANK);
        }
        if (key.matches("liste|list|liste de choix|choice list|choix liste")) {
            return of(Field.CHOICE_LIST);
        }
        ColumnTarget byHeader = HeaderMapper.targetOf(text);
        return byHeader.field() == Field.IGNORE ? null : byHeader;
    }

    @Override
    public String toString() {
        return label();
    }
}
