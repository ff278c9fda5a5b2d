package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {
    @Test
    void everySubcommandAnswersHelpInFrench() {
        for (String name : EquipageCommand.commandLine().getSubcommands().keySet()) {
            CliRunner.Result r = CliRunner.run(name, "--help");
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Utilisation : equipage " + name).contains("Affiche cette aide.");
        }
    }
}
