package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import fr.equipage.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training needs imported from a registration export, then the demand per theme exported for Excel. */
class TrainingsCommandTest {
    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return CliRunner.inDataDir(dir.resolve("data"), args);
    }

    @Test
    void needsAreImportedInAnySpellingAndCountedByMinistry() throws Exception {
        Path form = dir.resolve("inscriptions.csv");
        Files.writeString(form, """
                Nom;Prénom;Courriel;Ministère;Choix 1;Formations souhaitées
                Martin;Camille;camille.martin@interieur.gouv.fr;Ministère de l'Intérieur et des Outre-mer;Cartiflette;"ia de confiance; DATAVIZ"
                Dupont;Léa;lea.dupont@culture.gouv.fr;Ministère de la Culture;Cartiflette;"Dataviz
                eco-responsabilite"
                Bernard;Hugo;hugo.bernard@culture.gouv.fr;Ministère de la Culture;Cartiflette;"Python avancé, NLP, dataviz avancee"
                Petit;Inès;ines.petit@interieur.gouv.fr;Ministère de l'Intérieur et des Outre-mer;Cartiflette;
                """, StandardCharsets.UTF_8);
        CliRunner.Result imported = run("import", form.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out() + imported.err()).contains("thèmes de formation inconnus", "Python avancé")
                .contains("« dataviz avancee » ressemble au thème « Dataviz » : si c'est le même, fusionnez-les");

        try (Store store = Store.open(dir.resolve("data"))) {
            long id = store.tx(c -> store.workshops.current(c)).orElseThrow().id();
            List<Participant> people = store.tx(c -> store.participants.all(c, id));
            assertThat(people).extracting(Participant::trainings).containsExactly(
                    List.of("IA de confiance", "Dataviz"), List.of("Dataviz", "Éco-responsabilité"),
                    List.of("Python avancé", "NLP", "dataviz avancee"), List.of());
            List<String> catalogue = store.tx(c -> store.trainingThemes.all(c, id));
            assertThat(catalogue).endsWith("Python avancé", "dataviz avancee").hasSize(8);
        }

        Path out = dir.resolve("formations.csv");
        CliRunner.Result r = run("export-trainings", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Thème;Demandes;Ministère de l'Intérieur et des Outre-mer;Ministère de la Culture");
        assertThat(lines).contains("IA de confiance;1;1;0", "Dataviz;2;1;1", "Éco-responsabilité;1;0;1", "NLP;1;0;1",
                "Aspects juridiques de la data;0;0;0", "Python avancé;1;0;1");

        Path xlsx = dir.resolve("formations.xlsx");
        assertThat(run("export-trainings", "--out", xlsx.toString()).exitCode()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        CliRunner.Result bad = run("export-trainings", "--out", out.toString(), "--format", "ods");
        assertThat(bad.exitCode()).isEqualTo(2);
    }
}
