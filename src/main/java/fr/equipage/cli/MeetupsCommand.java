package fr.equipage.cli;

import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.engine.meetup.MeetupResult;
import fr.equipage.engine.meetup.MeetupScheduler;
import fr.equipage.files.AtomicFile;
import fr.equipage.format.RoundsJson;
import fr.equipage.model.MeetupInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meetups INSTANCE.json --out ROUNDS.json [--time-limit S] [--seed N]}: plans the season's
 * meet-ups. Exit 0 with the schedule written; 2 when the instance or an option is invalid (nothing
 * written); 3 when rule M2 cannot be kept (the schedule is still written, the breaches printed).
 */
@Command(name = "meetups", description = "Planifie les rencontres de la saison (equipage-meetups/1 → equipage-rounds/1).")
public class MeetupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json", description = "Les participants et réglages (equipage-meetups/1).")
    Path instanceFile;

    @Option(names = "--out", required = true, paramLabel = "ROUNDS.json", description = "Fichier des tours (equipage-rounds/1).")
    Path out;

    @Option(names = "--time-limit", paramLabel = "SECONDES", defaultValue = "30", converter = TimeLimit.class,
            description = "Temps de calcul maximal, de 0 à 86400 s (défaut : ${DEFAULT-VALUE} s).")
    double timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Graine : la même graine donne les mêmes tours (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MeetupInstance instance = MeetupFiles.readInstance(instanceFile, err);
        if (instance == null) {
            return EquipageCommand.INVALID;
        }
        // Before the computation, which may take hours: an output it cannot write fails at once.
        AtomicFile.checkWritable(out);
        MeetupResult r = MeetupScheduler.season(instance, MeetupOptions.defaults()
                .withTimeLimit(Duration.ofMillis(Math.round(timeLimit * 1000))).withSeed(seed));
        RoundsJson.write(r.schedule(), out);
        o.println("Tours écrits dans " + out + " : " + r.schedule().rounds().size() + " tour(s), "
                + r.score().repeats() + " répétition(s)" + (r.optimal() ? " (meilleur calendrier possible)" : "") + ".");
        MeetupFiles.printScore(r.score(), o);
        if (!r.valid()) {
            err.println("Règles impossibles à tenir :");
            r.violations().forEach(v -> err.println("  - " + v));
            return EquipageCommand.NO_FEASIBLE_PLAN;
        }
        return EquipageCommand.OK;
    }
}
