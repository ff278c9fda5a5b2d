package fr.equipage.cli;

import fr.equipage.engine.CompiledInstance;
import fr.equipage.engine.InstanceGenerator;
import fr.equipage.engine.MipReference;
import fr.equipage.engine.PlanMapping;
import fr.equipage.engine.ScoreState;
import fr.equipage.engine.SolveOptions;
import fr.equipage.engine.Solver;
import fr.equipage.model.Instance;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: solves seeded generated launch days — the default kind (people only in projects they
 * chose) and the open kind (anyone anywhere, three per ministry) — at one or more time limits, and
 * prints per run: time to the first plan, to within 1 % of the optimum (or of the best bound when no
 * run proved it), to the final plan, score, bound, gap, bound/optimum ratio, peak memory; then the
 * median re-score time of one move on the 300-participant plan.
 */
@Command(name = "bench", description = "Mesure le moteur sur des instances générées (55 à 10 000 participants).")
public class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N,…", defaultValue = "55,150,300,1000,3000,10000",
            description = "Tailles des journées « choix seulement » (défaut : ${DEFAULT-VALUE} ; vide : aucune).")
    String sizes;

    @Option(names = "--open-sizes", paramLabel = "N,N,…", defaultValue = "150,300,1000",
            description = "Tailles des journées « ouvertes » : toute proposition permise, 3 par ministère "
                    + "(défaut : ${DEFAULT-VALUE} ; vide : aucune).")
    String openSizes;

    @Option(names = "--time-limit", paramLabel = "S,S,…", split = ",", converter = TimeLimit.class,
            description = "Temps maximal(aux) par instance, en secondes ; plusieurs valeurs : un calcul par valeur "
                    + "(défaut : 30 s, 60 s à partir de 10 000 participants).")
    List<Double> timeLimits;

    @Option(names = "--seed", defaultValue = "1", description = "Graine des instances et du solveur.")
    long seed;

    @Option(names = "--workers", defaultValue = "1",
            description = "Fils CP-SAT ; plus d'un rend le calcul non reproductible (défaut : ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--compare-mip", arity = "0..1", fallbackValue = "", paramLabel = "CBC|SCIP",
            description = "Résout aussi chaque instance comme un programme linéaire en nombres entiers avec CBC "
                    + "(ou SCIP), sur un fil, dans le plus long temps maximal, et affiche son temps jusqu'à l'optimum prouvé.")
    String compareMip;

    @Option(names = "--moves", defaultValue = "100000", description = "Déplacements chronométrés pour le re-score.")
    int moves;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Duration> limits = new ArrayList<>();
        if (timeLimits != null) {
            for (double seconds : timeLimits) {
                limits.add(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
            }
            limits.sort(null);
        }
        List<Integer> chosen = sizes("--sizes", sizes, err);
        List<Integer> open = sizes("--open-sizes", openSizes, err);
        if (chosen == null || open == null) {
            return EquipageCommand.INVALID;
        }
        if (compareMip != null && !compareMip.isBlank()
                && !MipReference.SOLVERS.contains(compareMip.strip().toUpperCase(java.util.Locale.ROOT))) {
            err.println("Erreur : --compare-mip attend CBC ou SCIP (ou rien : le premier disponible) ; reçu « "
                    + compareMip + " ».");
            return EquipageCommand.INVALID;
        }
        long load = System.nanoTime();
        // Loaded once per process, as in the application: not part of any solve time below.
        boolean cpSat = fr.equipage.engine.CpSat.available();
        out.printf("CP-SAT %s (%.2f s)%n", cpSat ? "chargé" : "indisponible : " + fr.equipage.engine.CpSat.failure(),
                (System.nanoTime() - load) / 1e9);
        BenchRun.header(out);
        ScoreState at300 = null;
        for (boolean isOpen : new boolean[] {false, true}) {
            for (int n : isOpen ? open : chosen) {
                Instance instance = isOpen ? InstanceGenerator.generateOpen(n, seed) : InstanceGenerator.generate(n, seed);
                List<Duration> runLimits = limits.isEmpty() ? List.of(Duration.ofSeconds(n >= 10_000 ? 60 : 30)) : limits;
                List<BenchRun> runs = new ArrayList<>();
                for (Duration limit : runLimits) {
                    SolveOptions options = SolveOptions.defaults().withSeed(seed).withTimeLimit(limit);
                    runs.add(BenchRun.solve(instance, workers > 1 ? options.withWorkers(workers) : options));
                }
                BenchRun.print(out, isOpen ? "ouvert" : "choix", n, instance, runs);
                if (compareMip != null) {
                    printMip(out, MipReference.solve(instance, compareMip, runLimits.get(runLimits.size() - 1)));
                }
                BenchRun last = runs.get(runs.size() - 1);
                if (n == 300 && !isOpen && last.plan().feasible()) {
                    try {
                        at300 = PlanMapping.toState(CompiledInstance.of(instance), last.plan());
                    } catch (PlanMapping.PlanMismatchException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        ScoreState s = at300 != null ? at300 : new ScoreState(CompiledInstance.of(InstanceGenerator.generate(300, seed)));
        out.printf("re-score après un déplacement (300 participants) : médiane %.2f µs, p99 %.2f µs sur %d déplacements%n",
                rescoreMedianMicros(s, moves, 0.5), rescoreMedianMicros(s, moves, 0.99), moves);
        return EquipageCommand.OK;
    }

    private static void printMip(PrintWriter out, MipReference.Result r) {
        out.printf("  MIP %s (1 fil) : %s en %.2f s, score %s, borne %s, charge %s%n", r.solver(),
                r.proven() ? "optimum prouvé" : "non prouvé (" + r.status() + ")", r.elapsed().toNanos() / 1e9,
                r.score() == null ? "-" : r.score(), r.bound() == null ? "-" : r.bound(), BenchRun.loadAverage());
        out.flush();
    }

    /** A comma-separated list of sizes (empty: none), or null after saying what is wrong. */
    private static List<Integer> sizes(String option, String text, PrintWriter err) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int n = Integer.parseInt(part.strip());
                if (n >= 1) {
                    out.add(n);
                    continue;
                }
            } catch (NumberFormatException e) {
                // Reported below, as a negative number is.
            }
            err.println("Erreur : " + option + " attend des nombres entiers de participants (1 ou plus) séparés par "
                    + "des virgules ; reçu « " + part + " ».");
            return null;
        }
        return out;
    }

    /** Times single moves (to a random allowed team or out) followed by reading the score. */
    static double rescoreMedianMicros(ScoreState s, int moves, double quantile) {
        CompiledInstance c = s.instance();
        Random rnd = new Random(7);
        long[] times = new long[moves];
        long sink = 0;
        for (int i = -moves / 10; i < moves; i++) {
            int p = rnd.nextInt(c.participantCount());
            int[] allowed = c.allowed(p);
            int to = allowed.length == 0 || rnd.nextInt(5) == 0 ? -1 : allowed[rnd.nextInt(allowed.length)];
            long t0 = System.nanoTime();
            s.move(p, to);
            sink += s.total() + s.breaches();
            long t1 = System.nanoTime();
            if (i >= 0) {
                times[i] = t1 - t0;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        Arrays.sort(times);
        return times[(int) Math.min(moves - 1, Math.floor(quantile * moves))] / 1000.0;
    }
}
