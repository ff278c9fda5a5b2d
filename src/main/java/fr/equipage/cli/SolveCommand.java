package fr.equipage.cli;

import fr.equipage.engine.CpSat;
import fr.equipage.engine.Infeasibility;
import fr.equipage.engine.SolveOptions;
import fr.equipage.engine.SolveResult;
import fr.equipage.engine.Solver;
import fr.equipage.files.AtomicFile;
import fr.equipage.format.PlanJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
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
 * {@code solve INSTANCE.json --out PLAN.json [--time-limit S] [--seed N]}: exit 0 with a feasible
 * plan, 3 when none exists or none was found in time (the reasons printed, the least-violating plan
 * still written), 2 when the instance is invalid.
 */
@Command(name = "solve", description = "Calcule le meilleur plan d'équipes d'une instance (equipage-instance/1).")
public class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json")
    Path instanceFile;

    @Option(names = "--out", required = true, paramLabel = "PLAN.json", description = "Fichier du plan (equipage-plan/1).")
    Path out;

    @Option(names = "--time-limit", paramLabel = "SECONDES", defaultValue = "30", converter = TimeLimit.class,
            description = "Temps de calcul maximal, plus de 0 et au plus 86400 s (défaut : ${DEFAULT-VALUE} s).")
    double timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Graine : la même graine donne le même plan (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        // The native solver loads while the instance is read (its loading counts in the time limit otherwise).
        CpSat.preload();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instance instance = ValidateCommand.readValid(instanceFile, err);
        if (instance == null) {
            return EquipageCommand.INVALID;
        }
        // Before the computation, which may take hours: an output it cannot write fails at once.
        AtomicFile.checkWritable(out);
        SolveResult r = Solver.solve(instance, SolveOptions.defaults()
                .withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000)))).withSeed(seed));
        Plan plan = r.plan();
        PlanJson.write(plan, out);
        // Never a silent fall-back: the organiser sees whether the plan can be proven optimal.
        o.println("Calcul : " + CpSat.solver().french() + ".");
        if (plan.feasible()) {
            o.println("Plan écrit dans " + out + " : score " + plan.score().total()
                    + (plan.bound() == null ? "" : ", borne " + plan.bound())
                    + (plan.optimal() ? " (optimal prouvé)" : "") + ".");
            return EquipageCommand.OK;
        }
        Infeasibility why = r.infeasibility().orElseThrow();
        err.println(why.message());
        why.clashes().forEach(c -> err.println("  - [" + c.rule() + "] " + c.message()));
        err.println("Plan le moins en infraction écrit dans " + out + " (" + plan.violations().size() + " infraction(s)).");
        return EquipageCommand.NO_FEASIBLE_PLAN;
    }
}
