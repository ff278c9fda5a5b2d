package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Reads the sheets of an import (streaming) and turns rows into planned records and a report, without
 * writing anything. Proposals sheets are read first, so that choices in a participants sheet of the
 * same workbook find the proposals it lists. Rows are read by {@link ParticipantRows} and
 * {@link ProposalRows}; {@link MappingCheck} says which fields the mapping would lose;
 * {@link PlanPrediction} counts what committing will change.
 */
public final class ImportPlanner {
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_TAG = 100;
    static final int MAX_TITLE = 400;
    static final int MAX_DESCRIPTION = 8_000;
    static final int MAX_SIZE = 1_000;

    private final ImportSource source;
    private final WorkshopSnapshot snapshot;
    private final ImportReport report;
    private final SheetIssues issues;
    private final ProposalCatalogue catalogue;
    private final MinistryResolver ministries;
    private final ParticipantRows participants;
    private final ProposalRows proposals;
    private IntConsumer progress = n -> { };
    private int rowsDone;

    private ImportPlanner(ImportSource source, WorkshopSnapshot snapshot) {
        this.source = source;
        this.snapshot = snapshot;
        this.report = new ImportReport(source.fileNames(), source.description());
        this.issues = new SheetIssues(report);
        this.catalogue = new ProposalCatalogue(snapshot.proposals());
        this.ministries = new MinistryResolver(new MinistryMatcher(snapshot.ministries()), issues);
        this.participants = new ParticipantRows(issues, ministries, catalogue);
        this.proposals = new ProposalRows(issues, ministries, catalogue);
    }

    public static ImportPlan plan(ImportSource source, WorkshopSnapshot snapshot) throws UnreadableFileException {
        return plan(source, snapshot, n -> { });
    }

    /** Plans the import; {@code progress} receives the number of rows read so far, every 1,000 rows. */
    public static ImportPlan plan(ImportSource source, WorkshopSnapshot snapshot, IntConsumer progress)
            throws UnreadableFileException {
        ImportPlanner p = new ImportPlanner(source, snapshot);
        p.progress = progress;
        return p.run();
    }

    private ImportPlan run() throws UnreadableFileException {
        List<SheetSetup> sheets = new ArrayList<>(source.sheets());
        sheets.sort(Comparator.comparing(s -> s.kind() == ImportKind.PROPOSALS ? 0 : 1));
        boolean any = false;
        for (SheetSetup s : sheets) {
            if (!s.included()) {
                if (!s.preview().isEmpty()) {
                    report.sheet(ImportTexts.msg("sheet.skipped", s.name(), s.file().fileName()));
                }
                continue;
            }
            any = true;
            readSheet(s);
        }
        if (!any || report.rowsRead() == 0 && report.errorCount() == 0) {
            throw new UnreadableFileException(ImportTexts.text(ImportTexts.FRENCH,
                    any ? "file.noRowsUnderHeader" : "file.noRows", report.fileName()));
        }
        PlanPrediction prediction = new PlanPrediction(snapshot, report, catalogue, proposals.planned,
                participants.planned);
        prediction.checkProposers();
        int[] targets = prediction.count();
        return new ImportPlan(report, proposals.planned, participants.planned, catalogue, ministries.toCreate,
                ministries.used).matchedAgainst(snapshot.participants(), targets);
    }

    private void readSheet(SheetSetup s) throws UnreadableFileException {
        ColumnMapping m = s.mapping();
        issues.reading(s.file().fileName(), s.label());
        int before = report.rowsRead();
        int plannedBefore = participants.planned.size();
        MappingCheck.beforeReading(s, catalogue).forEach(report::mappingProblem);
        checkMapping(s);
        boolean usable = requiredColumns(s);
        try (RowSource rows = s.file().rows(s.index())) {
            SourceRow row;
            while ((row = rows.next()) != null) {
                if (row.number() <= m.headerRow()) {
                    continue;
                }
                report.rowRead();
                if (!usable) {
                    report.rowRefused();
                } else if (s.kind() == ImportKind.PROPOSALS) {
                    proposals.read(m, row);
                } else {
                    participants.read(m, row);
                }
                if (++rowsDone % 1000 == 0) {
                    progress.accept(rowsDone);
                }
            }
        }
        if (s.kind() == ImportKind.PARTICIPANTS) {
            List<PlannedParticipant> read = participants.planned.subList(plannedBefore, participants.planned.size());
            int without = (int) read.stream().filter(p -> p.choiceKeys().isEmpty()).count();
            MappingProblem few = MappingCheck.afterReading(s, read.size(), without);
            if (few != null) {
                report.mappingProblem(few);
            }
        }
        Message where = s.where();
        report.sheet(ImportTexts.msg("sheet.summary", where, ImportTexts.msg("kind." + s.kind().name()), m.headerRow(),
                report.rowsRead() - before));
    }

    /** Unmapped columns and columns that do not apply to this kind of list: warnings on the header row. */
    private void checkMapping(SheetSetup s) {
        ColumnMapping m = s.mapping();
        for (int c = 0; c < m.size(); c++) {
            ColumnTarget t = m.target(c);
            if (t.field() == Field.IGNORE && (m.header(c).isBlank() || m.isConfirmed(c)
                    || HeaderMapper.isMetadata(m.header(c)))) {
                continue;
            }
            if (t.field() == Field.IGNORE) {
                issues.warn(m.headerRow(), m.columnName(c), "", "column.unknown");
            } else if (!t.field().usedFor(s.kind())) {
                issues.warn(m.headerRow(), m.columnName(c), "", "column.notForKind", t.text(),
                        ImportTexts.msg("kind." + s.kind().name()));
            }
        }
    }

    /** A list without names (or titles) cannot be imported at all: one error, every row refused. */
    private boolean requiredColumns(SheetSetup s) {
        ColumnMapping m = s.mapping();
        if (s.kind() == ImportKind.PROPOSALS) {
            if (!m.has(Field.TITLE)) {
                issues.error(m.headerRow(), "", "", "column.noTitle");
                return false;
            }
            return true;
        }
        if (!m.has(Field.LAST_NAME) && !m.has(Field.FIRST_NAME) && !m.has(Field.FULL_NAME)) {
            issues.error(m.headerRow(), "", "", "column.noName");
            return false;
        }
        if (!m.has(Field.EMAIL)) {
            issues.warn(m.headerRow(), "", "", "column.noEmail");
        }
        if (!m.has(Field.MINISTRY)) {
            issues.warn(m.headerRow(), "", "", "column.noMinistry");
        }
        if (!m.has(Field.CHOICE) && !m.has(Field.CHOICE_LIST) && !m.has(Field.RANK)) {
            issues.warn(m.headerRow(), "", "", "column.noChoice");
        }
        return true;
    }
}
