package fr.equipage.io;

import fr.equipage.engine.meetup.ConversationStarters;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.Message;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meet-up outputs: lists with the issue's columns for French Excel (formulas neutralised), one XLSX
 * sheet per round, a mail merge row per person and round, and a printable page with one card per table
 * and nothing fetched from elsewhere.
 */
class MeetupOutputsTest {
    @TempDir
    Path dir;

    private static Participant person(String id, String first, String last, String ministry, List<String> interests,
                                      List<String> offers, List<String> seeks) {
        return new Participant(id, first, last, id + "@exemple.gouv.fr", ministry, List.of(), interests, List.of(),
                List.of(), offers, seeks);
    }

    static final List<Participant> PEOPLE = List.of(
            person("u1", "Camille", "Martin", "MIOM", List.of("nlp", "dataviz"), List.of("sql"), List.of()),
            person("u2", "Léa", "=HYPERLINK(\"x\")", "MC", List.of("nlp"), List.of(), List.of("sql")),
            person("u3", "Karim", "<script>alert(1)</script>", "MIOM", List.of("dataviz"), List.of("python"), List.of()),
            person("u4", "Inès", "Petit", null, List.of(), List.of(), List.of("python")));

    static MeetupLists lists() {
        MeetupSeason season = new MeetupSeason(new MeetupSettings(3, 2, null), false, List.of(
                new MeetupRound(1, LocalDate.of(2023, 3, 7), true, List.of(List.of("u1", "u2"), List.of("u3", "u4")), List.of()),
                new MeetupRound(2, null, false, List.of(List.of("u1", "u3", "u2", "gone")), List.of("u4")),
                MeetupRound.empty(3)));
        return MeetupLists.of("Saison <2023>", season, PEOPLE, List.of(new Ministry("MIOM", "Intérieur", null),
                new Ministry("MC", "Culture", null)), null, MeetupOutputsTest::starters);
    }

    /** The engine's sentences, as the export service gives them (io does not compute them itself). */
    static List<Message> starters(List<Participant> table) {
        return ConversationStarters.of(table.stream().map(p -> new MeetupPerson(p.id(), p.name(), p.ministry(),
                p.interests(), p.offers(), p.seeks(), List.of())).toList(), ConversationStarters.DEFAULT_MAX);
    }

    private static List<String> csvLines(Path f) throws Exception {
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }

    @Test
    void commonTopicsAreSharedInterestsAndKnowHowOneOffersAndAnotherSeeks() {
        assertThat(MeetupTopics.forPerson(PEOPLE.get(0), PEOPLE.subList(0, 2))).containsExactly("nlp", "peut partager sql");
        assertThat(MeetupTopics.forPerson(PEOPLE.get(1), PEOPLE.subList(0, 2))).containsExactly("nlp", "veut apprendre sql");
        assertThat(MeetupTopics.names(List.of("A", "B", "C"))).isEqualTo("A, B et C");
    }

    @Test
    void csvListHasTheIssuesColumnsOneRowPerPersonAndRound() throws Exception {
        Path f = dir.resolve("rencontres.csv");
        MeetupListExporter.writeCsv(lists(), f, CsvOptions.FRENCH_EXCEL);
        List<String> lines = csvLines(f);
        assertThat(lines.get(0)).isEqualTo("Tour;Groupe;Nom;Prénom;Courriel;Ministère;Sujets communs");
        assertThat(lines).hasSize(1 + 4 + 3);
        assertThat(lines.get(1)).isEqualTo("1;1;Martin;Camille;u1@exemple.gouv.fr;MIOM — Intérieur;nlp, peut partager sql");
        assertThat(lines.get(2)).as("a formula is shown as text").startsWith("1;1;\"'=HYPERLINK(\"\"x\"\")\";Léa;");
        assertThat(lines.get(4)).isEqualTo("1;2;Petit;Inès;u4@exemple.gouv.fr;;veut apprendre python");
        assertThat(lines.subList(5, 8)).as("someone deleted since is left out").allMatch(l -> l.startsWith("2;1;"));
    }

    @Test
    void mailMergeHasOneRowPerPersonAndRoundWithWhomAndWhen() throws Exception {
        Path f = dir.resolve("publipostage.csv");
        MeetupListExporter.writeMailing(lists(), f, CsvOptions.FRENCH_EXCEL);
        List<String> lines = csvLines(f);
        assertThat(lines.get(0)).isEqualTo("Prénom;Nom;Courriel;Tour;Date;Groupe;Avec;Sujets communs");
        assertThat(lines.get(1)).isEqualTo("Camille;Martin;u1@exemple.gouv.fr;1;07/03/2023;1;Léa =HYPERLINK(\"\"x\"\");nlp, peut partager sql"
                .replace("Léa =HYPERLINK(\"\"x\"\")", "\"Léa =HYPERLINK(\"\"x\"\")\""));
        assertThat(lines.get(5)).startsWith("Camille;Martin;u1@exemple.gouv.fr;2;;1;");
        assertThat(lines).hasSize(8);
    }

    @Test
    void xlsxHasOneSheetPerPlannedRound() throws Exception {
        Path f = dir.resolve("rencontres.xlsx");
        MeetupListExporter.writeXlsx(lists(), f);
        SpreadsheetFile x = SpreadsheetFile.open(f);
        assertThat(x.sheetNames()).containsExactly("Tour 1 - 07-03-2023", "Tour 2");
        List<SourceRow> first = Sheets.rows(x, 0);
        assertThat(first.get(0).cells()).containsExactly("Groupe", "Nom", "Prénom", "Courriel", "Ministère", "Sujets communs");
        assertThat(first).hasSize(5);
        assertThat(first.get(3).cells()).startsWith("2", "<script>alert(1)</script>", "Karim");
    }

    @Test
    void printablePageHasOneCardPerTableEscapedAndSelfContained() {
        String html = MeetupCards.html(lists(), Locale.FRENCH);
        assertThat(html.split("<article class=\"card\">", -1)).hasSize(1 + 3);
        assertThat(html).contains("<section id=\"tour-1\">", "<section id=\"tour-2\">", "Table 2",
                "Saison &lt;2023&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;", "Camille peut montrer sql à Léa",
                "Karim peut montrer python à Inès",
                "mardi 7 mars 2023");
        assertThat(html).doesNotContain("<script", "http:", "https:", "src=", "<link", "url(", "@import");
        assertThat(MeetupCards.html(lists(), Locale.ENGLISH)).contains("Round 1", "Conversation starters", "lang=\"en\"", "Camille can show sql to Léa", "Camille and Léa share nlp");
    }
}
