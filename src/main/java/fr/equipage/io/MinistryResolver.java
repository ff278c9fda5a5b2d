package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import fr.equipage.model.Ministry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns the ministry typed in a row into a code: a known ministry, or one the import creates under a
 * generated code (reported, so the organiser can merge it). Each distinct text is resolved once.
 */
final class MinistryResolver {
    private final MinistryMatcher matcher;
    private final SheetIssues issues;
    /** Normalised ministry text → code (matched or generated). */
    private final Map<String, String> codeOfText = new HashMap<>();
    /**
     * Text as typed → its key: a registration file repeats a few hundred spellings over 100,000 rows,
     * and normalising each cell took a tenth of the reading time. Bounded, for a file where every
     * cell differs.
     */
    private final Map<String, String> keyOfCell = new HashMap<>();
    private static final int MAX_SPELLINGS = 10_000;
    final Map<String, Ministry> toCreate = new LinkedHashMap<>();
    final Set<String> used = new HashSet<>();

    MinistryResolver(MinistryMatcher matcher, SheetIssues issues) {
        this.matcher = matcher;
        this.issues = issues;
    }

    /** The code for the row, or null when the sheet has no ministry column or the cell is empty. */
    String resolve(ColumnMapping m, SourceRow row) {
        if (!m.has(Field.MINISTRY)) {
            return null;
        }
        String col = m.columnName(m.columnOf(Field.MINISTRY));
        String text = row.cell(m.columnOf(Field.MINISTRY));
        if (text.isEmpty()) {
            issues.row(Severity.WARNING, row.number(), col, "", "ministry.missing");
            return null;
        }
        String key = keyOfCell.size() < MAX_SPELLINGS ? keyOfCell.computeIfAbsent(text, Texts::key) : Texts.key(text);
        if (key.isEmpty() || text.length() > ImportPlanner.MAX_NAME) {
            issues.row(Severity.WARNING, row.number(), col, text, "ministry.unreadable");
            return null;
        }
        String code = codeOfText.get(key);
        if (code == null) {
            code = matcher.match(text).orElse(null);
            if (code == null) {
                code = matcher.newCode(text, new HashSet<>(toCreate.keySet()));
                toCreate.put(code, new Ministry(code, text.strip(), null));
            }
            codeOfText.put(key, code);
        }
        if (toCreate.containsKey(code)) {
            issues.row(Severity.WARNING, row.number(), col, text, "ministry.unknown", code);
            issues.report().unknownMinistry(key, toCreate.get(code).name(), code, row.number());
        } else {
            used.add(code);
        }
        return code;
    }
}
