package fr.equipage.cli;

import fr.equipage.engine.CpSat;
import fr.equipage.service.Services;
import fr.equipage.service.OptimiseService;
import fr.equipage.engine.SolveOptions;
import fr.equipage.engine.SolveResult;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Plan;
import fr.equipage.model.Workshop;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optimise [--time-limit S] [--seed N] [--workshop NAME]}: solves the stored workshop (its
 * pins included) and stores the plan as its current plan. When the workshop already has a current
 * plan, the search starts from it and each person moved away from it costs the workshop's stability
 * weight. Exit codes as {@code solve}; when no
 * feasible plan exists the current plan is left as it was.
 */
@Command(name = "optimise", aliases = "optimize",
        description = "Forme les équipes de l'atelier courant et enregistre le plan comme plan courant.")
public class OptimiseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--time-limit", paramLabel = "SECONDES", defaultValue = "10", converter = TimeLimit.class,
            description = "Temps de calcul maximal, plus de 0 et au plus 86400 s (défaut : ${DEFAULT-VALUE} s).")
    double timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Graine (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        // The native solver loads while the store opens (its loading counts in the time limit otherwise).
        CpSat.preload();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            OptimiseService.Outcome outcome = services.optimiser().optimise(w.id(), SolveOptions.defaults()
                    .withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000)))).withSeed(seed));
            if (outcome.invalid()) {
                ValidateCommand.printProblems(err, "Atelier « " + w.name() + " »", outcome.problems());
                return EquipageCommand.INVALID;
            }
            SolveResult r = outcome.result();
            Plan plan = r.plan();
            out.println("Calcul : " + CpSat.solver().french() + ".");
            if (!plan.feasible()) {
                r.infeasibility().ifPresent(why -> {
                    err.println(why.message());
                    why.clashes().forEach(c -> err.println("  - [" + c.rule() + "] " + c.message()));
                });
                err.println("Le plan courant de l'atelier n'a pas été modifié.");
                return EquipageCommand.NO_FEASIBLE_PLAN;
            }
            out.printf("Atelier « %s » : %d équipes, %d personne(s) sans équipe, score %d%s%s.%n", w.name(),
                    plan.teams().size(), plan.unassigned().size(), plan.score().total(),
                    plan.bound() == null ? "" : " (borne " + plan.bound() + ")",
                    plan.optimal() ? ", optimal prouvé" : "");
            if (outcome.rerun()) {
                out.printf("Reparti du plan courant : %d personne(s) changent de place (stabilité : %d point(s) par personne).%n",
                        r.stats().moved(), outcome.stability());
            }
            long retained = outcome.statusChanged().stream().filter(p -> p.status() == ProposalStatus.RETAINED).count();
            long back = outcome.statusChanged().size() - retained;
            if (!outcome.statusChanged().isEmpty()) {
                out.printf("Suivi de saison : %d proposition(s) passent à « retenue », %d reviennent à « proposée ».%n",
                        retained, back);
            }
            return EquipageCommand.OK;
        }
    }
}
