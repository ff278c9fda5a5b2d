package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows of a proposals sheet into planned proposals. */
final class ProposalRows {
    private final SheetIssues issues;
    private final MinistryResolver ministries;
    private final ProposalCatalogue catalogue;
    private final Map<String, Integer> rowOfKey = new HashMap<>();
    final List<PlannedProposal> planned = new ArrayList<>();

    ProposalRows(SheetIssues issues, MinistryResolver ministries, ProposalCatalogue catalogue) {
        this.issues = issues;
        this.ministries = ministries;
        this.catalogue = catalogue;
    }

    void read(ColumnMapping m, SourceRow row) {
        int n = row.number();
        String titleCol = m.columnName(m.columnOf(Field.TITLE));
        String title = Texts.collapseSpaces(RowValues.cell(m, row, Field.TITLE));
        if (title.isEmpty() || Texts.key(title).isEmpty()) {
            issues.row(Severity.ERROR, n, titleCol, title, "proposal.noTitle");
        } else if (title.length() > ImportPlanner.MAX_TITLE) {
            issues.row(Severity.ERROR, n, titleCol, title, "proposal.titleTooLong", ImportPlanner.MAX_TITLE);
        }
        String description = RowValues.cell(m, row, Field.DESCRIPTION);
        if (description.length() > ImportPlanner.MAX_DESCRIPTION) {
            issues.row(Severity.WARNING, n, m.columnName(m.columnOf(Field.DESCRIPTION)), description,
                    "proposal.descriptionTooLong", ImportPlanner.MAX_DESCRIPTION);
            description = description.substring(0, ImportPlanner.MAX_DESCRIPTION);
        }
        String ministry = ministries.resolve(m, row);
        List<String> skills = RowValues.tags(issues, m, row, Field.NEEDED_SKILLS);
        for (String s : RowValues.tags(issues, m, row, Field.SKILLS)) {
            if (skills.stream().noneMatch(s::equalsIgnoreCase)) {
                skills.add(s);
            }
        }
        Integer[] sizes = sizes(m, row);
        List<String> proposers = proposers(m, row);
        if (issues.flush()) {
            return;
        }
        ProposalCatalogue.Entry known = catalogue.find(title);
        ProposalCatalogue.Entry entry = known != null ? known : catalogue.add(title, ProposalCatalogue.Origin.SHEET);
        Integer previous = rowOfKey.put(entry.key(), n);
        if (previous != null) {
            issues.warn(n, titleCol, title, "proposal.again", previous);
        }
        planned.add(new PlannedProposal(issues.file(), issues.sheet(), n, entry.key(), title, description, ministry,
                skills, sizes[0], sizes[1], proposers));
    }

    /** {min, max}, each null when not given; errors for text that is not a size. */
    private Integer[] sizes(ColumnMapping m, SourceRow row) {
        Integer min = null;
        Integer max = null;
        int n = row.number();
        String range = RowValues.cell(m, row, Field.SIZE_RANGE);
        if (!range.isEmpty()) {
            Integer[] r = Cells.range(range);
            if (r == null) {
                issues.row(Severity.ERROR, n, m.columnName(m.columnOf(Field.SIZE_RANGE)), range, "proposal.sizeUnreadable");
            } else {
                min = r[0];
                max = r[1];
            }
        }
        for (Field f : List.of(Field.MIN_SIZE, Field.MAX_SIZE)) {
            String v = RowValues.cell(m, row, f);
            if (v.isEmpty()) {
                continue;
            }
            Integer i = Cells.integer(v);
            if (i == null) {
                issues.row(Severity.ERROR, n, m.columnName(m.columnOf(f)), v, "proposal.sizeNotInteger");
            } else if (f == Field.MIN_SIZE) {
                min = i;
            } else {
                max = i;
            }
        }
        String col = m.has(Field.MAX_SIZE) ? m.columnName(m.columnOf(Field.MAX_SIZE))
                : m.has(Field.SIZE_RANGE) ? m.columnName(m.columnOf(Field.SIZE_RANGE)) : "";
        int limit = ImportPlanner.MAX_SIZE;
        if (max != null && (max < 1 || max > limit)) {
            issues.row(Severity.ERROR, n, col, String.valueOf(max), "proposal.maxOutOfRange", limit);
        } else if (min != null && max != null && min > max) {
            issues.row(Severity.ERROR, n, col, min + " > " + max, "proposal.minAboveMax");
        } else if (min != null && min > limit) {
            issues.row(Severity.ERROR, n, col, String.valueOf(min), "proposal.minOutOfRange", limit);
        }
        return new Integer[] {min, max};
    }

    /** Proposers as typed: the "Porteurs" list, plus the person named by name/e-mail columns. */
    private static List<String> proposers(ColumnMapping m, SourceRow row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            if (m.target(c).field() == Field.PROPOSERS) {
                for (String p : Cells.PERSON_SEPARATORS.split(row.cell(c))) {
                    if (!p.isBlank()) {
                        out.add(p.strip());
                    }
                }
            }
        }
        String email = Cells.email(RowValues.cell(m, row, Field.EMAIL));
        String[] name = RowValues.name(m, row);
        if (!email.isEmpty()) {
            out.add(email);
        } else if (!(name[0] + name[1]).isEmpty()) {
            out.add((name[0] + " " + name[1]).strip());
        }
        return out;
    }
}
