package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fields the mapping would lose are found, said in plain words, and the proposed mapping keeps them. */
class MappingCheckTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path p = dir.resolve("i.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aColumnOfProjectTitlesUnderAnOddHeaderIsFoundAndProposedAsChoices() throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            fx.importFile(csv("Titre du projet\nChatbot RH\nLac de données\n"));
            Path file = csv("Nom;Prénom;Courriel;Ministère;Q7\nMartin;Camille;c@x.fr;DINUM;Chatbot RH\n"
                    + "Durand;Jean;j@x.fr;DINUM;Lac de données\n");
            ImportSource source = ImportSource.open(file, null);
            ImportPlan plan = ImportPlanner.plan(source, fx.snapshot());
            assertThat(plan.report().mappingProblems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(MappingProblem.Kind.UNMAPPED_CHOICES);
                assertThat(p.columns()).containsExactly("Q7");
                assertThat(p.text().french()).isEqualTo("Fichier « i.csv » : les colonnes « Q7 » ressemblent à des choix "
                        + "de projets mais ne sont pas importées ; les choix seraient perdus. Correspondance proposée : "
                        + "« Q7 » → Choix 1.");
                assertThat(p.text().format(Locale.UK)).isEqualTo("File \"i.csv\": the columns \"Q7\" look like project "
                        + "choices but are not imported; the choices would be lost. Proposed mapping: \"Q7\" → Choice 1.");
            });
            assertThat(plan.report().toText()).as("said first").startsWith("Fichier « i.csv » : les colonnes « Q7 »");
            plan.report().mappingProblems().forEach(MappingProblem::apply);
            ImportPlan again = ImportPlanner.plan(source, fx.snapshot());
            assertThat(again.report().mappingProblems()).isEmpty();
            assertThat(again.participants()).allSatisfy(p -> assertThat(p.choiceKeys()).hasSize(1));
        }
    }

    @Test
    void aFieldTheMappingLacksIsProposedFromAWordInTheHeader() throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            Path file = csv("Nom;Prénom;Contact mail;Ministère\nMartin;Camille;c@x.fr;DINUM\n");
            ImportPlan plan = fx.plan(file);
            assertThat(plan.report().mappingProblems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(MappingProblem.Kind.UNMAPPED_FIELD);
                assertThat(p.mapOptions()).containsExactly("--map \"Contact mail=Courriel\"");
                assertThat(p.text().french()).contains("la colonne « Contact mail » ressemble à « Courriel »");
            });
        }
    }

    @Test
    void columnsTheOrganiserSetAreTrusted() throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            Path file = csv("Nom;Prénom;Courriel;Projet qui vous tente\nMartin;Camille;c@x.fr;Chatbot RH\n");
            ImportSource source = ImportSource.open(file, null);
            assertThat(ImportPlanner.plan(source, fx.snapshot()).report().mappingProblems()).hasSize(1);
            source.sheets().get(0).mapping().set(3, ColumnTarget.IGNORE);
            assertThat(ImportPlanner.plan(source, fx.snapshot()).report().mappingProblems()).isEmpty();
        }
    }
}
