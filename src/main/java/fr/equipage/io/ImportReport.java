package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner found, before anything is written: problems row by row, the proposals that choices
 * will create, the ministry texts that match no known ministry, and what the import will add or update.
 * Only the first {@link Limits#MAX_REPORTED_ISSUES} issues are kept in detail; all are counted.
 */
public final class ImportReport {
    /** A ministry text matching no known ministry, and what the import will do with it. */
    public record UnknownMinistry(String text, String proposedCode, int rows, int firstRow) {
    }

    /** A project title named in choices that matches no proposal: the import creates it. */
    public record NewProposal(String title, int firstRow, int mentions) {
    }

    private final String fileName;
    private final String fileDescription;
    private final List<Issue> issues = new ArrayList<>();
    private int errors;
    private int warnings;
    private int rowsRead;
    private int rowsRefused;
    private final Map<String, UnknownMinistry> unknownMinistries = new LinkedHashMap<>();
    private final Map<String, NewProposal> newProposals = new LinkedHashMap<>();
    private final List<Message> sheetSummaries = new ArrayList<>();
    private final List<MappingProblem> mappingProblems = new ArrayList<>();
    int participantsAdded;
    int participantsUpdated;
    int participantsUnchanged;
    int proposalsAdded;
    int proposalsUpdated;
    int proposalsUnchanged;

    public ImportReport(String fileName, String fileDescription) {
        this.fileName = fileName;
        this.fileDescription = fileDescription;
    }

    void add(Issue issue) {
        if (issue.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (issues.size() < Limits.MAX_REPORTED_ISSUES) {
            issues.add(issue);
        }
    }

    void rowRead() {
        rowsRead++;
    }

    void rowRefused() {
        rowsRefused++;
    }

    void sheet(Message summary) {
        sheetSummaries.add(summary);
    }

    void mappingProblem(MappingProblem p) {
        mappingProblems.add(p);
    }

    /**
     * Fields the mapping would lose (columns that look like choices but go nowhere, choice columns
     * that leave most rows empty): the import waits until they are mapped or confirmed.
     */
    public List<MappingProblem> mappingProblems() {
        return Collections.unmodifiableList(mappingProblems);
    }

    void unknownMinistry(String key, String text, String code, int row) {
        unknownMinistries.merge(key, new UnknownMinistry(text, code, 1, row),
                (a, b) -> new UnknownMinistry(a.text(), a.proposedCode(), a.rows() + 1, a.firstRow()));
    }

    void newProposal(String key, String title, int row) {
        newProposals.merge(key, new NewProposal(title, row, 1),
                (a, b) -> new NewProposal(a.title(), a.firstRow(), a.mentions() + 1));
    }

    void newProposalMentioned(String key) {
        newProposals.computeIfPresent(key, (k, a) -> new NewProposal(a.title(), a.firstRow(), a.mentions() + 1));
    }

    public String fileName() {
        return fileName;
    }

    public String fileDescription() {
        return fileDescription;
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** Issues found beyond those kept in detail. */
    public int issuesNotShown() {
        return errors + warnings - issues.size();
    }

    public int rowsRead() {
        return rowsRead;
    }

    /** Rows that have at least one error: refused, or skipped on request. */
    public int rowsRefused() {
        return rowsRefused;
    }

    public List<UnknownMinistry> unknownMinistries() {
        return List.copyOf(unknownMinistries.values());
    }

    public List<NewProposal> newProposals() {
        return List.copyOf(newProposals.values());
    }

    public int participantsAdded() {
        return participantsAdded;
    }

    public int participantsUpdated() {
        return participantsUpdated;
    }

    public int participantsUnchanged() {
        return participantsUnchanged;
    }

    public int proposalsAdded() {
        return proposalsAdded;
    }

    public int proposalsUpdated() {
        return proposalsUpdated;
    }

    public int proposalsUnchanged() {
        return proposalsUnchanged;
    }

    /** The report as text, in French: what the CLI prints. */
    public String toText() {
        return toText(ImportTexts.FRENCH);
    }

    /** The report as text in the given language: what the CLI prints and what the dialog offers to copy. */
    public String toText(java.util.Locale l) {
        StringBuilder sb = new StringBuilder();
        java.util.function.BiConsumer<String, Object[]> line = (key, args) ->
                sb.append(ImportTexts.text(l, key, args)).append('\n');
        for (MappingProblem p : mappingProblems) {
            sb.append(p.text().format(l)).append('\n');
        }
        line.accept("report.file", new Object[] {fileName, fileDescription});
        sheetSummaries.forEach(s -> sb.append("  ").append(s.format(l)).append('\n'));
        line.accept("report.rows", new Object[] {rowsRead, rowsRefused, errors, warnings});
        line.accept("report.participants", new Object[] {participantsAdded, participantsUpdated, participantsUnchanged});
        line.accept("report.proposals", new Object[] {proposalsAdded, proposalsUpdated, proposalsUnchanged});
        if (!newProposals.isEmpty()) {
            line.accept("report.newProposals", new Object[0]);
            newProposals.values().forEach(p -> line.accept("report.newProposal",
                    new Object[] {p.title(), p.firstRow(), p.mentions()}));
        }
        if (!unknownMinistries.isEmpty()) {
            line.accept("report.unknownMinistries", new Object[0]);
            unknownMinistries.values().forEach(m -> line.accept("report.unknownMinistry",
                    new Object[] {m.text(), m.proposedCode(), m.rows(), m.firstRow()}));
        }
        for (Issue i : issues) {
            line.accept(i.isError() ? "report.error" : "report.warning", new Object[] {i.describe(l)});
        }
        if (issuesNotShown() > 0) {
            line.accept("report.more", new Object[] {issuesNotShown()});
        }
        return sb.toString();
    }
}
