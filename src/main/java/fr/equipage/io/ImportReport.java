package fr.equipage.io;

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
    private final List<String> sheetSummaries = new ArrayList<>();
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

    void sheet(String summary) {
        sheetSummaries.add(summary);
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

    public List<String> sheetSummaries() {
        return Collections.unmodifiableList(sheetSummaries);
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

    /** The report as text, in French: what the CLI prints and what the dialog offers to copy. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Fichier « ").append(fileName).append(" » : ").append(fileDescription).append('\n');
        sheetSummaries.forEach(s -> sb.append("  ").append(s).append('\n'));
        sb.append(String.format("%d ligne(s) lue(s), %d en erreur ; %d erreur(s), %d avertissement(s).%n", rowsRead,
                rowsRefused, errors, warnings));
        sb.append(String.format("Participants : %d à ajouter, %d à mettre à jour, %d inchangé(s).%n",
                participantsAdded, participantsUpdated, participantsUnchanged));
        sb.append(String.format("Propositions : %d à ajouter, %d à mettre à jour, %d inchangée(s).%n",
                proposalsAdded, proposalsUpdated, proposalsUnchanged));
        if (!newProposals.isEmpty()) {
            sb.append("Projets cités dans les choix et absents des propositions (créés avec le statut « proposée ») :\n");
            newProposals.values().forEach(p -> sb.append(String.format("  - « %s » (ligne %d, cité %d fois)%n",
                    p.title(), p.firstRow(), p.mentions())));
        }
        if (!unknownMinistries.isEmpty()) {
            sb.append("Ministères non reconnus (créés sous le code indiqué ; fusionnez-les dans l'écran Ministères "
                    + "si ce sont des doublons) :\n");
            unknownMinistries.values().forEach(m -> sb.append(String.format("  - « %s » → %s (%d ligne(s), "
                    + "première : %d)%n", m.text(), m.proposedCode(), m.rows(), m.firstRow())));
        }
        for (Issue i : issues) {
            sb.append(i.isError() ? "ERREUR " : "Avertissement ").append(i).append('\n');
        }
        if (issuesNotShown() > 0) {
            sb.append(String.format("… et %d autre(s) problème(s) non détaillé(s).%n", issuesNotShown()));
        }
        return sb.toString();
    }
}
