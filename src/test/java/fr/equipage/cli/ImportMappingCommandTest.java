package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose choice columns the import does not recognise is refused (exit 2, nothing written)
 * with a message naming the columns and the --map options that keep them; --map and --map-file make
 * it pass; so does confirming choice columns that leave most rows empty.
 */
class ImportMappingCommandTest {
    @TempDir
    Path dir;

    /** Headers no synonym knows, but that clearly hold project choices. */
    static final String UNKNOWN_CHOICES = "Nom;Prénom;Courriel;Ministère;Projet qui vous tente le plus;Projet qui vous tente ensuite\n"
            + "Martin;Camille;c.martin@x.gouv.fr;DINUM;Chatbot RH;Lac de données\n"
            + "Durand;Jean;j.durand@x.gouv.fr;DINUM;Lac de données;\n";

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<String> choicesOf(String email) {
        try (Store store = Store.open(dir.resolve("data"))) {
            Workshop w = store.tx(c -> store.workshops.all(c)).get(0);
            Map<String, String> titles = new HashMap<>();
            store.tx(c -> store.proposals.all(c, w.id())).forEach(p -> titles.put(p.id(), p.title()));
            Participant p = store.tx(c -> store.participants.all(c, w.id())).stream()
                    .filter(x -> email.equals(x.email())).findFirst().orElseThrow();
            return p.choices().stream().map(titles::get).toList();
        }
    }

    private int workshops() {
        try (Store store = Store.open(dir.resolve("data"))) {
            return store.tx(c -> store.workshops.all(c)).size();
        }
    }

    @Test
    void unmappedChoiceColumnsRefuseTheImportAndNameThem() throws Exception {
        Path f = file("i.csv", UNKNOWN_CHOICES);
        CliRunner.Result r = run("import", f.toString());
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("Import refusé", "« Projet qui vous tente le plus »", "« Projet qui vous tente ensuite »",
                "ressemblent à des choix de projets",
                "--map \"Projet qui vous tente le plus=Choix 1\" --map \"Projet qui vous tente ensuite=Choix 2\"");
        assertThat(workshops()).as("nothing written").isZero();
    }

    @Test
    void mapOptionsImportTheChoicesInOrder() throws Exception {
        Path f = file("i.csv", UNKNOWN_CHOICES);
        CliRunner.Result r = run("import", f.toString(), "--map", "Projet qui vous tente le plus=Choix 1",
                "--map", "projet qui vous tente ENSUITE=choice 2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(choicesOf("c.martin@x.gouv.fr")).containsExactly("Chatbot RH", "Lac de données");
        assertThat(choicesOf("j.durand@x.gouv.fr")).containsExactly("Lac de données");
    }

    @Test
    void mapFileImportsTheChoicesAndIgnoringAColumnIsAnAnswerToo() throws Exception {
        Path f = file("i.csv", UNKNOWN_CHOICES);
        Path mapping = file("mapping.json", "{\"Projet qui vous tente le plus\": \"Choix 1\", "
                + "\"Projet qui vous tente ensuite\": \"ignorer\"}");
        CliRunner.Result r = run("import", f.toString(), "--map-file", mapping.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(choicesOf("c.martin@x.gouv.fr")).containsExactly("Chatbot RH");
    }

    @Test
    void badMappingsExitWith2AndSayWhy() throws Exception {
        Path f = file("i.csv", UNKNOWN_CHOICES);
        CliRunner.Result noEquals = run("import", f.toString(), "--map", "Projet qui vous tente le plus");
        assertThat(noEquals.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(noEquals.err()).contains("--map « Projet qui vous tente le plus »", "COLONNE=CHAMP");
        CliRunner.Result badField = run("import", f.toString(), "--map", "Projet qui vous tente le plus=Pizza");
        assertThat(badField.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(badField.err()).contains("« Pizza » n'est pas un champ");
        CliRunner.Result badColumn = run("import", f.toString(), "--map", "Projet inconnu=Choix 1");
        assertThat(badColumn.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(badColumn.err()).contains("aucune colonne « Projet inconnu » dans i.csv", "« Courriel »");
        CliRunner.Result badFile = run("import", f.toString(), "--map-file", file("m.json", "[1, 2]").toString());
        assertThat(badFile.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(badFile.err()).contains("--map-file", "m.json", "objet JSON");
        assertThat(workshops()).isZero();
    }

    @Test
    void choiceColumnsLeavingMostRowsEmptyMustBeConfirmed() throws Exception {
        Path f = file("peu.csv", "Nom;Prénom;Courriel;Ministère;Choix 1\n"
                + "Martin;Camille;c.martin@x.gouv.fr;DINUM;\nDurand;Jean;j.durand@x.gouv.fr;DINUM;\n"
                + "Petit;Lou;l.petit@x.gouv.fr;DINUM;Chatbot RH\n");
        CliRunner.Result r = run("import", f.toString());
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("2 ligne(s) sur 3 n'ont aucun choix", "« Choix 1 »", "--map \"Choix 1=Choix 1\"");
        CliRunner.Result confirmed = run("import", f.toString(), "--map", "Choix 1=Choix 1");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(choicesOf("l.petit@x.gouv.fr")).containsExactly("Chatbot RH");
    }

    /** As the organiser runs it: a real process, its exit code and what reaches the terminal. */
    @Test
    void realProcessRefusesWith2ThenImportsWithMap() throws Exception {
        Path f = file("i.csv", UNKNOWN_CHOICES);
        Process refused = launch("import", f.toString());
        assertThat(refused.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("« Projet qui vous tente le plus »", "--map");
        Process mapped = launch("import", f.toString(), "--map", "Projet qui vous tente le plus=Choix 1",
                "--map", "Projet qui vous tente ensuite=Choix 2");
        assertThat(mapped.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(mapped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(mapped.exitValue()).as(out).isZero();
        assertThat(out).contains("Participants : 2 ajouté(s)");
        assertThat(choicesOf("c.martin@x.gouv.fr")).containsExactly("Chatbot RH", "Lac de données");
        try (Store store = Store.open(dir.resolve("data"))) {
            Workshop w = store.tx(c -> store.workshops.all(c)).get(0);
            List<Proposal> proposals = store.tx(c -> store.proposals.all(c, w.id()));
            assertThat(proposals).extracting(Proposal::title)
                    .containsExactlyInAnyOrder("Chatbot RH", "Lac de données");
        }
    }

    private Process launch(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "fr.equipage.app.Launcher", "--data-dir",
                dir.resolve("data").toString()));
        cmd.addAll(List.of(args));
        // Output is small: read after exit without risk of filling the pipe.
        return new ProcessBuilder(cmd).start();
    }
}
