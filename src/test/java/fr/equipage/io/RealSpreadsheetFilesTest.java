package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files written by LibreOffice Calc (see src/test/resources/import/README.md) read the same in every format. */
class RealSpreadsheetFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lo-inscriptions.xlsx", "lo-inscriptions.ods", "lo-inscriptions-1252.csv",
            "lo-inscriptions-utf16.xls"})
    void everyFormatGivesTheSameRegistrations(String name) throws Exception {
        ImportSource src = ImportSource.open(Sheets.resource(name), null);
        assertThat(src.sheets()).hasSize(1);
        SheetSetup s = src.sheets().get(0);
        assertThat(s.kind()).isEqualTo(ImportKind.PARTICIPANTS);
        ColumnMapping m = s.mapping();
        assertThat(m.headerRow()).as("two title rows above the header").isEqualTo(3);
        assertThat(m.targets()).containsExactly(ColumnTarget.IGNORE, ColumnTarget.of(Field.FIRST_NAME),
                ColumnTarget.of(Field.LAST_NAME), ColumnTarget.of(Field.EMAIL), ColumnTarget.of(Field.MINISTRY),
                ColumnTarget.of(Field.SKILLS), ColumnTarget.choice(1), ColumnTarget.choice(2), ColumnTarget.choice(3));
        List<SourceRow> rows = Sheets.rows(src.file(), 0);
        SourceRow zoe = rows.stream().filter(r -> r.cell(1).equals("Zoé")).findFirst().orElseThrow();
        assertThat(zoe.cells().subList(1, 9)).containsExactly("Zoé", "Lœuvre", "zoe.loeuvre@finances.gouv.fr", "Bercy",
                "python, dataviz", "Transformers", "PoufDoc", "Cartographie des aides");
        SourceRow darc = rows.stream().filter(r -> r.cell(2).equals("D’Arc")).findFirst().orElseThrow();
        assertThat(darc.cell(5)).isEqualTo("sql\nstatistiques");
        SourceRow amelie = rows.get(rows.size() - 1);
        assertThat(amelie.cell(8)).isEqualTo("Nouveau projet 5 €");
        assertThat(amelie.number()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo-inscriptions-1252.csv", "lo-inscriptions-utf16.xls"})
    void textExportsOfLibreOfficeAreDetected(String name) throws Exception {
        SpreadsheetFile f = SpreadsheetFile.open(Sheets.resource(name));
        assertThat(f.format()).isEqualTo(FileFormat.TEXT);
        if (name.endsWith(".xls")) {
            assertThat(f.dialect().encoding().charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(f.dialect().separator()).isEqualTo('\t');
        } else {
            assertThat(f.dialect().encoding().charset()).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(f.dialect().separator()).isEqualTo(';');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo-propositions.ods", "lo-propositions.xlsx"})
    void proposalsAreRecognisedWithTheirNumbers(String name) throws Exception {
        ImportSource src = ImportSource.open(Sheets.resource(name), null);
        SheetSetup s = src.sheets().get(0);
        assertThat(s.kind()).isEqualTo(ImportKind.PROPOSALS);
        assertThat(s.mapping().targets()).containsExactly(ColumnTarget.of(Field.TITLE), ColumnTarget.of(Field.DESCRIPTION),
                ColumnTarget.of(Field.MINISTRY), ColumnTarget.of(Field.NEEDED_SKILLS), ColumnTarget.of(Field.MIN_SIZE),
                ColumnTarget.of(Field.MAX_SIZE), ColumnTarget.of(Field.PROPOSERS));
        List<SourceRow> rows = Sheets.rows(src.file(), 0);
        assertThat(rows.get(1).cells().subList(4, 6)).containsExactly("3", "6"); // numbers, not "3.0"
    }
}
