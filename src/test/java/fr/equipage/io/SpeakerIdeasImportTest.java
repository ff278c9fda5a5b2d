package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.service.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speaker suggestions come from a free-text column: one idea per cell that names someone, suggested by
 * that row's person, on their one training theme if they asked for exactly one. Unknown training
 * spellings are listed in the plan with the closest theme, and the organiser's mapping is applied.
 */
class SpeakerIdeasImportTest {
    @TempDir
    Path dir;

    private Path form(String speakerHeader) throws Exception {
        Path f = dir.resolve("inscriptions.csv");
        Files.writeString(f, "Nom;Prénom;Courriel;Ministère;Formations souhaitées;" + speakerHeader + "\n"
                + "Martin;Camille;camille.martin@interieur.gouv.fr;Intérieur;ia de confiance;Marie Curie (Inria)\n"
                + "Dupont;Léa;lea.dupont@culture.gouv.fr;Culture;Dataviz, NLP;Quelqu'un de la Dinum\n"
                + "Bernard;Hugo;hugo.bernard@culture.gouv.fr;Culture;nlp;non\n"
                + "Petit;Inès;ines.petit@interieur.gouv.fr;Intérieur;\"Dataviz ; IA confiance\";  \n"
                + "Roux;Jean;jean.roux@interieur.gouv.fr;Intérieur;Pyhton avancé;Aucune idée\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theSpeakerColumnIsRecognisedInItsUsualSpellings() {
        for (String header : List.of("Une idée d'intervenant ?", "Intervenant suggéré", "Speaker suggestion",
                "Suggested speaker", "Une idée d’intervenant ? (nom, organisation)", "Intervenants suggérés")) {
            assertThat(HeaderMapper.targetOf(header).field()).as(header).isEqualTo(Field.SPEAKER_IDEA);
        }
    }

    @Test
    void oneIdeaPerCellNamingSomeoneWithTheSuggestersOnlyTheme() throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            ImportResult result = fx.importFile(form("Une idée d'intervenant ?"));
            long w = fx.workshop.id();
            List<SpeakerIdea> ideas = fx.store.tx(c -> fx.store.speakerIdeas.all(c, w));
            List<Participant> people = fx.store.tx(c -> fx.store.participants.all(c, w));
            String camille = people.get(0).id();
            String lea = people.get(1).id();
            assertThat(ideas).containsExactly(
                    new SpeakerIdea(1, camille, "Marie Curie", "Inria", "IA de confiance", ""),
                    new SpeakerIdea(2, lea, "Quelqu'un de la Dinum", "", "", ""));
            assertThat(result.speakerIdeasAdded()).isEqualTo(2);
            assertThat(result.summary()).contains("Idée(s) d'intervenant ajoutée(s) : 2.");

            ImportResult again = fx.importFile(form("Une idée d'intervenant ?"));
            assertThat(again.speakerIdeasAdded()).as("a re-import suggests nothing new").isZero();
            List<SpeakerIdea> after = fx.store.tx(c -> fx.store.speakerIdeas.all(c, w));
            assertThat(after).hasSize(2);
        }
    }

    @Test
    void unknownSpellingsAreListedWithTheClosestThemeAndTheOrganisersMappingIsApplied() throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            ImportPlan plan = fx.plan(form("Speaker suggestion"));
            assertThat(plan.unknownTrainings()).containsExactly(
                    new UnknownTraining("IA confiance", "IA de confiance", 1),
                    new UnknownTraining("Pyhton avancé", null, 1));
            plan.useTraining("IA confiance", "IA de confiance");
            plan.useTraining("Not in the plan", "NLP");
            assertThat(plan.trainingChoices()).containsExactly(java.util.Map.entry("IA confiance", "IA de confiance"));
            ImportResult result = Importer.commit(fx.store, fx.workshop.id(), plan, false);
            assertThat(result.themesCreated()).as("the unmapped spelling is still created, as the CLI does")
                    .containsExactly("Pyhton avancé");
            List<Participant> people = fx.store.tx(c -> fx.store.participants.all(c, fx.workshop.id()));
            assertThat(people.get(3).trainings()).containsExactly("Dataviz", "IA de confiance");
            List<String> catalogue = fx.store.tx(c -> fx.store.trainingThemes.all(c, fx.workshop.id()));
            assertThat(catalogue).doesNotContain("IA confiance").endsWith("Pyhton avancé");
        }
    }

    @Test
    void noIdeaAnswersAreNoIdeaAndLongTextsAreKeptAsANote() {
        for (String cell : List.of("non", "Non.", "-", "Aucune idée", "pas d'idée", "N/A", "  ")) {
            assertThat(SpeakerCells.text(cell)).as(cell).isEmpty();
        }
        assertThat(SpeakerCells.idea("Yann LeCun (Meta)")).containsExactly("Yann LeCun", "Meta", "");
        String long_ = "x".repeat(300);
        String[] idea = SpeakerCells.idea(long_);
        assertThat(idea[0]).hasSize(SpeakerCells.MAX_SPEAKER).endsWith("…");
        assertThat(idea[2]).isEqualTo(long_);
    }
}
