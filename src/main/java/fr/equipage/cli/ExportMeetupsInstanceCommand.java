package fr.equipage.cli;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-meetups-instance --out FILE.json}: what planning the rest of the season gives the engine,
 * as {@code equipage-meetups/1} — readable back by {@code meetups}. Rounds already held become history and
 * the rounds left are numbered from 1; the command says which stored round each one is.
 */
@Command(name = "export-meetups-instance", description = "Écrit les participants, réglages et historique des "
        + "rencontres de l'atelier au format equipage-meetups/1 (lisible par la commande meetups).")
public class ExportMeetupsInstanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.json")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            List<Integer> rounds = services.meetups(w.id()).remainingRounds();
            if (rounds.isEmpty()) {
                spec.commandLine().getErr().println("Tous les tours de rencontres de « " + w.name() + " » sont déjà tenus : "
                        + "il ne reste rien à planifier. Aucun fichier écrit.");
                return EquipageCommand.INVALID;
            }
            MeetupInstance instance = services.exports().writeMeetupInstance(w.id(), out);
            o.printf("%d participant(s), %d tour(s) à planifier, %d paire(s) d'historique écrits dans %s.%n",
                    instance.participants().size(), instance.settings().rounds(), instance.history().size(), out);
            if (rounds.get(0) != 1) {
                o.printf("Les tours déjà tenus comptent comme historique : le tour 1 du fichier est le tour %d de la saison.%n",
                        rounds.get(0));
            }
            return EquipageCommand.OK;
        }
    }
}
