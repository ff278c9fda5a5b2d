package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken, empty, binary and hostile files end in an {@link UnreadableFileException} with a French
 * message naming the file: never a hang, an OutOfMemoryError or a stack trace for the organiser.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static void assertRefused(Path file, String... fragments) {
        assertThatThrownBy(() -> ImportPlanner.plan(ImportSource.open(file, null), WorkshopSnapshot.EMPTY))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContainingAll(fragments);
    }

    /** An archive with the parts of an XLSX or ODS and one part of {@code megabytes} of spaces. */
    private Path bomb(String name, String bigPart, int megabytes, String... smallParts) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < smallParts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(smallParts[i]));
                zip.write(smallParts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bigPart));
            byte[] mb = new byte[1024 * 1024];
            Arrays.fill(mb, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        }
        return p;
    }

    @Test
    void xlsxZipBombIsRefusedBeforeParsing() throws Exception {
        Path p = bomb("bombe.xlsx", "xl/worksheets/sheet1.xml", 64, "[Content_Types].xml", "<Types/>",
                "xl/workbook.xml", "<workbook/>");
        assertThat(Files.size(p)).isLessThan(1024 * 1024);
        assertRefused(p, "refusé par sécurité", "bombe de décompression");
    }

    @Test
    void odsZipBombIsRefusedBeforeParsing() throws Exception {
        Path p = bomb("bombe.ods", "content.xml", 64, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        assertRefused(p, "refusé par sécurité");
    }

    @Test
    void odsCellRepeatedAMillionTimesIsRefused() throws Exception {
        String content = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"" + OdsRowSource.OFFICE_NS
                + "\" xmlns:table=\"" + OdsRowSource.TABLE_NS + "\" xmlns:text=\"" + OdsRowSource.TEXT_NS + "\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"F\">"
                + "<table:table-row><table:table-cell><text:p>Nom</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-repeated=\"1000000\"><text:p>x</text:p>"
                + "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
                + "</office:document-content>";
        Path p = bomb("repete.ods", "Thumbnails/empty.png", 0, "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content);
        assertRefused(p, "colonnes");
    }

    @Test
    void odsWithEntityExpansionIsRefused() throws Exception {
        String content = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<office:document-content xmlns:office=\"" + OdsRowSource.OFFICE_NS + "\" xmlns:table=\""
                + OdsRowSource.TABLE_NS + "\"><table:table table:name=\"&b;\"/></office:document-content>";
        Path p = bomb("entites.ods", "Thumbnails/empty.png", 0, "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content);
        assertRefused(p, "abîmé");
    }

    @Test
    void hugeCellIsRefusedWithItsRowAndColumn() throws Exception {
        Path p = Sheets.write(dir, "enorme.csv", "Nom;Courriel\nMartin;" + "x".repeat(40_000) + "\n", StandardCharsets.UTF_8);
        assertRefused(p, "ligne 2", "colonne B", "32");
    }

    @Test
    void cellLargerThanTheCsvBufferIsRefused() throws Exception {
        Path p = Sheets.write(dir, "guillemet.csv", "Nom;Courriel\nMartin;\"" + "x".repeat(3_000_000) + "\n",
                StandardCharsets.UTF_8);
        assertRefused(p, "illisible");
    }

    @Test
    void tenThousandColumnsInCsvAreRefused() throws Exception {
        StringBuilder sb = new StringBuilder("Nom");
        for (int i = 1; i < 10_000; i++) {
            sb.append(";c").append(i);
        }
        Path p = Sheets.write(dir, "colonnes.csv", sb + "\nMartin\n", StandardCharsets.UTF_8);
        assertRefused(p, "10 000 colonnes");
    }

    @Test
    void tenThousandColumnsInXlsxAreRefused() throws Exception {
        Path p = dir.resolve("colonnes.xlsx");
        try (OutputStream out = Files.newOutputStream(p); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("F");
            for (int c = 0; c < 10_000; c++) {
                ws.value(0, c, "c" + c);
            }
        }
        assertRefused(p, "10 000 colonnes");
    }

    @Test
    void binaryGarbageIsNotReadAsText() throws Exception {
        byte[] noise = new byte[50_000];
        new Random(42).nextBytes(noise);
        Path p = dir.resolve("photo.csv");
        Files.write(p, noise);
        assertRefused(p, "binaire");
    }

    @Test
    void garbageAfterAZipSignatureIsACorruptArchive() throws Exception {
        byte[] noise = new byte[5_000];
        new Random(7).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        Path p = dir.resolve("abime.xlsx");
        Files.write(p, noise);
        assertRefused(p, "abîmé");
    }

    @Test
    void truncatedXlsxIsCorrupt() throws Exception {
        byte[] full = Files.readAllBytes(Sheets.resource("lo-inscriptions.xlsx"));
        Path p = dir.resolve("coupe.xlsx");
        Files.write(p, Arrays.copyOf(full, full.length / 2));
        assertRefused(p, "abîm");
    }

    @Test
    void emptyFilesSayTheyAreEmpty() throws Exception {
        assertRefused(Sheets.write(dir, "vide.csv", "", StandardCharsets.UTF_8), "est vide");
        assertRefused(Sheets.write(dir, "blanc.csv", "\r\n \r\n\t\r\n", StandardCharsets.UTF_8), "est vide");
        assertRefused(Sheets.write(dir, "entete.csv", "Nom;Prénom\r\n", StandardCharsets.UTF_8), "aucune ligne");
    }

    @Test
    void oldBinaryXlsAndPdfGetAdvice() throws Exception {
        Path xls = dir.resolve("ancien.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0});
        assertRefused(xls, "97-2003", ".xlsx");
        assertRefused(Sheets.write(dir, "liste.pdf", "%PDF-1.7\n...", StandardCharsets.US_ASCII), "PDF");
    }

    @Test
    void missingFileIsReported() {
        assertRefused(dir.resolve("absent.csv"), "n'existe pas");
    }
}
