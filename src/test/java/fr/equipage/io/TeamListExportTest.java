package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.service.Services;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Team;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamListExportTest {
    @TempDir
    Path dir;
    ImportFixture fx;
    TeamList list;

    @BeforeEach
    void setUp() {
        fx = new ImportFixture(dir);
        long w = fx.workshop.id();
        fx.store.run(c -> {
            fx.store.ministries.saveAll(c, List.of(new Ministry("MEFSIN", "Ministère de l'Économie", null),
                    new Ministry("INSEE", "Institut national de la statistique", "MEFSIN"), new Ministry("MJ", "Justice", null)));
            fx.store.proposals.saveWithoutProposers(c, w, new Proposal("P01", "Transformers", null, List.of("nlp"), 2, 5,
                    List.of()));
            fx.store.proposals.saveWithoutProposers(c, w, new Proposal("P02", "=Carte; des aides", null, List.of(), 2, 5,
                    List.of()));
            fx.store.participants.save(c, w, new Participant("u01", "Zoé", "Lœuvre", "zoe@x.fr", "INSEE", List.of("r"),
                    List.of(), List.of("P01", "P02")));
            fx.store.participants.save(c, w, new Participant("u02", "=HYPERLINK(\"http://x\")", "-Martin", "m@x.fr", "MJ",
                    List.of(), List.of(), List.of("P02")));
            fx.store.participants.save(c, w, new Participant("u03", "Paul", "Durand", null, null, List.of(), List.of(),
                    List.of("P01")));
            fx.store.participants.save(c, w, new Participant("u04", "Léa", "Petit", "lea@x.fr", "MJ", List.of(), List.of(),
                    List.of()));
            fx.store.proposals.save(c, w, new Proposal("P01", "Transformers", "", null, List.of("nlp"), 2, 5,
                    List.of("u03"), fr.equipage.model.ProposalStatus.RETAINED));
            fx.store.plans.saveCurrent(c, w, new Plan(true, List.of(new Team("P01", List.of("u01", "u03")),
                    new Team("P02", List.of("u02"))), List.of("u04"), null, List.of(), null, false));
        });
        list = fx.store.tx(c -> TeamList.of(fx.store.plans.current(c, w).orElseThrow(), fx.store.participants.all(c, w),
                fx.store.proposals.all(c, w), fx.store.ministries.all(c)));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void csvForFrenchExcelHasBomSemicolonsCrlfAndOneRowPerMember() throws Exception {
        Path f = dir.resolve("equipes.csv");
        TeamListExporter.writeCsv(list, f, CsvOptions.FRENCH_EXCEL);
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "Équipe;Nom;Prénom;Courriel;Ministère;Rôle;Rang du choix obtenu",
                "Transformers;Durand;Paul;;;porteur;1",
                "Transformers;Lœuvre;Zoé;zoe@x.fr;INSEE — Institut national de la statistique;membre;1",
                "\"'=Carte; des aides\";'-Martin;\"'=HYPERLINK(\"\"http://x\"\")\";m@x.fr;MJ — Justice;membre;1",
                "(sans équipe);Petit;Léa;lea@x.fr;MJ — Justice;;");
    }

    @Test
    void commaVariantHasNoBom() throws Exception {
        Path f = dir.resolve("equipes.csv");
        TeamListExporter.writeCsv(list, f, CsvOptions.COMMA_UTF8);
        String text = Files.readString(f);
        assertThat(text).startsWith("Équipe,Nom,Prénom,Courriel,Ministère,Rôle,Rang du choix obtenu\r\n");
    }

    @Test
    void formulaLookingCellsAreNeutralised() {
        assertThat(CsvCells.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.safe("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvCells.safe("-2")).isEqualTo("'-2");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.safe("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.safe("Martin")).isEqualTo("Martin");
        assertThat(CsvCells.safe("")).isEmpty();
    }

    @Test
    void exportedTeamListReimportsAsTheSamePeople() throws Exception {
        Path f = dir.resolve("equipes.csv");
        TeamListExporter.writeCsv(list, f, CsvOptions.FRENCH_EXCEL);
        List<Participant> before = fx.store.tx(c -> fx.store.participants.all(c, fx.workshop.id()));
        // Into the same workshop: everyone is recognised, nothing changes.
        ImportResult same = fx.importFile(f);
        assertThat(same.participantsAdded()).isZero();
        assertThat(same.participantsUnchanged()).isEqualTo(4);
        List<Participant> after = fx.store.tx(c -> fx.store.participants.all(c, fx.workshop.id()));
        assertThat(after).isEqualTo(before);
        // Into a new workshop: same names, e-mails and ministries (the formula-like name comes back as typed).
        long other = fx.store.tx(c -> fx.store.workshops.create(c, "Autre", null, "").id());
        Services.over(fx.store).imports().commit(other, ImportPlanner.plan(ImportSource.open(f, null), WorkshopSnapshot.EMPTY), false, n -> { });
        List<Participant> copy = fx.store.tx(c -> fx.store.participants.all(c, other));
        assertThat(copy).extracting(Participant::firstName, Participant::lastName, Participant::email, Participant::ministry)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(p -> org.assertj.core.groups.Tuple.tuple(
                        p.firstName(), p.lastName(), p.email(), p.ministry())).toList());
    }

    @Test
    void participantListReimportsUnchangedWithItsChoices() throws Exception {
        Path f = dir.resolve("participants.csv");
        WorkshopSnapshot s = fx.snapshot();
        ParticipantListExporter.writeCsv(s.participants(), s.proposals(), s.ministries(), f, CsvOptions.FRENCH_EXCEL);
        ImportPlan plan = fx.plan(f);
        assertThat(plan.report().participantsUnchanged()).isEqualTo(4);
        assertThat(plan.report().newProposals()).isEmpty();
    }

    @Test
    void xlsxHasASummaryAndOneSheetPerTeam() throws Exception {
        Path f = dir.resolve("equipes.xlsx");
        TeamListExporter.writeXlsx(list, f);
        SpreadsheetFile x = SpreadsheetFile.open(f);
        assertThat(x.sheetNames()).containsExactly("Synthèse", "Transformers", "=Carte; des aides", "Sans équipe");
        List<SourceRow> summary = Sheets.rows(x, 0);
        assertThat(summary.get(1).cells()).containsExactly("Transformers", "2", "INSEE", "Paul Durand", "2");
        List<SourceRow> team = Sheets.rows(x, 1);
        assertThat(team.get(0).cells()).containsExactly("Nom", "Prénom", "Courriel", "Ministère", "Rôle",
                "Rang du choix obtenu");
        assertThat(team).hasSize(3);
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(TeamListExporter.sheetName("Un titre de projet beaucoup trop long pour Excel", taken)).hasSize(31);
        assertThat(TeamListExporter.sheetName("A/B: [x]?", taken)).isEqualTo("A B   x");
        assertThat(TeamListExporter.sheetName("A/B: [x]?", taken)).isEqualTo("A B   x (2)");
    }
}
