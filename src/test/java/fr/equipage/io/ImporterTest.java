package fr.equipage.io;

import fr.equipage.service.Importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    @TempDir
    Path dir;
    ImportFixture fx;

    @BeforeEach
    void open() {
        fx = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<Participant> people() {
        return fx.store.tx(c -> fx.store.participants.all(c, fx.workshop.id()));
    }

    private List<Proposal> proposals() {
        return fx.store.tx(c -> fx.store.proposals.all(c, fx.workshop.id()));
    }

    private List<Ministry> ministries() {
        return fx.store.tx(c -> fx.store.ministries.all(c));
    }

    private Path csv(String name, String text) throws Exception {
        return Sheets.write(dir, name, text, StandardCharsets.UTF_8);
    }

    @Test
    void proposalsThenRegistrationsFromLibreOfficeFiles() throws Exception {
        ImportResult p = fx.importFile(Sheets.resource("lo-propositions.ods"));
        assertThat(p.proposalsAdded()).isEqualTo(3);
        ImportResult r = fx.importFile(Sheets.resource("lo-inscriptions.xlsx"));
        assertThat(r.participantsAdded()).isEqualTo(3);
        assertThat(r.proposalsAdded()).as("« Nouveau projet 5 € » is named only in a choice").isEqualTo(1);

        Participant zoe = people().stream().filter(x -> x.firstName().equals("Zoé")).findFirst().orElseThrow();
        assertThat(zoe.lastName()).isEqualTo("Lœuvre");
        assertThat(zoe.ministry()).isEqualTo("MEFSIN");
        assertThat(zoe.skills()).containsExactly("python", "dataviz");
        Proposal transformers = proposals().stream().filter(x -> x.title().equals("Transformers")).findFirst().orElseThrow();
        Proposal poufdoc = proposals().stream().filter(x -> x.title().equals("PoufDoc")).findFirst().orElseThrow();
        assertThat(transformers.minSize()).isEqualTo(3);
        assertThat(transformers.maxSize()).isEqualTo(6);
        assertThat(transformers.skills()).containsExactly("nlp", "python");
        assertThat(zoe.choices()).startsWith(transformers.id(), poufdoc.id());
        Participant darc = people().stream().filter(x -> x.lastName().equals("D’Arc")).findFirst().orElseThrow();
        assertThat(darc.choices()).as("« Poufdoc » matches PoufDoc").containsExactly(poufdoc.id(), transformers.id());
        assertThat(darc.ministry()).isEqualTo("MIOM");
        Participant amelie = people().stream().filter(x -> x.firstName().equals("Amélie")).findFirst().orElseThrow();
        assertThat(amelie.ministry()).isEqualTo("INSEE");
        Proposal created = proposals().stream().filter(x -> x.title().equals("Nouveau projet 5 €")).findFirst().orElseThrow();
        assertThat(created.status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(created.minSize()).isEqualTo(Proposal.DEFAULT_MIN_SIZE);
        assertThat(amelie.choices()).endsWith(created.id());
        // Proposers are resolved once the people exist: by e-mail, and by name.
        ImportResult again = fx.importFile(Sheets.resource("lo-propositions.xlsx"));
        assertThat(again.proposalsUnchanged()).isEqualTo(3);
        transformers = proposals().stream().filter(x -> x.title().equals("Transformers")).findFirst().orElseThrow();
        poufdoc = proposals().stream().filter(x -> x.title().equals("PoufDoc")).findFirst().orElseThrow();
        assertThat(transformers.proposers()).containsExactly(zoe.id());
        assertThat(poufdoc.proposers()).containsExactly(darc.id());
        // Ministries only in the reference list were added, with their parents.
        assertThat(ministries()).extracting(Ministry::code).contains("INSEE", "MEFSIN", "MIOM", "DINUM", "SPM");
    }

    @Test
    void reimportingTheSameFileAddsNothing() throws Exception {
        Path f = Sheets.resource("lo-inscriptions-1252.csv");
        ImportResult first = fx.importFile(f);
        assertThat(first.participantsAdded()).isEqualTo(3);
        List<Participant> before = people();
        ImportPlan second = fx.plan(f);
        assertThat(second.report().participantsAdded()).isZero();
        assertThat(second.report().participantsUnchanged()).isEqualTo(3);
        ImportResult r = Importer.commit(fx.store, fx.workshop.id(), second, false);
        assertThat(r.participantsAdded()).isZero();
        assertThat(r.participantsUpdated()).isZero();
        assertThat(r.participantsUnchanged()).isEqualTo(3);
        assertThat(r.proposalsAdded()).isZero();
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void reimportUpdatesPeopleMatchedByEmailOrByNameAndMinistry() throws Exception {
        fx.importFile(csv("v1.csv", "Nom;Prénom;Courriel;Ministère;Compétences\n"
                + "Martin;Camille;camille.martin@interieur.gouv.fr;MI;python\n"
                + "Durand;Paul;;Justice;sql\n"));
        ImportResult r = fx.importFile(csv("v2.csv", "Nom;Prénom;Courriel;Ministère;Compétences\n"
                + "Martin;Camille;CAMILLE.MARTIN@interieur.gouv.fr;MI;python, r\n"
                + "DURAND;Paul;;Ministère de la Justice;sql\n"
                + "Petit;Léa;lea.petit@insee.fr;Insee;dataviz\n"));
        assertThat(r.participantsAdded()).isEqualTo(1);
        assertThat(r.participantsUpdated()).isEqualTo(2); // new skill; "DURAND" as now typed
        assertThat(r.participantsUnchanged()).isZero();
        assertThat(people()).hasSize(3);
        assertThat(people().get(0).skills()).containsExactly("python", "r");
        assertThat(people().get(0).email()).isEqualTo("CAMILLE.MARTIN@interieur.gouv.fr");
    }

    /**
     * The preview matched the rows against the people of that moment; someone typed Léa in by hand
     * before the organiser confirmed: the commit matches again and updates her, no duplicate.
     */
    @Test
    void peopleAddedBetweenPreviewAndCommitAreMatchedAsTheyAreNow() throws Exception {
        fx.importFile(csv("v1.csv", "Nom;Prénom;Courriel;Ministère\nMartin;Camille;camille@x.fr;MI\n"));
        ImportPlan plan = fx.plan(csv("v2.csv", "Nom;Prénom;Courriel;Ministère;Compétences\n"
                + "Martin;Camille;camille@x.fr;MI;python\nPetit;Léa;lea@x.fr;Insee;sql\n"));
        assertThat(plan.report().participantsAdded).as("as previewed").isEqualTo(1);
        fx.store.run(c -> fx.store.participants.save(c, fx.workshop.id(),
                new Participant("u9", "Léa", "Petit", "lea@x.fr", null, List.of(), List.of(), List.of())));
        ImportResult r = Importer.commit(fx.store, fx.workshop.id(), plan, false);
        assertThat(r.participantsAdded()).isZero();
        assertThat(r.participantsUpdated()).isEqualTo(2);
        assertThat(people()).extracting(Participant::lastName).containsExactly("Martin", "Petit");
        assertThat(people().get(1).id()).isEqualTo("u9");
        assertThat(people().get(1).skills()).containsExactly("sql");
    }

    @Test
    void rowsInErrorRefuseTheWholeImportAndLeaveTheDatabaseUnchanged() throws Exception {
        Path f = csv("bad.csv", "Nom;Prénom;Courriel\nMartin;Camille;c@x.fr\n;;sans-nom@x.fr\nDurand;Paul;p@x.fr\n");
        ImportPlan plan = fx.plan(f);
        assertThat(plan.report().errorCount()).isEqualTo(1);
        Issue error = plan.report().issues().stream().filter(Issue::isError).findFirst().orElseThrow();
        assertThat(error.row()).isEqualTo(3);
        assertThat(error.file()).isEqualTo("bad.csv");
        assertThat(error.column()).isEqualTo("Nom / Prénom");
        assertThat(error.toString()).contains("bad.csv", "ligne 3", "aucun nom");
        assertThatThrownBy(() -> Importer.commit(fx.store, fx.workshop.id(), plan, false))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("1 erreur");
        assertThat(people()).isEmpty();
        ImportResult skipped = Importer.commit(fx.store, fx.workshop.id(), plan, true);
        assertThat(skipped.participantsAdded()).isEqualTo(2);
        assertThat(skipped.rowsSkipped()).isEqualTo(1);
    }

    @Test
    void aFailureMidCommitRollsEverythingBack() throws Exception {
        fx.importFile(csv("v1.csv", "Nom;Prénom;Courriel;Ministère\nMartin;Camille;c@x.fr;MI\n"));
        List<Participant> before = people();
        List<Proposal> proposalsBefore = proposals();
        StringBuilder many = new StringBuilder("Nom;Prénom;Courriel;Ministère;Choix 1\n");
        many.append("Martin;Camille;c@x.fr;Agence inconnue;Projet neuf\n");
        for (int i = 0; i < 2500; i++) {
            many.append("Nom").append(i).append(";P;p").append(i).append("@x.fr;Justice;Projet neuf\n");
        }
        ImportPlan plan = fx.plan(csv("many.csv", many.toString()));
        assertThatThrownBy(() -> Importer.commit(fx.store, fx.workshop.id(), plan, false, n -> {
            if (n >= 2000) {
                throw new IllegalStateException("disque plein");
            }
        })).isInstanceOf(ImportRefusedException.class).hasMessageContaining("n'a rien modifié")
                .hasMessageContaining("disque plein");
        assertThat(people()).isEqualTo(before);
        assertThat(proposals()).isEqualTo(proposalsBefore);
        assertThat(ministries()).extracting(Ministry::name)
                .doesNotContain("Agence inconnue");
    }

    @Test
    void warningsKeepTheRowAndAreLocated() throws Exception {
        ImportPlan plan = fx.plan(csv("warn.csv", "Nom;Prénom;Courriel;Ministère;Choix 1;Choix 2;Commentaire\n"
                + "Martin;Camille;pas-un-courriel;Agence du numérique de sécurité civile;A;a\n"
                + "Durand;Paul;;;B;\n"));
        ImportReport r = plan.report();
        assertThat(r.errorCount()).isZero();
        assertThat(r.issues()).extracting(Issue::toString).anySatisfy(s -> assertThat(s)
                .isEqualTo("warn.csv, ligne 2, colonne « Courriel », valeur « pas-un-courriel » : "
                        + "courriel mal formé (gardé tel quel)"));
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).contains("choix répété"));
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).isEqualTo("courriel manquant"));
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).isEqualTo("ministère manquant"));
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.column()).isEqualTo("Commentaire"));
        assertThat(r.unknownMinistries()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Agence du numérique de sécurité civile");
            assertThat(u.proposedCode()).isEqualTo("ANSC");
        });
        assertThat(r.newProposals()).extracting(ImportReport.NewProposal::title).containsExactly("A", "B");
        ImportResult result = Importer.commit(fx.store, fx.workshop.id(), plan, false);
        assertThat(result.participantsAdded()).isEqualTo(2);
        assertThat(result.ministriesCreated()).containsExactly("ANSC (Agence du numérique de sécurité civile)");
        assertThat(people().get(0).ministry()).isEqualTo("ANSC");
        // A second import finds the created ministry by its name: nothing new.
        ImportResult again = fx.importFile(dir.resolve("warn.csv"));
        assertThat(again.participantsUnchanged()).isEqualTo(2);
        assertThat(again.ministriesCreated()).isEmpty();
    }

    @Test
    void organiserMayMapAnUnknownMinistryToAnExistingOne() throws Exception {
        ImportPlan plan = fx.plan(csv("m.csv", "Nom;Ministère\nMartin;Place Vendôme\n"));
        String code = plan.report().unknownMinistries().get(0).proposedCode();
        plan.useMinistry(code, "MINARM");
        plan.useMinistry(code, null); // changed her mind: back to creating it
        assertThat(plan.ministriesToCreate()).containsKey(code);
        plan.useMinistry(code, "MJ");
        assertThat(plan.ministriesToCreate()).doesNotContainKey(code);
        Importer.commit(fx.store, fx.workshop.id(), plan, false);
        assertThat(people().get(0).ministry()).isEqualTo("MJ");
        assertThat(ministries()).extracting(Ministry::code).doesNotContain(code);
    }

    @Test
    void proposalSizesMustBeNumbers() throws Exception {
        ImportPlan plan = fx.plan(csv("p.csv", "Titre du projet;Taille min;Taille max;Taille\n"
                + "A;3;6;\nB;trois;6;\nC;;;2 à 5\nD;6;3;\n"));
        assertThat(plan.report().issues()).filteredOn(Issue::isError).extracting(Issue::row).containsExactly(3, 5);
        assertThat(plan.report().issues()).filteredOn(Issue::isError).first()
                .satisfies(i -> assertThat(i.toString()).contains("colonne « Taille min »", "valeur « trois »"));
        Importer.commit(fx.store, fx.workshop.id(), plan, true);
        assertThat(proposals()).extracting(Proposal::title, Proposal::minSize, Proposal::maxSize)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 3, 6), org.assertj.core.groups.Tuple.tuple("C", 2, 5));
    }

    @Test
    void choicesInOneCellAreMatchedWithTyposForgiven() throws Exception {
        fx.importFile(csv("p.csv", "Titre;Description\nTransformers;x\nCartographie des aides publiques;y\n"
                + "Projet A;a\nProjet B;b\n"));
        fx.importFile(csv("i.csv", "Nom complet;Projets souhaités\n"
                + "MARTIN Camille;\"transformer\ncartographie des aides publique\nProjet B\"\n"
                + "Paul Durand;\"TRANSFORMERS; Projet C\"\n"));
        List<Participant> ps = people();
        assertThat(ps.get(0).firstName()).isEqualTo("Camille");
        assertThat(ps.get(0).lastName()).isEqualTo("MARTIN");
        assertThat(ps.get(0).choices()).containsExactly("P01", "P02", "P04");
        assertThat(ps.get(1).choices()).containsExactly("P01", "P05");
        assertThat(proposals()).extracting(Proposal::title).contains("Projet C").hasSize(5);
    }
}
