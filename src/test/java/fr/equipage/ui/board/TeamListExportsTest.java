package fr.equipage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.io.TeamList;
import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Team;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the organiser gets from the board's export (written by the shared exporters of
 * {@code fr.equipage.io}): team lists that open right in French Excel, hold every member and the
 * people without a team, and cannot smuggle a formula.
 */
class TeamListExportsTest {
    @TempDir
    Path dir;

    /** Teams as in {@link BoardModelTest#firstChoices()}, but Zoé Richard left without a team. */
    private static Plan withOneUnassigned() {
        return new Plan(true, List.of(new Team("PA", List.of("u1", "u2", "u3")), new Team("PB", List.of("u4", "u5"))),
                List.of("u6"), null, null, null, false);
    }

    private static List<String> csvLines(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        // French Excel reads UTF-8 only with its BOM.
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // CRLF line ends, and no bare LF anywhere.
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        return List.of(text.split("\r\n"));
    }

    @Test
    void csvHasBomSemicolonsCrlfAndOneRowPerMember() throws Exception {
        Path file = dir.resolve("equipes.csv");
        TeamListFormat.CSV.write(BoardModelTest.workshop(), BoardModelTest.firstChoices(), file);
        assertThat(csvLines(file)).containsExactly(
                "Équipe;Nom;Prénom;Courriel;Ministère;Rôle;Rang du choix obtenu",
                "Cartiflette;Martin;Camille;;MI — Intérieur;porteur;1",
                "Cartiflette;Dupont;Léa;;MC — Culture;membre;1",
                "Cartiflette;Bernard;Hugo;;INSEE — Insee;membre;1",
                "PoufDoc;Petit;Inès;;MEFSIN — Économie;membre;1",
                "PoufDoc;Robert;Jules;;MI — Intérieur;membre;1",
                "PoufDoc;Richard;Zoé;;MC — Culture;membre;1");
        assertThat(Files.exists(dir.resolve("equipes.csv.part"))).isFalse();
    }

    @Test
    void csvEndsWithThePeopleWithoutATeam() throws Exception {
        Path file = dir.resolve("equipes.csv");
        TeamListFormat.CSV.write(BoardModelTest.workshop(), withOneUnassigned(), file);
        List<String> lines = csvLines(file);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(5)).isEqualTo("PoufDoc;Robert;Jules;;MI — Intérieur;membre;1");
        assertThat(lines.get(6)).isEqualTo(TeamList.NO_TEAM + ";Richard;Zoé;;MC — Culture;;");
    }

    @Test
    void formulaLikeCellsAreNeutralisedAndSeparatorsQuoted() throws Exception {
        Instance base = BoardModelTest.workshop();
        List<Participant> people = new ArrayList<>(base.participants());
        people.set(3, new Participant("u4", "-2", "=HYPERLINK(\"x\")", "a;b", "MEFSIN", List.of(), List.of(),
                List.of("PB", "PA")));
        Instance hostile = new Instance(base.settings(), base.ministries(), base.proposals(), people, List.of(), List.of(),
                List.of());
        Path file = dir.resolve("equipes.csv");
        TeamListFormat.CSV.write(hostile, BoardModelTest.firstChoices(), file);
        assertThat(csvLines(file).get(4))
                .isEqualTo("PoufDoc;\"'=HYPERLINK(\"\"x\"\")\";'-2;\"a;b\";MEFSIN — Économie;membre;1");
    }

    @Test
    void xlsxIsAWorkbook() throws Exception {
        Path file = dir.resolve("equipes.xlsx");
        TeamListFormat.XLSX.write(BoardModelTest.workshop(), withOneUnassigned(), file);
        assertThat(Files.exists(dir.resolve("equipes.xlsx.part"))).isFalse();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactly("Synthèse", "Cartiflette", "PoufDoc", "Sans équipe");
            var summary = sheets.get(0).read();
            assertThat(summary.get(1).getCellText(0)).isEqualTo("Cartiflette");
            assertThat(summary.get(2).getCellText(0)).isEqualTo("PoufDoc");
            var cartiflette = sheets.get(1).read();
            assertThat(cartiflette).hasSize(4);
            assertThat(cartiflette.get(1).getCellText(0)).isEqualTo("Martin");
            assertThat(sheets.get(2).read()).hasSize(3);
            var none = sheets.get(3).read();
            assertThat(none).hasSize(2);
            assertThat(none.get(1).getCellText(0)).isEqualTo("Richard");
        }
    }

    @Test
    void fileNamesAreReadableAndPortable() {
        assertThat(FileNames.forWorkshop("Journée de lancement — 14 février 2023", "equipes"))
                .isEqualTo("equipes-journee-de-lancement-14-fevrier-2023");
        assertThat(SettingsPanel.parseWeights("10, 7 ;5")).containsExactly(10, 7, 5);
        assertThat(SettingsPanel.parseWeights("10, -1")).isNull();
        assertThat(SettingsPanel.parseWeights("dix")).isNull();
    }
}
