package fr.equipage.cli;

import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.engine.meetup.MeetupResult;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.Workshop;
import fr.equipage.service.MeetupPlan;
import fr.equipage.service.MeetupService;
import fr.equipage.service.Services;
import fr.equipage.service.UndoableEdit;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meetups-plan [--rounds N] [--group-size K] [--round R] [--time-limit S] [--seed N] [--workshop W]}: plans
 * the season's meet-up rounds not held yet (or round R alone) and stores them; rounds already held are history
 * and never change.
 * {@code --rounds} and {@code --group-size} change the stored settings first. Exit 2 on a bad option or
 * when nothing can be planned (nothing changed then); 3 when rule M2 cannot be kept (the plan is stored).
 */
@Command(name = "meetups-plan", description = "Planifie les tours de rencontres non encore tenus de l'atelier et les "
        + "enregistre ; les tours déjà tenus ne changent jamais.")
public class MeetupsPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--rounds", paramLabel = "N", description = "Nombre de tours de la saison (enregistré dans les réglages).")
    Integer rounds;

    @Option(names = "--group-size", paramLabel = "K", description = "Taille des groupes, au moins 2 (enregistrée dans les réglages).")
    Integer groupSize;

    @Option(names = "--round", paramLabel = "R", description = "Replanifie seulement ce tour, pour les personnes non "
            + "marquées absentes, sans répéter aucune rencontre des autres tours (par défaut : tous les tours non tenus).")
    Integer round;

    @Option(names = "--time-limit", paramLabel = "SECONDES", defaultValue = "30", converter = TimeLimit.class,
            description = "Temps de calcul maximal, plus de 0 et au plus 86400 s (défaut : ${DEFAULT-VALUE} s).")
    double timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Graine : la même graine donne les mêmes tours (défaut : ${DEFAULT-VALUE}).")
    long seed;

    /** More rounds than a season could hold is a typing slip (a year of weekly coffees is 52). */
    static final int MAX_ROUNDS = 100;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds != null && (rounds < 1 || rounds > MAX_ROUNDS)) {
            err.println("--rounds : " + rounds + " tour(s) ; indiquez un nombre de 1 à " + MAX_ROUNDS + ".");
            return EquipageCommand.INVALID;
        }
        if (groupSize != null && groupSize < 2) {
            err.println("--group-size : " + groupSize + " ; un groupe compte au moins 2 personnes.");
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            MeetupService meetups = services.meetups(w.id());
            UndoableEdit settings = changeSettings(meetups, err);
            if (settings == null && (rounds != null || groupSize != null)) {
                return EquipageCommand.INVALID;
            }
            MeetupOptions options = MeetupOptions.defaults()
                    .withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000)))).withSeed(seed);
            MeetupPlan plan = round == null ? meetups.planSeason(options) : meetups.planRound(round, options);
            if (plan.invalid()) {
                if (settings != null) {
                    settings.undo();
                }
                ValidateCommand.printProblems(err, "Atelier « " + w.name() + " »", plan.problems());
                return EquipageCommand.INVALID;
            }
            meetups.savePlan(plan).redo();
            report(w, meetups, plan, out);
            MeetupResult r = plan.result();
            if (!r.valid()) {
                err.println("Règles impossibles à tenir :");
                r.violations().forEach(v -> err.println("  - " + v));
                return EquipageCommand.NO_FEASIBLE_PLAN;
            }
            return EquipageCommand.OK;
        }
    }

    /** Saves --rounds/--group-size; null when none was given, or after saying why they cannot be saved. */
    private UndoableEdit changeSettings(MeetupService meetups, PrintWriter err) throws Exception {
        if (rounds == null && groupSize == null) {
            return null;
        }
        MeetupSettings now = meetups.season().settings();
        MeetupSettings wanted = new MeetupSettings(rounds != null ? rounds : now.rounds(),
                groupSize != null ? groupSize : now.groupSize(), now.weights());
        List<String> wrong = meetups.settingsProblems(wanted);
        if (!wrong.isEmpty()) {
            err.println((rounds != null ? "--rounds : " : "--group-size : ") + String.join(" ", wrong));
            return null;
        }
        UndoableEdit edit = meetups.changeSettings(wanted, meetups.season().teamsHaveMet());
        edit.redo();
        return edit;
    }

    private static void report(Workshop w, MeetupService meetups, MeetupPlan plan, PrintWriter out) {
        MeetupSeason season = meetups.season();
        List<Integer> planned = plan.rounds().stream().map(MeetupRound::number).toList();
        long held = season.held().size();
        var score = meetups.score(season);
        out.printf("Atelier « %s » : %d tour(s) planifié(s) (%s), groupes de %d%s.%n", w.name(), planned.size(),
                planned.size() == 1 ? "tour " + planned.get(0) : "tours " + planned.get(0) + " à " + planned.get(planned.size() - 1),
                season.settings().groupSize(), held == 0 ? "" : " ; " + held + " tour(s) déjà tenu(s) conservé(s)");
        out.printf("Saison : %d répétition(s)%s.%n", score.repeats(), plan.result().optimal() ? " (meilleur calendrier possible)" : "");
        MeetupFiles.printScore(score, out);
    }
}
