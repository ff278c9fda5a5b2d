package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Plan;
import fr.equipage.model.Team;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of import, export-teams and export-participants. */
class ImportCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = EquipageCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    private Path csv(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void importCreatesTheNamedWorkshopAndPrintsTheReport() throws Exception {
        Path f = csv("i.csv", "Nom;Prénom;Courriel;Ministère;Choix 1\nMartin;Camille;c@x.fr;Intérieur;Transformers\n");
        Run r = run("import", f.toString(), "--workshop", "Lancement");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Participants : 1 à ajouter", "« Transformers »", "Importé dans l'atelier « Lancement »");
        Run again = run("import", f.toString(), "--workshop", "Lancement");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 ajouté(s), 0 mis à jour, 1 inchangé(s)");
    }

    @Test
    void errorsRefuseTheImportUnlessSkipped() throws Exception {
        Path f = csv("e.csv", "Nom;Courriel\nMartin;c@x.fr\n;sans-nom@x.fr\n");
        Run refused = run("import", f.toString());
        assertThat(refused.code()).isEqualTo(EquipageCommand.INVALID);
        assertThat(refused.out()).contains("e.csv, ligne 3", "aucun nom");
        assertThat(refused.err()).contains("Import refusé", "--skip-invalid");
        try (Store store = Store.open(dir.resolve("data"))) {
            List<Workshop> workshops = store.tx(c -> store.workshops.all(c));
            assertThat(workshops).as("a refused import creates no workshop").isEmpty();
        }
        Run skipped = run("import", f.toString(), "--skip-invalid");
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).contains("1 ajouté(s)", "1 ligne(s) en erreur non importée(s)");
    }

    @Test
    void unreadableFileAndBadKindExitWith2() throws Exception {
        Path f = csv("vide.csv", "");
        Run r = run("import", f.toString());
        assertThat(r.code()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("« vide.csv » est vide").doesNotContain("Exception");
        assertThat(run("import", f.toString(), "--kind", "chats").code()).isEqualTo(EquipageCommand.INVALID);
    }

    @Test
    void kindCanBeForced() throws Exception {
        // "Description" makes the headers look like a proposals list; the organiser knows better.
        Path f = csv("p.csv", "Nom;Compétences;Description\nMartin Camille;sql;Data scientist\n");
        Run r = run("import", f.toString(), "--kind", "participants");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Participants : 1 à ajouter", "sans objet dans une liste de participants");
        Run wrong = run("import", f.toString(), "--kind", "proposals");
        assertThat(wrong.code()).isEqualTo(EquipageCommand.INVALID);
        assertThat(wrong.out()).contains("aucune colonne de titre");
    }

    @Test
    void exportTeamsNeedsAPlan() throws Exception {
        run("import", csv("i.csv", "Nom;Prénom;Courriel;Choix 1\nMartin;Camille;c@x.fr;Transformers\n").toString());
        Path out = dir.resolve("equipes.csv");
        Run none = run("export-teams", "--out", out.toString());
        assertThat(none.code()).isEqualTo(EquipageCommand.INVALID);
        assertThat(none.err()).contains("n'a pas encore d'équipes");
        try (Store store = Store.open(dir.resolve("data"))) {
            store.run(c -> {
                Workshop w = store.workshops.current(c).orElseThrow();
                store.plans.saveCurrent(c, w.id(), new Plan(true, List.of(new Team("P01", List.of("u01"))), List.of(),
                        null, List.of(), null, false));
            });
        }
        Run csv = run("export-teams", "--out", out.toString());
        assertThat(csv.code()).isZero();
        assertThat(Files.readString(out)).contains("Transformers;Martin;Camille;c@x.fr;;membre;1");
        Path xlsx = dir.resolve("equipes.xlsx");
        assertThat(run("export-teams", "--out", xlsx.toString()).code()).isZero();
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
        Path people = dir.resolve("participants.csv");
        assertThat(run("export-participants", "--out", people.toString(), "--comma").code()).isZero();
        assertThat(Files.readString(people)).startsWith("Nom,Prénom,Courriel");
    }
}
