package fr.equipage.cli;

import fr.equipage.engine.meetup.MeetupGenerator;
import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.engine.meetup.MeetupResult;
import fr.equipage.engine.meetup.MeetupScheduler;
import fr.equipage.engine.meetup.RoundByRoundSwapSearch;
import fr.equipage.model.MeetupInstance;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-meetups}: the social golfer cases and generated realistic seasons; per case the time
 * taken, repeats and score, next to those of a plain round-by-round swap search given the same time.
 */
@Command(name = "bench-meetups", description = "Mesure le planificateur de rencontres (problème des golfeurs, saisons réalistes).")
public class BenchMeetupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", split = ",", paramLabel = "CAS,…",
            description = "Cas à mesurer parmi : ${COMPLETION-CANDIDATES} (défaut : tous).")
    List<Case> cases = List.of(Case.values());

    @Option(names = "--time-scale", paramLabel = "F", defaultValue = "1",
            description = "Multiplie les temps alloués (défaut : ${DEFAULT-VALUE} ; 0.1 pour un essai rapide).")
    double timeScale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Graine des instances et de la recherche.")
    long seed;

    /** The cases of issue 12 with their time targets. */
    enum Case {
        kirkman(30), golfer8x4x9(30), golfer8x4x10(120), golfer10x4x13(120),
        season55(30), season150(30), season300(30), season1000(60);

        final int seconds;

        Case(int seconds) {
            this.seconds = seconds;
        }

        MeetupInstance instance(long seed) {
            return switch (this) {
                case kirkman -> MeetupGenerator.golfer(5, 3, 7);
                case golfer8x4x9 -> MeetupGenerator.golfer(8, 4, 9);
                case golfer8x4x10 -> MeetupGenerator.golfer(8, 4, 10);
                case golfer10x4x13 -> MeetupGenerator.golfer(10, 4, 13);
                case season55 -> MeetupGenerator.realistic(55, 6, 4, seed);
                case season150 -> MeetupGenerator.realistic(150, 8, 4, seed);
                case season300 -> MeetupGenerator.realistic(300, 10, 4, seed);
                case season1000 -> MeetupGenerator.realistic(1000, 12, 4, seed);
            };
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(timeScale > 0 && timeScale * 120 <= TimeLimit.MAX_SECONDS)) {
            spec.commandLine().getErr().println("--time-scale : " + timeScale + " n'est pas accepté ; donnez un nombre "
                    + "supérieur à 0 et d'au plus 720 (le plus long cas dure 120 s fois ce nombre, un jour au plus).");
            return EquipageCommand.INVALID;
        }
        out.printf("%-14s %5s %3s %3s %7s %7s %8s %9s %8s | %9s %9s%n", "cas", "n", "k", "T", "limite",
                "temps", "répét.", "score", "M1-M2", "répét.RbR", "score RbR");
        for (Case c : cases) {
            MeetupInstance in = c.instance(seed);
            Duration limit = Duration.ofMillis(Math.round(c.seconds * 1000 * timeScale));
            MeetupResult r = MeetupScheduler.season(in, MeetupOptions.defaults().withTimeLimit(limit).withSeed(seed));
            // The yardstick gets the time the scheduler took, at least a tenth of a second.
            Duration same = r.elapsed().compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : r.elapsed();
            MeetupResult base = RoundByRoundSwapSearch.schedule(in, MeetupOptions.defaults().withTimeLimit(same).withSeed(seed));
            out.printf("%-14s %5d %3d %3d %6.0fs %6.1fs %8d %9d %8s | %9d %9d%n", c, in.participants().size(),
                    in.settings().groupSize(), in.settings().rounds(), limit.toMillis() / 1000.0,
                    r.elapsed().toMillis() / 1000.0, r.score().repeats(), r.score().total(),
                    r.valid() ? "ok" : r.violations().size() + " infr.", base.score().repeats(), base.score().total());
            out.flush();
        }
        return EquipageCommand.OK;
    }
}
