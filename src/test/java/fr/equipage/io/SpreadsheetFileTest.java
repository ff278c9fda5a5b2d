package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format, encoding and CSV dialect detection on files written byte for byte. */
class SpreadsheetFileTest {
    @TempDir
    Path dir;

    private static final String FRENCH = "Nom;Prénom;Ministère\r\nLœuvre;Zoé;Économie – 5 €\r\nD’Arc;Jeanne;Intérieur\r\n";

    @Test
    void windows1252WithOeEuroAndCurlyApostropheIsNotReadAsLatin1() throws Exception {
        Path f = Sheets.write(dir, "excel.csv", FRENCH, TextEncoding.WINDOWS_1252);
        SpreadsheetFile file = SpreadsheetFile.open(f);
        assertThat(file.format()).isEqualTo(FileFormat.TEXT);
        assertThat(file.dialect().encoding().charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(file.dialect().separator()).isEqualTo(';');
        List<SourceRow> rows = Sheets.rows(f);
        assertThat(rows.get(1).cells()).containsExactly("Lœuvre", "Zoé", "Économie – 5 €");
        assertThat(rows.get(2).cell(0)).isEqualTo("D’Arc");
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        Path bom = Sheets.write(dir, "bom.csv", FRENCH, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Path plain = Sheets.write(dir, "plain.csv", FRENCH, StandardCharsets.UTF_8);
        assertThat(SpreadsheetFile.open(bom).dialect().encoding().bomLength()).isEqualTo(3);
        assertThat(Sheets.rows(bom).get(0).cell(0)).isEqualTo("Nom"); // no BOM left in the first header
        assertThat(Sheets.rows(plain).get(1).cells()).containsExactly("Lœuvre", "Zoé", "Économie – 5 €");
        assertThat(SpreadsheetFile.open(plain).dialect().encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16TabSeparatedXlsFromFormTools() throws Exception {
        String tsv = FRENCH.replace(';', '\t');
        Path f = Sheets.write(dir, "export.xls", tsv, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
        SpreadsheetFile file = SpreadsheetFile.open(f);
        assertThat(file.format()).isEqualTo(FileFormat.TEXT);
        assertThat(file.dialect().separator()).isEqualTo('\t');
        assertThat(Sheets.rows(f).get(1).cells()).containsExactly("Lœuvre", "Zoé", "Économie – 5 €");
    }

    @Test
    void commaSeparatedWithQuotedSeparatorsAndLineBreaksLf() throws Exception {
        String csv = "Name,Email,Skills\n\"Martin, Camille\",c@x.fr,\"python\nsql, r\"\nBob Lee,b@x.fr,dataviz\n";
        Path f = Sheets.write(dir, "google.csv", csv, StandardCharsets.UTF_8);
        assertThat(SpreadsheetFile.open(f).dialect().separator()).isEqualTo(',');
        List<SourceRow> rows = Sheets.rows(f);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("Martin, Camille", "c@x.fr", "python\nsql, r");
        assertThat(rows.get(2).number()).isEqualTo(3); // a line break inside a cell keeps one row
    }

    @Test
    void blankLinesAreSkippedButKeepTheirRowNumbers() throws Exception {
        String csv = "Nom;Courriel\r\n\r\nMartin;m@x.fr\r\n;\r\nDurand;d@x.fr\r\n";
        List<SourceRow> rows = Sheets.rows(Sheets.write(dir, "blank.csv", csv, StandardCharsets.UTF_8));
        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 3, 5);
    }

    @Test
    void semicolonWinsOverCommasInsideFrenchText() throws Exception {
        String csv = "Titre;Description;Taille\r\nA;Un outil, simple, rapide;3-6\r\nB;Deux, trois;4\r\nC;Rien;5\r\n";
        assertThat(SpreadsheetFile.open(Sheets.write(dir, "p.csv", csv, StandardCharsets.UTF_8)).dialect().separator())
                .isEqualTo(';');
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNuls() throws Exception {
        Path f = Sheets.write(dir, "nobom.txt", FRENCH.replace(';', '\t'), StandardCharsets.UTF_16LE);
        assertThat(Sheets.rows(f).get(2).cells()).containsExactly("D’Arc", "Jeanne", "Intérieur");
    }
}
