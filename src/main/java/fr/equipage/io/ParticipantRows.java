package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import java.util.ArrayList;
import java.util.List;

/** Reads the rows of a registrations sheet into planned participants. */
final class ParticipantRows {
    private final SheetIssues issues;
    private final MinistryResolver ministries;
    private final ProposalCatalogue catalogue;
    private final ChoiceCells choices;
    final List<PlannedParticipant> planned = new ArrayList<>();

    ParticipantRows(SheetIssues issues, MinistryResolver ministries, ProposalCatalogue catalogue) {
        this.issues = issues;
        this.ministries = ministries;
        this.catalogue = catalogue;
        this.choices = new ChoiceCells(issues, catalogue);
    }

    void read(ColumnMapping m, SourceRow row) {
        int n = row.number();
        String[] name = RowValues.name(m, row);
        if (name[0].isEmpty() && name[1].isEmpty()) {
            issues.row(Severity.ERROR, n, RowValues.nameColumns(m), "", "participant.noName");
        } else if (name[0].length() > ImportPlanner.MAX_NAME || name[1].length() > ImportPlanner.MAX_NAME) {
            issues.row(Severity.ERROR, n, RowValues.nameColumns(m), name[0] + " " + name[1], "participant.nameTooLong",
                    ImportPlanner.MAX_NAME);
        }
        String email = email(m, row);
        String ministry = ministries.resolve(m, row);
        List<String> skills = RowValues.tags(issues, m, row, Field.SKILLS);
        List<String> interests = RowValues.tags(issues, m, row, Field.INTERESTS);
        List<String> trainings = RowValues.tags(issues, m, row, Field.TRAININGS);
        List<String> offers = RowValues.tags(issues, m, row, Field.OFFERS);
        List<String> seeks = new ArrayList<>(RowValues.tags(issues, m, row, Field.SEEKS));
        // « Savoir-faire recherchés » in a registrations list: what the person wants to learn (see Field.usedFor).
        for (String s : RowValues.tags(issues, m, row, Field.NEEDED_SKILLS)) {
            if (seeks.stream().noneMatch(s::equalsIgnoreCase)) {
                seeks.add(s);
            }
        }
        List<String[]> newTitles = new ArrayList<>();
        List<String> chosen = choices.read(m, row, newTitles);
        if (issues.flush()) {
            return;
        }
        for (String[] t : newTitles) {
            if (catalogue.byKey(t[0]) == null) {
                catalogue.add(t[1], ProposalCatalogue.Origin.CHOICE);
                issues.report().newProposal(t[0], t[1], n);
            } else {
                issues.report().newProposalMentioned(t[0]);
            }
        }
        planned.add(new PlannedParticipant(issues.file(), issues.sheet(), n, name[0], name[1], email, ministry, skills,
                interests, chosen, trainings, offers, seeks));
    }

    private String email(ColumnMapping m, SourceRow row) {
        if (!m.has(Field.EMAIL)) {
            return null;
        }
        String col = m.columnName(m.columnOf(Field.EMAIL));
        String raw = RowValues.cell(m, row, Field.EMAIL);
        if (raw.isEmpty() || Cells.isAnonymous(raw)) {
            issues.row(Severity.WARNING, row.number(), col, raw, "participant.emailMissing");
            return null;
        }
        String v = Cells.email(raw);
        if (!Cells.isEmail(v)) {
            issues.row(Severity.WARNING, row.number(), col, raw, "participant.emailMalformed");
        }
        if (v.length() > ImportPlanner.MAX_EMAIL) {
            issues.row(Severity.WARNING, row.number(), col, raw, "participant.emailTooLong");
            return null;
        }
        return v;
    }
}
