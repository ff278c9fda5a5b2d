package fr.equipage.ui.importing;

import fr.equipage.ui.UiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.io.ColumnTarget;
import fr.equipage.io.Field;
import fr.equipage.model.Participant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog, headless: preview with the proposed mapping, a changed column, the report, the import. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest extends UiTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    private ImportController openOn(Path file) throws Exception {
        settle();
        ImportController c = WaitForAsyncUtils.asyncFx(() -> ImportController.show(window.context())).get();
        interact(() -> c.load(List.of(file)));
        return c;
    }

    private void awaitEnabled(String id) throws Exception {
        Button b = lookup(id).queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !b.isDisabled() && b.isVisible());
    }

    private List<Participant> stored() {
        return store.tx(c -> store.participants.all(c, workshopId));
    }

    @Test
    void previewShowsTheMappingWhichCanBeChangedThenImports() throws Exception {
        Path file = Path.of(getClass().getResource("/import/lo-inscriptions-1252.csv").toURI());
        openOn(file);
        awaitEnabled("#importCommit");
        ComboBox<ColumnTarget> email = lookup("#importTarget3").query();
        assertThat(email.getValue()).isEqualTo(ColumnTarget.of(Field.EMAIL));
        TableView<?> preview = lookup("#importPreview").query();
        assertThat(preview.getItems()).hasSize(3);
        Label summary = lookup("#importSummary").query();
        assertThat(summary.getText()).contains("Participants\u202F: 3 à ajouter").contains("«\u202FNouveau projet 5 €\u202F»");
        // The organiser decides the third choice column is not to be imported: the report follows.
        ComboBox<ColumnTarget> third = lookup("#importTarget8").query();
        interact(() -> third.setValue(ColumnTarget.IGNORE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summary.getText().contains("Nouveau projet"));
        awaitEnabled("#importCommit");
        clickOn("#importCommit");
        List<Participant> after = awaitStored(s -> s.tx(c -> s.participants.all(c, workshopId)), l -> l.size() == 4);
        assertThat(after).extracting(Participant::lastName).contains("Lœuvre", "D’Arc", "Bœuf");
        Label status = lookup("#importStatus").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("3 ajouté"));
    }

    @Test
    void rowsInErrorOnlyImportWhenSkipped() throws Exception {
        Path file = Files.createTempFile("erreurs", ".csv");
        Files.writeString(file, "Nom;Prénom;Courriel\nMartin;Camille;c@x.fr\n;;sans-nom@x.fr\n", StandardCharsets.UTF_8);
        openOn(file);
        awaitEnabled("#importCommitSkipping");
        assertThat(lookup("#importCommit").queryButton().isDisabled()).isTrue();
        TableView<?> issues = lookup("#importIssues").query();
        assertThat(issues.getItems()).isNotEmpty();
        assertThat(stored()).hasSize(1);
        clickOn("#importCommitSkipping");
        awaitStored(s -> s.tx(c -> s.participants.all(c, workshopId)), l -> l.size() == 2);
        Files.deleteIfExists(file);
    }

    @Test
    void unknownTrainingSpellingsAreAttachedToTheProposedThemeOrCreated() throws Exception {
        Path file = Files.createTempFile("formations", ".csv");
        Files.writeString(file, "Nom;Prénom;Formations souhaitées\nMartin;Camille;IA confiance, Pyhton avancé\n"
                + "Petit;Inès;\"Pyhton avancé; nlp\"\n", StandardCharsets.UTF_8);
        openOn(file);
        awaitEnabled("#importCommit");
        assertVisible(lookup("#importTrainings").query());
        ComboBox<String> closest = lookup("#importTraining0").query();
        assertThat(closest.getValue()).as("the closest theme is proposed").isEqualTo("IA de confiance");
        assertThat(closest.getConverter().toString(closest.getValue())).contains("IA de confiance", "proposé");
        ComboBox<String> typo = lookup("#importTraining1").query();
        assertThat(typo.getValue()).as("nothing close: created unless the organiser picks").isEqualTo(UnknownTrainings.CREATE);
        interact(() -> typo.setValue("NLP"));
        clickOn("#importCommit");
        List<Participant> after = awaitStored(s -> s.tx(c -> s.participants.all(c, workshopId)), l -> l.size() == 3);
        assertThat(after.get(1).trainings()).containsExactly("IA de confiance", "NLP");
        assertThat(after.get(2).trainings()).as("no duplicate once mapped").containsExactly("NLP");
        List<String> catalogue = store.tx(c -> store.trainingThemes.all(c, workshopId));
        assertThat(catalogue).as("nothing created: the workshop keeps the default themes").isEmpty();
        Files.deleteIfExists(file);
    }

    @Test
    void unknownMinistryCanBeMappedToAnExistingOne() throws Exception {
        Path file = Files.createTempFile("ministeres", ".csv");
        Files.writeString(file, "Nom;Prénom;Ministère\nMartin;Camille;Place Vendôme\n", StandardCharsets.UTF_8);
        openOn(file);
        awaitEnabled("#importCommit");
        ComboBox<String> pick = lookup("#importMinistry0").query();
        assertThat(pick.getValue()).isEqualTo("PV"); // created under a generated code unless the organiser picks
        interact(() -> pick.setValue("MJ"));
        clickOn("#importCommit");
        List<Participant> after = awaitStored(s -> s.tx(c -> s.participants.all(c, workshopId)), l -> l.size() == 2);
        assertThat(after.get(1).ministry()).isEqualTo("MJ");
        Files.deleteIfExists(file);
    }

    @Test
    void unreadableFileShowsItsMessage() throws Exception {
        Path file = Files.createTempFile("vide", ".csv");
        openOn(file);
        Label status = lookup("#importStatus").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("est vide"));
        assertThat(lookup("#importCommit").queryButton().isDisabled()).isTrue();
        Files.deleteIfExists(file);
    }

    @Test
    void unmappedChoiceColumnsAreSaidFirstAndTheProposedMappingAppliesInOneClick() throws Exception {
        Path file = Files.createTempFile("choix", ".csv");
        Files.writeString(file, "Nom;Prénom;Courriel;Projet qui vous tente le plus;Projet qui vous tente ensuite\n"
                + "Martin;Camille;c@x.fr;Chatbot RH;Lac de données\n", StandardCharsets.UTF_8);
        openOn(file);
        Label summary = lookup("#importSummary").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().startsWith("Fichier « " + file.getFileName()
                + " » : les colonnes « Projet qui vous tente le plus », « Projet qui vous tente ensuite » ressemblent à des choix"));
        assertThat(summary.getText()).contains("« Projet qui vous tente le plus » → Choix 1",
                "« Projet qui vous tente ensuite » → Choix 2");
        assertThat(lookup("#importCommit").queryButton().isDisabled()).as("nothing is lost silently").isTrue();
        awaitEnabled("#importApplyMapping");
        clickOn("#importApplyMapping");
        awaitEnabled("#importCommit");
        ComboBox<ColumnTarget> first = lookup("#importTarget3").query();
        assertThat(first.getValue()).isEqualTo(ColumnTarget.choice(1));
        clickOn("#importCommit");
        List<Participant> after = awaitStored(s -> s.tx(c -> s.participants.all(c, workshopId)), l -> l.size() == 2);
        assertThat(after.get(1).choices()).hasSize(2);
        Files.deleteIfExists(file);
    }
}
