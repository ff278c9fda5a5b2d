package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads the sheets of an import (streaming) and turns rows into planned records and a report, without
 * writing anything. Proposals sheets are read first, so that choices in a participants sheet of the
 * same workbook find the proposals it lists.
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
    private final MinistryMatcher ministries;
    private final ProposalCatalogue catalogue;
    private final List<PlannedProposal> proposals = new ArrayList<>();
    private final List<PlannedParticipant> participants = new ArrayList<>();
    /** Normalised ministry text → code (matched or generated), so each text is resolved once. */
    private final Map<String, String> ministryOfText = new HashMap<>();
    private final Map<String, Ministry> ministriesToCreate = new LinkedHashMap<>();
    private final Set<String> ministriesUsed = new HashSet<>();
    private final Map<String, Integer> proposalRowOfKey = new HashMap<>();
    private IntConsumer progress = n -> { };
    /** Name of the file being read, for the issues. */
    private String currentFile = "";
    private int rowsDone;

    private ImportPlanner(ImportSource source, WorkshopSnapshot snapshot) {
        this.source = source;
        this.snapshot = snapshot;
        this.report = new ImportReport(source.fileNames(), source.description());
        this.ministries = new MinistryMatcher(snapshot.ministries());
        this.catalogue = new ProposalCatalogue(snapshot.proposals());
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
                    report.sheet("Feuille « " + s.name() + " » de « " + s.file().fileName()
                            + " » : ignorée (ni liste d'inscriptions ni liste de propositions).");
                }
                continue;
            }
            any = true;
            readSheet(s);
        }
        if (!any || report.rowsRead() == 0 && report.errorCount() == 0) {
            throw new UnreadableFileException("Le fichier « " + report.fileName() + " » ne contient aucune ligne à importer"
                    + (any ? " sous son en-tête." : "."));
        }
        checkProposers();
        predict();
        return new ImportPlan(report, proposals, participants, catalogue, ministriesToCreate, ministriesUsed);
    }

    // ---------------------------------------------------------------- sheets

    private void readSheet(SheetSetup s) throws UnreadableFileException {
        ColumnMapping m = s.mapping();
        String sheet = s.label();
        currentFile = s.file().fileName();
        int before = report.rowsRead();
        checkMapping(s, sheet);
        boolean usable = requiredColumns(s, sheet);
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
                    proposalRow(sheet, m, row);
                } else {
                    participantRow(sheet, m, row);
                }
                if (++rowsDone % 1000 == 0) {
                    progress.accept(rowsDone);
                }
            }
        }
        report.sheet(String.format("%s : %s, en-tête ligne %d, %d ligne(s) de données.", s.label() == null
                        ? "Fichier « " + s.file().fileName() + " »" : "Feuille « " + s.name() + " » de « " + s.file().fileName() + " »",
                s.kind().label(), m.headerRow(), report.rowsRead() - before));
    }

    /** Unmapped columns and columns that do not apply to this kind of list: warnings on the header row. */
    private void checkMapping(SheetSetup s, String sheet) {
        ColumnMapping m = s.mapping();
        for (int c = 0; c < m.size(); c++) {
            ColumnTarget t = m.target(c);
            if (m.header(c).isBlank() && t.field() == Field.IGNORE) {
                continue;
            }
            if (t.field() == Field.IGNORE) {
                warn(sheet, m.headerRow(), m.columnName(c), "", "colonne non reconnue : elle est ignorée");
            } else if (!t.field().usedFor(s.kind())) {
                warn(sheet, m.headerRow(), m.columnName(c), "", "colonne « " + t.label() + " » sans objet dans une liste de "
                        + s.kind().label() + " : elle est ignorée");
            }
        }
    }

    /** A list without names (or titles) cannot be imported at all: one error, every row refused. */
    private boolean requiredColumns(SheetSetup s, String sheet) {
        ColumnMapping m = s.mapping();
        if (s.kind() == ImportKind.PROPOSALS) {
            if (!m.has(Field.TITLE)) {
                error(sheet, m.headerRow(), "", "", "aucune colonne de titre de projet (« Titre du projet », « Intitulé »…) : "
                        + "indiquez quelle colonne contient le titre");
                return false;
            }
            return true;
        }
        if (!m.has(Field.LAST_NAME) && !m.has(Field.FIRST_NAME) && !m.has(Field.FULL_NAME)) {
            error(sheet, m.headerRow(), "", "", "aucune colonne de nom (« Nom », « Prénom », « Nom complet »…) : "
                    + "indiquez quelle colonne contient le nom");
            return false;
        }
        if (!m.has(Field.EMAIL)) {
            warn(sheet, m.headerRow(), "", "", "aucune colonne de courriel : les personnes seront reconnues "
                    + "à leur nom et leur ministère lors d'un nouvel import");
        }
        if (!m.has(Field.MINISTRY)) {
            warn(sheet, m.headerRow(), "", "", "aucune colonne de ministère : la diversité des équipes ne pourra pas "
                    + "être calculée avant de renseigner les ministères");
        }
        return true;
    }

    // ---------------------------------------------------------------- participants

    /** Problems of the row being read; the row is kept only if none is an error. */
    private final List<Issue> rowIssues = new ArrayList<>();

    private void participantRow(String sheet, ColumnMapping m, SourceRow row) {
        rowIssues.clear();
        int n = row.number();
        String[] name = name(m, row);
        if (name[0].isEmpty() && name[1].isEmpty()) {
            rowIssue(Severity.ERROR, sheet, n, nameColumns(m), "", "aucun nom : la ligne ne peut pas être importée");
        } else if (name[0].length() > MAX_NAME || name[1].length() > MAX_NAME) {
            rowIssue(Severity.ERROR, sheet, n, nameColumns(m), name[0] + " " + name[1],
                    "nom de plus de " + MAX_NAME + " caractères");
        }
        String email = email(sheet, m, row);
        String ministry = ministry(sheet, m, row);
        List<String> skills = tags(sheet, m, row, Field.SKILLS);
        List<String> interests = tags(sheet, m, row, Field.INTERESTS);
        List<String[]> newTitles = new ArrayList<>();
        List<String> choices = choices(sheet, m, row, newTitles);
        if (flush()) {
            return;
        }
        for (String[] t : newTitles) {
            if (catalogue.byKey(t[0]) == null) {
                catalogue.add(t[1], ProposalCatalogue.Origin.CHOICE);
                report.newProposal(t[0], t[1], n);
            } else {
                report.newProposalMentioned(t[0]);
            }
        }
        participants.add(new PlannedParticipant(currentFile, sheet, n, name[0], name[1], email, ministry, skills, interests, choices));
    }

    private static String nameColumns(ColumnMapping m) {
        List<String> cols = new ArrayList<>();
        for (Field f : List.of(Field.FULL_NAME, Field.LAST_NAME, Field.FIRST_NAME)) {
            if (m.has(f)) {
                cols.add(m.columnName(m.columnOf(f)));
            }
        }
        return String.join(" / ", cols);
    }

    /** {first, last}, from separate columns or a full name (family name first when in capitals). */
    private static String[] name(ColumnMapping m, SourceRow row) {
        String first = cell(m, row, Field.FIRST_NAME);
        String last = cell(m, row, Field.LAST_NAME);
        String full = cell(m, row, Field.FULL_NAME);
        if (first.isEmpty() && last.isEmpty() && !full.isEmpty()) {
            return Cells.splitFullName(full);
        }
        if (first.isEmpty() && !m.has(Field.FIRST_NAME) && last.contains(" ")) {
            return Cells.splitFullName(last); // a "Nom" column holding "Camille Martin"
        }
        return new String[] {Texts.collapseSpaces(first), Texts.collapseSpaces(last)};
    }

    private String email(String sheet, ColumnMapping m, SourceRow row) {
        if (!m.has(Field.EMAIL)) {
            return null;
        }
        String col = m.columnName(m.columnOf(Field.EMAIL));
        String raw = cell(m, row, Field.EMAIL);
        if (raw.isEmpty()) {
            rowIssue(Severity.WARNING, sheet, row.number(), col, "", "courriel manquant");
            return null;
        }
        String v = Cells.email(raw);
        if (!Cells.isEmail(v)) {
            rowIssue(Severity.WARNING, sheet, row.number(), col, raw, "courriel mal formé (gardé tel quel)");
        }
        if (v.length() > MAX_EMAIL) {
            rowIssue(Severity.WARNING, sheet, row.number(), col, raw, "courriel trop long : il n'est pas gardé");
            return null;
        }
        return v;
    }

    /** The ministry code for the row: matched, or generated for a text nobody knows (reported). */
    private String ministry(String sheet, ColumnMapping m, SourceRow row) {
        if (!m.has(Field.MINISTRY)) {
            return null;
        }
        String col = m.columnName(m.columnOf(Field.MINISTRY));
        String text = cell(m, row, Field.MINISTRY);
        if (text.isEmpty()) {
            rowIssue(Severity.WARNING, sheet, row.number(), col, "", "ministère manquant");
            return null;
        }
        String key = Texts.key(text);
        if (key.isEmpty() || text.length() > MAX_NAME) {
            rowIssue(Severity.WARNING, sheet, row.number(), col, text, "ministère illisible : il n'est pas gardé");
            return null;
        }
        String code = ministryOfText.get(key);
        if (code == null) {
            code = ministries.match(text).orElse(null);
            if (code == null) {
                Set<String> taken = new HashSet<>(ministriesToCreate.keySet());
                code = ministries.newCode(text, taken);
                ministriesToCreate.put(code, new Ministry(code, text.strip(), null));
            }
            ministryOfText.put(key, code);
        }
        if (ministriesToCreate.containsKey(code)) {
            rowIssue(Severity.WARNING, sheet, row.number(), col, text, "ministère non reconnu : il sera créé sous le "
                    + "code " + code + " (à fusionner ou corriger dans l'écran Ministères si besoin)");
            report.unknownMinistry(key, ministriesToCreate.get(code).name(), code, row.number());
        } else {
            ministriesUsed.add(code);
        }
        return code;
    }

    private List<String> tags(String sheet, ColumnMapping m, SourceRow row, Field field) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            if (m.target(c).field() != field) {
                continue;
            }
            for (String item : Cells.list(row.cell(c))) {
                if (item.length() > MAX_TAG) {
                    rowIssue(Severity.WARNING, sheet, row.number(), m.columnName(c), item,
                            "élément de plus de " + MAX_TAG + " caractères : raccourci");
                    item = item.substring(0, MAX_TAG);
                }
                if (out.stream().noneMatch(item::equalsIgnoreCase)) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** Ranked choice columns by rank, then list cells; each text matched to a project or noted as new. */
    private List<String> choices(String sheet, ColumnMapping m, SourceRow row, List<String[]> newTitles) {
        List<int[]> ranked = new ArrayList<>(); // {rank, column}
        List<Integer> lists = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            ColumnTarget t = m.target(c);
            if (t.field() == Field.CHOICE) {
                ranked.add(new int[] {t.rank(), c});
            } else if (t.field() == Field.CHOICE_LIST) {
                lists.add(c);
            }
        }
        ranked.sort(Comparator.comparingInt(a -> a[0]));
        List<String> keys = new ArrayList<>();
        for (int[] r : ranked) {
            String v = row.cell(r[1]);
            if (!v.isEmpty()) {
                addChoice(sheet, row.number(), m.columnName(r[1]), v, keys, newTitles);
            }
        }
        for (int c : lists) {
            for (String t : Cells.titles(row.cell(c), catalogue)) {
                addChoice(sheet, row.number(), m.columnName(c), t, keys, newTitles);
            }
        }
        return keys;
    }

    private void addChoice(String sheet, int n, String col, String text, List<String> keys, List<String[]> newTitles) {
        if (text.length() > MAX_TITLE) {
            rowIssue(Severity.WARNING, sheet, n, col, text, "titre de projet de plus de " + MAX_TITLE
                    + " caractères : choix ignoré");
            return;
        }
        ProposalCatalogue.Entry e = catalogue.find(text);
        String key;
        if (e != null) {
            key = e.key();
        } else {
            key = Texts.key(text);
            if (key.isEmpty()) {
                return;
            }
            if (newTitles.stream().noneMatch(t -> t[0].equals(key))) {
                newTitles.add(new String[] {key, text.strip()});
            }
        }
        if (keys.contains(key)) {
            rowIssue(Severity.WARNING, sheet, n, col, text, "projet déjà choisi sur cette ligne : choix répété ignoré");
        } else {
            keys.add(key);
        }
    }

    // ---------------------------------------------------------------- proposals

    private void proposalRow(String sheet, ColumnMapping m, SourceRow row) {
        rowIssues.clear();
        int n = row.number();
        String titleCol = m.columnName(m.columnOf(Field.TITLE));
        String title = Texts.collapseSpaces(cell(m, row, Field.TITLE));
        if (title.isEmpty() || Texts.key(title).isEmpty()) {
            rowIssue(Severity.ERROR, sheet, n, titleCol, title, "aucun titre de projet : la ligne ne peut pas être importée");
        } else if (title.length() > MAX_TITLE) {
            rowIssue(Severity.ERROR, sheet, n, titleCol, title, "titre de plus de " + MAX_TITLE + " caractères");
        }
        String description = cell(m, row, Field.DESCRIPTION);
        if (description.length() > MAX_DESCRIPTION) {
            rowIssue(Severity.WARNING, sheet, n, m.columnName(m.columnOf(Field.DESCRIPTION)), description,
                    "description de plus de " + MAX_DESCRIPTION + " caractères : raccourcie");
            description = description.substring(0, MAX_DESCRIPTION);
        }
        String ministry = ministry(sheet, m, row);
        List<String> skills = tags(sheet, m, row, Field.NEEDED_SKILLS);
        for (String s : tags(sheet, m, row, Field.SKILLS)) {
            if (skills.stream().noneMatch(s::equalsIgnoreCase)) {
                skills.add(s);
            }
        }
        Integer[] sizes = sizes(sheet, m, row);
        List<String> proposers = proposers(m, row);
        if (flush()) {
            return;
        }
        ProposalCatalogue.Entry known = catalogue.find(title);
        ProposalCatalogue.Entry entry = known != null ? known : catalogue.add(title, ProposalCatalogue.Origin.SHEET);
        Integer previous = proposalRowOfKey.put(entry.key(), n);
        if (previous != null) {
            warn(sheet, n, titleCol, title, "projet déjà présent ligne " + previous + " : cette ligne le complète");
        }
        proposals.add(new PlannedProposal(currentFile, sheet, n, entry.key(), title, description, ministry, skills, sizes[0],
                sizes[1], proposers));
    }

    /** {min, max}, each null when not given; errors for text that is not a size. */
    private Integer[] sizes(String sheet, ColumnMapping m, SourceRow row) {
        Integer min = null;
        Integer max = null;
        int n = row.number();
        if (m.has(Field.SIZE_RANGE) && !cell(m, row, Field.SIZE_RANGE).isEmpty()) {
            String v = cell(m, row, Field.SIZE_RANGE);
            Integer[] r = Cells.range(v);
            if (r == null) {
                rowIssue(Severity.ERROR, sheet, n, m.columnName(m.columnOf(Field.SIZE_RANGE)), v,
                        "taille illisible : écrivez un nombre ou un intervalle comme « 3-6 »");
            } else {
                min = r[0];
                max = r[1];
            }
        }
        for (Field f : List.of(Field.MIN_SIZE, Field.MAX_SIZE)) {
            String v = cell(m, row, f);
            if (v.isEmpty()) {
                continue;
            }
            Integer i = Cells.integer(v);
            if (i == null) {
                rowIssue(Severity.ERROR, sheet, n, m.columnName(m.columnOf(f)), v, "taille qui n'est pas un nombre entier");
            } else if (f == Field.MIN_SIZE) {
                min = i;
            } else {
                max = i;
            }
        }
        String col = m.has(Field.MAX_SIZE) ? m.columnName(m.columnOf(Field.MAX_SIZE))
                : m.has(Field.SIZE_RANGE) ? m.columnName(m.columnOf(Field.SIZE_RANGE)) : "";
        if (max != null && (max < 1 || max > MAX_SIZE)) {
            rowIssue(Severity.ERROR, sheet, n, col, String.valueOf(max), "taille maximale hors de 1 à " + MAX_SIZE);
        } else if (min != null && max != null && min > max) {
            rowIssue(Severity.ERROR, sheet, n, col, min + " > " + max, "taille minimale supérieure à la taille maximale");
        } else if (min != null && min > MAX_SIZE) {
            rowIssue(Severity.ERROR, sheet, n, col, String.valueOf(min), "taille minimale hors de 0 à " + MAX_SIZE);
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
        String email = Cells.email(cell(m, row, Field.EMAIL));
        String[] name = name(m, row);
        if (!email.isEmpty()) {
            out.add(email);
        } else if (!(name[0] + name[1]).isEmpty()) {
            out.add((name[0] + " " + name[1]).strip());
        }
        return out;
    }

    /** After all sheets: proposers must be people of the workshop or of this file. */
    private void checkProposers() {
        if (proposals.stream().allMatch(p -> p.proposers().isEmpty())) {
            return; // no index of every person to build (100,000 of them in a big registration file)
        }
        List<Participant> everyone = new ArrayList<>(snapshot.participants());
        int i = 0;
        for (PlannedParticipant p : participants) {
            everyone.add(new Participant("#" + i++, p.firstName(), p.lastName(), p.email(), p.ministry(), List.of(),
                    List.of(), List.of()));
        }
        PeopleIndex index = new PeopleIndex(everyone);
        for (PlannedProposal p : proposals) {
            for (String who : p.proposers()) {
                if (index.findByText(who) == null) {
                    report.add(new Issue(Severity.WARNING, p.file(), p.sheet(), p.row(), "Porteurs", who,
                            "porteur introuvable parmi les participants : importez les inscriptions avec les "
                            + "propositions (même import), ou corrigez son nom ou son courriel"));
                }
            }
        }
    }

    // ---------------------------------------------------------------- prediction

    /** Counts what committing would add, update or leave unchanged, by the importer's own rules. */
    private void predict() {
        Map<String, String> refOfKey = new HashMap<>();
        for (Proposal p : snapshot.proposals()) {
            ProposalCatalogue.Entry e = catalogue.find(p.id());
            if (e != null) {
                refOfKey.put(e.key(), p.id());
            }
        }
        Map<String, Proposal> storedByKey = new HashMap<>();
        for (Proposal p : snapshot.proposals()) {
            storedByKey.putIfAbsent(Texts.key(p.title()), p);
        }
        Map<String, Proposal> planned = new HashMap<>();
        for (PlannedProposal row : proposals) {
            Proposal before = planned.containsKey(row.key()) ? planned.get(row.key()) : storedByKey.get(row.key());
            Proposal after = ProposalMerge.merge(before, before == null ? "#" + row.key() : before.id(), row);
            if (before == null) {
                report.proposalsAdded++;
            } else if (after.equals(before)) {
                report.proposalsUnchanged++;
            } else {
                report.proposalsUpdated++;
            }
            planned.put(row.key(), after);
        }
        for (ProposalCatalogue.Entry e : catalogue.createdFromChoices()) {
            if (!planned.containsKey(e.key())) {
                report.proposalsAdded++;
            }
        }
        int[] counter = {0};
        // Proposals not stored yet get one placeholder ref each (not one string per row: 100,000 rows).
        Map<String, String> placeholder = new HashMap<>();
        ParticipantApplier applier = new ParticipantApplier(snapshot.participants(), participants.size(),
                key -> refOfKey.containsKey(key) ? refOfKey.get(key) : placeholder.computeIfAbsent(key, k -> "#" + k),
                () -> "#row" + counter[0]++);
        Map<String, Integer> rowOfNew = new HashMap<>();
        for (PlannedParticipant row : participants) {
            ParticipantApplier.Outcome o = applier.apply(row);
            switch (o.change()) {
                case ADDED -> {
                    report.participantsAdded++;
                    rowOfNew.put(o.after().id(), row.row());
                }
                case UPDATED -> report.participantsUpdated++;
                case UNCHANGED -> report.participantsUnchanged++;
                default -> throw new IllegalStateException();
            }
            if (o.before() != null && rowOfNew.containsKey(o.before().id())) {
                report.add(new Issue(Severity.WARNING, row.file(), row.sheet(), row.row(), "", row.fullName(),
                        "même personne que ligne " + rowOfNew.get(o.before().id())
                        + " (même courriel, ou même nom et ministère) : cette ligne la complète"));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String cell(ColumnMapping m, SourceRow row, Field f) {
        int c = m.columnOf(f);
        return c < 0 ? "" : row.cell(c);
    }

    private void rowIssue(Severity s, String sheet, int row, String column, String value, String message) {
        rowIssues.add(new Issue(s, currentFile, sheet, row, column, value, message));
    }

    /** Moves the row's issues to the report; true when the row is refused. */
    private boolean flush() {
        boolean error = false;
        for (Issue i : rowIssues) {
            report.add(i);
            error |= i.isError();
        }
        rowIssues.clear();
        if (error) {
            report.rowRefused();
        }
        return error;
    }

    private void warn(String sheet, int row, String column, String value, String message) {
        report.add(new Issue(Severity.WARNING, currentFile, sheet, row, column, value, message));
    }

    private void error(String sheet, int row, String column, String value, String message) {
        report.add(new Issue(Severity.ERROR, currentFile, sheet, row, column, value, message));
    }
}
