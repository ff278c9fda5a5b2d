package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.io.FormLayouts.Format;
import fr.equipage.io.FormLayouts.Layout;
import fr.equipage.io.FormLayouts.Person;
import fr.equipage.model.Participant;
import fr.equipage.service.Importer;
import fr.equipage.model.Proposal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registration layout real forms produce imports every person with her name, e-mail,
 * ministry and ordered choices, in CSV (UTF-8 and French Excel), XLSX and ODS, with nothing left
 * for the organiser to map by hand.
 */
class FormLayoutsImportTest {
    @TempDir
    Path dir;

    static Stream<Arguments> layoutsAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (Layout l : FormLayouts.all()) {
            for (Format f : Format.values()) {
                out.add(Arguments.of(l, f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} — {1}")
    @MethodSource("layoutsAndFormats")
    void everyPersonNameMinistryAndOrderedChoiceIsImported(Layout layout, Format format) throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            storeProposals(fx);
            Path file = FormLayouts.write(dir, layout, format);
            ImportPlan plan = fx.plan(file);
            String report = plan.report().toText();
            assertThat(plan.report().mappingProblems()).as(report).isEmpty();
            assertThat(plan.report().errorCount()).as(report).isZero();
            assertThat(plan.report().newProposals()).as("titles match the stored proposals\n" + report).isEmpty();
            assertThat(plan.report().unknownMinistries()).as(report).isEmpty();
            Importer.commit(fx.store, fx.workshop.id(), plan, false);

            Map<String, String> titleOf = new HashMap<>();
            fx.snapshot().proposals().forEach(p -> titleOf.put(p.id(), p.title()));
            List<Participant> got = fx.snapshot().participants();
            assertThat(got).as(report).hasSize(FormLayouts.PEOPLE.size());
            for (Person want : FormLayouts.PEOPLE) {
                Participant p = got.stream().filter(g -> want.email().equals(g.email())).findFirst().orElseThrow(
                        () -> new AssertionError(want.email() + " not imported\n" + report));
                assertThat(p.firstName()).as("first name").isEqualTo(want.first());
                assertThat(p.lastName()).as("last name").isEqualToIgnoringCase(want.last());
                assertThat(p.ministry()).as("ministry of " + want.email()).isEqualTo(want.ministryCode());
                assertThat(p.choices().stream().map(titleOf::get).toList()).as("choices of " + want.email() + "\n" + report)
                        .containsExactlyElementsOf(want.choices());
            }
        }
    }

    private void storeProposals(ImportFixture fx) throws Exception {
        Path p = dir.resolve("propositions.csv");
        Files.writeString(p, "Titre du projet;Description\n" + FormLayouts.TRANSFORMERS + ";T\n" + FormLayouts.LAKE
                + ";L\n" + FormLayouts.CHATBOT + ";C\n", StandardCharsets.UTF_8);
        fx.importFile(p);
        assertThat(fx.snapshot().proposals()).extracting(Proposal::title).hasSize(3);
    }

    @Test
    void titlesMatchingNoProposalCreateThem() throws Exception {
        try (ImportFixture fx = new ImportFixture(dir)) {
            storeProposals(fx);
            Path file = dir.resolve("i.csv");
            Files.writeString(file, "Nom;Prénom;Courriel;Ministère;Quels projets souhaitez-vous rejoindre ? (1er choix);"
                    + "Quels projets souhaitez-vous rejoindre ? (2e choix)\n"
                    + "Martin;Camille;c@x.gouv.fr;DINUM;Robot poète;Chatbot RH\n", StandardCharsets.UTF_8);
            ImportPlan plan = fx.plan(file);
            assertThat(plan.report().newProposals()).extracting(ImportReport.NewProposal::title).containsExactly("Robot poète");
            Importer.commit(fx.store, fx.workshop.id(), plan, false);
            Map<String, String> titleOf = new HashMap<>();
            fx.snapshot().proposals().forEach(p -> titleOf.put(p.id(), p.title()));
            assertThat(fx.snapshot().participants().get(0).choices().stream().map(titleOf::get))
                    .containsExactly("Robot poète", "Chatbot RH");
        }
    }
}
