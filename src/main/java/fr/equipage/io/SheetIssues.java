package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the planner writes problems: located in the file and sheet being read. Problems of the row
 * being read wait in {@link #row} until {@link #flush}, which keeps the row only if none is an error.
 */
final class SheetIssues {
    private final ImportReport report;
    private final List<Issue> pending = new ArrayList<>();
    private String file = "";
    private String sheet;

    SheetIssues(ImportReport report) {
        this.report = report;
    }

    void reading(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    String file() {
        return file;
    }

    String sheet() {
        return sheet;
    }

    ImportReport report() {
        return report;
    }

    /** A problem of the row being read, reported at {@link #flush}. */
    void row(Severity s, int row, String column, String value, String key, Object... args) {
        pending.add(new Issue(s, file, sheet, row, column, value, ImportTexts.msg(key, args)));
    }

    /** Moves the row's problems to the report; true when the row is refused. */
    boolean flush() {
        boolean error = false;
        for (Issue i : pending) {
            report.add(i);
            error |= i.isError();
        }
        pending.clear();
        if (error) {
            report.rowRefused();
        }
        return error;
    }

    void warn(int row, String column, String value, String key, Object... args) {
        report.add(new Issue(Severity.WARNING, file, sheet, row, column, value, ImportTexts.msg(key, args)));
    }

    void error(int row, String column, String value, String key, Object... args) {
        report.add(new Issue(Severity.ERROR, file, sheet, row, column, value, ImportTexts.msg(key, args)));
    }
}
