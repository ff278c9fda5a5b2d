package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.service.Labels;
import fr.equipage.service.SeasonEdits;
import fr.equipage.service.Services;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export-invites} and {@code export-speakers} as the organiser runs them (separate JVM, exit codes,
 * French messages): invite lists per session for Excel, one sheet per session, bad input refused with 2.
 */
class InvitesCommandTest {
    private static final Labels KEYS = (key, args) -> key;
    @TempDir
    Path dir;

    private CliProcess.Result run(String... args) throws Exception {
        return CliProcess.inDataDir(dir, args);
    }

    private void importForm() throws Exception {
        Path form = dir.resolve("inscriptions.csv");
        Files.writeString(form, """
                Nom;Prénom;Courriel;Ministère;Choix 1;Formations souhaitées;Une idée d'intervenant ?
                Martin;Camille;camille.martin@interieur.gouv.fr;Ministère de l'Intérieur et des Outre-mer;Cartiflette;NLP;Marie Curie (Inria)
                Dupont;Léa;lea.dupont@culture.gouv.fr;Ministère de la Culture;Cartiflette;"NLP, Dataviz";non
                Bernard;Hugo;hugo.bernard@culture.gouv.fr;Ministère de la Culture;Cartiflette;nlp;
                Petit;Inès;ines.petit@interieur.gouv.fr;Ministère de l'Intérieur et des Outre-mer;Cartiflette;Dataviz;
                """, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.inDataDir(dir.resolve("data"), "import", form.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    private void planSessions() throws Exception {
        try (Services services = Services.open(dir.resolve("data"))) {
            long w = services.workshops().current().orElseThrow().id();
            SeasonEdits edits = services.season(w).edits(KEYS);
            edits.addSession(new TrainingSession(0, "NLP", LocalDate.of(2023, 5, 12), "Marie Curie", 2, "Bercy", false)).redo();
            edits.addSession(new TrainingSession(0, "Dataviz", LocalDate.of(2023, 6, 2), "", 10, "", true)).redo();
            edits.addIdea(new SpeakerIdea(0, null, "Alan Turing", "Bletchley", "Dataviz", "à confirmer")).redo();
        }
    }

    @Test
    void invitesPerSessionForExcelThenOneSession() throws Exception {
        importForm();
        CliProcess.Result none = run("export-invites", "--out", dir.resolve("x.csv").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("aucune session de formation");
        assertThat(dir.resolve("x.csv")).doesNotExist();

        planSessions();
        Path out = dir.resolve("invitations.csv");
        CliProcess.Result r = run("export-invites", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 session(s), 4 invitation(s) écrites dans")
                .contains("Session 1 (NLP) : 3 personnes ont demandé « NLP » ; les 2 places vont d’abord à celles qui ont "
                        + "obtenu le moins de leurs souhaits, en alternant les ministères.");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        // NLP, 2 places, 3 asked: one from each ministry first (Bernard, Culture, before Martin, Intérieur, by name).
        assertThat(lines).containsExactly("Session;Thème;Date;Nom;Prénom;Courriel;Ministère",
                "1;NLP;12/05/2023;Bernard;Hugo;hugo.bernard@culture.gouv.fr;MC — Ministère de la Culture",
                "1;NLP;12/05/2023;Martin;Camille;camille.martin@interieur.gouv.fr;MIOM — Ministère de l'Intérieur et des Outre-mer",
                "2;Dataviz;02/06/2023;Dupont;Léa;lea.dupont@culture.gouv.fr;MC — Ministère de la Culture",
                "2;Dataviz;02/06/2023;Petit;Inès;ines.petit@interieur.gouv.fr;MIOM — Ministère de l'Intérieur et des Outre-mer");

        Path one = dir.resolve("session2.xlsx");
        CliProcess.Result second = run("export-invites", "--out", one.toString(), "--session", "2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(one.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Sessions", "Session 2 Dataviz");
            var invited = sheets.get(1).read();
            assertThat(invited).hasSize(3);
            assertThat(invited.get(1).getCellText(0)).isEqualTo("Dupont");
            assertThat(sheets.get(0).read().get(1).getCellText(4)).isEqualTo("En ligne");
        }
    }

    @Test
    void badInputIsRefusedWithTwoAndAFrenchMessage() throws Exception {
        importForm();
        planSessions();
        Path out = dir.resolve("x.csv");
        CliProcess.Result missing = run("export-invites", "--out", out.toString(), "--session", "9");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("pas de session 9", "sessions prévues : 1, 2.");
        CliProcess.Result zero = run("export-invites", "--out", out.toString(), "--session", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("n'est pas un numéro de session");
        CliProcess.Result format = run("export-invites", "--out", out.toString(), "--format", "ods");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("« ods » inconnu");
        CliProcess.Result workshop = run("export-invites", "--out", out.toString(), "--workshop", "Inconnu");
        assertThat(workshop.exitCode()).isEqualTo(2);
        assertThat(workshop.err()).contains("Aucun atelier nommé « Inconnu »");
        assertThat(out).doesNotExist();
    }

    @Test
    void speakerIdeasByTheme() throws Exception {
        importForm();
        planSessions();
        Path out = dir.resolve("intervenants.csv");
        CliRunner.Result r = CliRunner.inDataDir(dir.resolve("data"), "export-speakers", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 idée(s) d'intervenant");
        List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).containsExactly("Thème;Intervenant;Organisation;Suggéré par;Note",
                "NLP;Marie Curie;Inria;Camille Martin;", "Dataviz;Alan Turing;Bletchley;;à confirmer");
    }
}
