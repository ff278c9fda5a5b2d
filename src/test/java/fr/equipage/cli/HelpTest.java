package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {
    @Test
    void everySubcommandAnswersHelpInFrench() {
        var names = EquipageCommand.commandLine().getSubcommands().values().stream()
                .map(picocli.CommandLine::getCommandName).distinct().toList();
        assertThat(names).contains("validate", "solve", "score", "optimise", "export-instance", "import-instance",
                "meetups", "score-meetups", "bench-meetups");
        for (String name : names) {
            CliRunner.Result r = CliRunner.run(name, "--help");
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Utilisation : equipage " + name).contains("Affiche cette aide.");
        }
    }
}
