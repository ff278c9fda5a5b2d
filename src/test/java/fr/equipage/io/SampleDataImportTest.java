package fr.equipage.io;

import fr.equipage.service.Importer;
import fr.equipage.format.InstanceJson;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registration exports in sample-data/ import as they are, and give back the launch day of the
 * JSON: same people (names, e-mails, ministries, ranked choices), same proposals (sizes, ministry,
 * skills, proposers). The files are regenerated here from the JSON too, to check the generator.
 */
class SampleDataImportTest {
    @TempDir
    Path dir;

    private static Instance sample() throws Exception {
        return InstanceJson.read(SampleRegistrationExport.DIR.resolve(SampleRegistrationExport.JSON));
    }

    @Test
    void csvPairAsShipped() throws Exception {
        checkImport(List.of(SampleRegistrationExport.DIR.resolve(SampleRegistrationExport.CSV_PROPOSALS),
                SampleRegistrationExport.DIR.resolve(SampleRegistrationExport.CSV_PEOPLE)));
    }

    @Test
    void xlsxAsShipped() throws Exception {
        checkImport(List.of(SampleRegistrationExport.DIR.resolve(SampleRegistrationExport.XLSX)));
    }

    @Test
    void odsAsShipped() throws Exception {
        checkImport(List.of(SampleRegistrationExport.DIR.resolve(SampleRegistrationExport.ODS)));
    }

    @Test
    void csvIsFrenchExcelStyle() throws Exception {
        SpreadsheetFile f = SpreadsheetFile.open(SampleRegistrationExport.DIR.resolve(SampleRegistrationExport.CSV_PEOPLE));
        assertThat(f.dialect().separator()).isEqualTo(';');
        assertThat(f.dialect().encoding().charset()).isEqualTo(TextEncoding.WINDOWS_1252);
    }

    @Test
    void generatorOutputImportsToo() throws Exception {
        Path out = dir.resolve("gen");
        Files.createDirectories(out);
        SampleRegistrationExport.write(sample(), out);
        checkImport(List.of(out.resolve(SampleRegistrationExport.ODS)));
    }

    private void checkImport(List<Path> files) throws Exception {
        Instance expected = sample();
        try (ImportFixture fx = new ImportFixture(dir.resolve("db-" + files.get(0).getFileName()))) {
            // The CSV pair is imported in one go, as `equipage import propositions.csv inscriptions.csv`.
            ImportPlan plan = ImportPlanner.plan(ImportSource.open(files, null), fx.snapshot());
            assertThat(plan.report().errorCount()).as(plan.report().toText()).isZero();
            // The form's timestamp ("Horodateur") is a known form-tool column: ignored without a warning.
            assertThat(plan.report().issues()).as(plan.report().toText()).isEmpty();
            assertThat(plan.report().mappingProblems()).as(plan.report().toText()).isEmpty();
            assertThat(plan.report().unknownMinistries()).as(plan.report().toText()).isEmpty();
            assertThat(plan.report().newProposals()).as(plan.report().toText()).isEmpty();
            Importer.commit(fx.store, fx.workshop.id(), plan, false);
            WorkshopSnapshot got = fx.snapshot();
            assertThat(got.participants()).hasSize(expected.participants().size());
            assertThat(got.proposals()).hasSize(expected.proposals().size());
            Map<String, String> titleOf = new HashMap<>();
            expected.proposals().forEach(p -> titleOf.put(p.id(), p.title()));
            got.proposals().forEach(p -> titleOf.put("got:" + p.id(), p.title()));
            Map<String, String> emailOfGot = new HashMap<>();
            got.participants().forEach(p -> emailOfGot.put(p.id(), p.email()));
            Map<String, String> emailOfExpected = new HashMap<>();
            expected.participants().forEach(p -> emailOfExpected.put(p.id(), p.email()));
            for (int i = 0; i < expected.participants().size(); i++) {
                Participant e = expected.participants().get(i);
                Participant g = got.participants().get(i);
                assertThat(List.of(g.firstName(), g.lastName(), g.email(), g.ministry(), g.skills(), g.interests(),
                        g.trainings())).isEqualTo(List.of(e.firstName(), e.lastName(), e.email(), e.ministry(), e.skills(),
                        e.interests(), e.trainings()));
                assertThat(g.choices().stream().map(id -> titleOf.get("got:" + id)).toList())
                        .isEqualTo(e.choices().stream().map(titleOf::get).toList());
            }
            for (int i = 0; i < expected.proposals().size(); i++) {
                Proposal e = expected.proposals().get(i);
                Proposal g = got.proposals().get(i);
                assertThat(List.of(g.title(), g.description(), String.valueOf(g.ministry()), g.skills(), g.minSize(),
                        g.maxSize())).isEqualTo(List.of(e.title(), e.description(), String.valueOf(e.ministry()), e.skills(),
                        e.minSize(), e.maxSize()));
                assertThat(g.proposers().stream().map(emailOfGot::get).toList())
                        .isEqualTo(e.proposers().stream().map(emailOfExpected::get).toList());
            }
        }
    }
}
