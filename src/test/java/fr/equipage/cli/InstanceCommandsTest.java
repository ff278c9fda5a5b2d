package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import fr.equipage.format.InstanceJson;
import fr.equipage.model.Instance;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void importThenExportGivesBackTheSameInstance() throws Exception {
        Path data = dir.resolve("data");
        Path in = TestData.specExample("example-60.json");
        CliRunner.Result imported = CliRunner.run("--data-dir", data.toString(), "import-instance", in.toString(),
                "--workshop", "Lancement");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Lancement").contains("60 participants");

        Path out = dir.resolve("out.json");
        CliRunner.Result exported = CliRunner.run("--data-dir", data.toString(), "export-instance", "--out", out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();

        Instance original = InstanceJson.read(in);
        Instance back = InstanceJson.read(out);
        assertThat(back.participants()).isEqualTo(original.participants());
        assertThat(back.proposals()).isEqualTo(original.proposals());
        assertThat(back.settings()).isEqualTo(original.settings());
        assertThat(back.ministries()).containsAll(original.ministries());
    }

    @Test
    void workshopOptionChoosesWhichWorkshopIsExported() throws Exception {
        Path data = dir.resolve("data");
        CliRunner.run("--data-dir", data.toString(), "import-instance", TestData.specExample("example-24.json").toString(),
                "--workshop", "Petit");
        CliRunner.run("--data-dir", data.toString(), "import-instance", TestData.specExample("example-60.json").toString(),
                "--workshop", "Grand");
        Path out = dir.resolve("petit.json");
        assertThat(CliRunner.run("--data-dir", data.toString(), "export-instance", "--workshop", "Petit", "--out",
                out.toString()).exitCode()).isZero();
        assertThat(InstanceJson.read(out).participants()).hasSize(24);

        CliRunner.Result missing = CliRunner.run("--data-dir", data.toString(), "export-instance", "--workshop", "Inconnu",
                "--out", dir.resolve("x.json").toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("Inconnu");
    }

    @Test
    void anInvalidInstanceIsRefusedAndNothingIsStored() throws Exception {
        Path data = dir.resolve("data");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(TestData.specExample("example-24.json")).replace("\"P000\"", "\"P001\""));
        CliRunner.Result r = CliRunner.run("--data-dir", data.toString(), "import-instance", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("P001");
        CliRunner.Result export = CliRunner.run("--data-dir", data.toString(), "export-instance", "--out",
                dir.resolve("o.json").toString());
        assertThat(export.exitCode()).isNotZero();
    }
}
