package fr.equipage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team lists open right in French Excel and cannot smuggle a formula. */
class TeamListExportsTest {
    @TempDir
    Path dir;

    @Test
    void csvHasBomSemicolonsCrlfAndOneRowPerMember() throws Exception {
        Path file = dir.resolve("equipes.csv");
        TeamListExports.write(TeamListFormat.CSV, BoardModelTest.workshop(), BoardModelTest.firstChoices(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("Équipe;Nom;Prénom;Courriel;Ministère;Nom du ministère;Rôle;Rang du choix obtenu");
        assertThat(lines[1]).isEqualTo("Cartiflette;Martin;Camille;;MI;Intérieur;porteur;1");
        assertThat(lines[4]).isEqualTo("PoufDoc;Petit;Inès;;MEFSIN;Économie;membre;1");
        assertThat(Files.exists(dir.resolve("equipes.csv.part"))).isFalse();
    }

    @Test
    void formulaLikeCellsAreNeutralisedAndSeparatorsQuoted() {
        assertThat(TeamListExports.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TeamListExports.csvCell("-2")).isEqualTo("'-2");
        assertThat(TeamListExports.csvCell("a;b")).isEqualTo("\"a;b\"");
        assertThat(TeamListExports.csvCell("Économie")).isEqualTo("Économie");
    }

    @Test
    void xlsxIsAWorkbook() throws Exception {
        Path file = dir.resolve("equipes.xlsx");
        TeamListExports.write(TeamListFormat.XLSX, BoardModelTest.workshop(), BoardModelTest.firstChoices(), file);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("Toutes les équipes", "Cartiflette", "PoufDoc");
            var rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(7);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Cartiflette");
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
