package fr.equipage.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds fields a sheet's mapping would lose: unmapped columns whose header sounds like a project
 * choice or whose cells are project titles, unmapped columns that look like a field the mapping
 * lacks, and (after reading) choice columns that leave most rows empty. Columns the organiser set
 * himself are trusted.
 */
final class MappingCheck {
    /** Words that say what a column holds when no synonym matched the whole header. */
    private static final List<Object[]> FIELD_WORDS = List.of(
            new Object[] {Field.EMAIL, Pattern.compile(".*\\b(?:courriel|e ?mail|mail|mel|messagerie)\\b.*")},
            new Object[] {Field.MINISTRY, Pattern.compile(".*\\b(?:ministere|administration|ministry|agency|organisme|"
                    + "structure|affectation|direction|employeur|employer)\\b.*")},
            new Object[] {Field.FIRST_NAME, Pattern.compile(".*\\b(?:prenom|prenoms|first name|given name)\\b.*")},
            new Object[] {Field.LAST_NAME, Pattern.compile(".*\\b(?:nom de famille|last name|surname|family name)\\b.*")});

    private MappingCheck() {
    }

    /** Problems visible from the header and the preview rows, before any row is read. */
    static List<MappingProblem> beforeReading(SheetSetup s, ProposalCatalogue catalogue) {
        List<MappingProblem> out = new ArrayList<>();
        if (s.kind() != ImportKind.PARTICIPANTS) {
            return out;
        }
        ColumnMapping m = s.mapping();
        List<Integer> suspects = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            if (open(m, c) && (Ranks.soundsLikeChoice(Texts.key(m.header(c))) || holdsTitles(s, c, catalogue))) {
                suspects.add(c);
            }
        }
        if (!suspects.isEmpty()) {
            out.add(new MappingProblem(s, MappingProblem.Kind.UNMAPPED_CHOICES, proposeChoices(s, suspects), 0, 0));
        }
        for (Object[] fw : FIELD_WORDS) {
            Field f = (Field) fw[0];
            if (m.has(f) || f == Field.LAST_NAME && m.has(Field.FULL_NAME) || f == Field.FIRST_NAME && m.has(Field.FULL_NAME)) {
                continue;
            }
            for (int c = 0; c < m.size(); c++) {
                if (open(m, c) && !suspects.contains(c) && ((Pattern) fw[1]).matcher(Texts.key(m.header(c))).matches()) {
                    out.add(new MappingProblem(s, MappingProblem.Kind.UNMAPPED_FIELD,
                            List.of(new MappingProblem.Suggestion(c, m.header(c), ColumnTarget.of(f))), 0, 0));
                    break;
                }
            }
        }
        return out;
    }

    /** After reading: more than half the rows have no choice though choice columns are mapped. */
    static MappingProblem afterReading(SheetSetup s, int rows, int withoutChoice) {
        ColumnMapping m = s.mapping();
        List<MappingProblem.Suggestion> current = new ArrayList<>();
        boolean allConfirmed = true;
        for (int c = 0; c < m.size(); c++) {
            Field f = m.target(c).field();
            if (f == Field.CHOICE || f == Field.CHOICE_LIST || f == Field.RANK) {
                current.add(new MappingProblem.Suggestion(c, m.header(c), m.target(c)));
                allConfirmed &= m.isConfirmed(c);
            }
        }
        if (current.isEmpty() || allConfirmed || rows == 0 || withoutChoice * 2 <= rows) {
            return null;
        }
        return new MappingProblem(s, MappingProblem.Kind.FEW_CHOICES, current, withoutChoice, rows);
    }

    /** An unmapped column with a header, not set by the organiser, and not a form tool's own column. */
    private static boolean open(ColumnMapping m, int c) {
        return m.target(c).field() == Field.IGNORE && !m.isConfirmed(c) && !m.header(c).isBlank()
                && !HeaderMapper.isMetadata(m.header(c));
    }

    /** Most filled preview cells name known projects (two at least). */
    private static boolean holdsTitles(SheetSetup s, int c, ProposalCatalogue catalogue) {
        int filled = 0;
        int titles = 0;
        for (SourceRow r : s.preview()) {
            if (r.number() <= s.mapping().headerRow() || r.cell(c).isEmpty()) {
                continue;
            }
            filled++;
            titles += catalogue.find(r.cell(c)) != null ? 1 : 0;
        }
        return titles >= 2 && titles * 10 >= filled * 8;
    }

    /**
     * One suspect column whose cells list several titles is a list; otherwise the suspects are
     * ranked choices in column order, after the ranks already mapped.
     */
    private static List<MappingProblem.Suggestion> proposeChoices(SheetSetup s, List<Integer> suspects) {
        ColumnMapping m = s.mapping();
        List<MappingProblem.Suggestion> out = new ArrayList<>();
        if (suspects.size() == 1 && s.preview().stream().anyMatch(r -> r.number() > m.headerRow()
                && r.cell(suspects.get(0)).matches("(?s).*[;\\n|].*"))) {
            int c = suspects.get(0);
            out.add(new MappingProblem.Suggestion(c, m.header(c), ColumnTarget.of(Field.CHOICE_LIST)));
            return out;
        }
        int rank = m.targets().stream().filter(t -> t.field() == Field.CHOICE).mapToInt(ColumnTarget::rank).max().orElse(0);
        for (int c : suspects) {
            int r = Math.min(++rank, ColumnTarget.MAX_RANK);
            out.add(new MappingProblem.Suggestion(c, m.header(c), ColumnTarget.choice(r)));
        }
        return out;
    }
}
