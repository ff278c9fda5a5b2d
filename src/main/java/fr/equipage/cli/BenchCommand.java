package fr.equipage.cli;

import fr.equipage.engine.CompiledInstance;
import fr.equipage.engine.InstanceGenerator;
import fr.equipage.engine.PlanMapping;
import fr.equipage.engine.ScoreState;
import fr.equipage.engine.SolveOptions;
import fr.equipage.engine.SolveResult;
import fr.equipage.engine.Solver;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: solves seeded generated launch days of several sizes and prints, per size, the time
 * to the first feasible plan and to the final one, score, bound, gap and peak memory; then the
 * median re-score time of one move on the 300-participant plan.
 */
@Command(name = "bench", description = "Mesure le moteur sur des instances générées (55 à 10 000 participants).")
public class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,…", defaultValue = "55,150,300,1000,3000,10000",
            description = "Nombres de participants (défaut : ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--time-limit", paramLabel = "SECONDES",
            description = "Temps maximal par taille (défaut : 30 s, 60 s à partir de 10 000 participants).")
    Double timeLimit;

    @Option(names = "--seed", defaultValue = "1", description = "Graine des instances et du solveur.")
    long seed;

    @Option(names = "--workers", defaultValue = "1",
            description = "Fils CP-SAT ; plus d'un rend le calcul non reproductible (défaut : ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--moves", defaultValue = "100000", description = "Déplacements chronométrés pour le re-score.")
    int moves;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long load = System.nanoTime();
        // Loaded once per process, as in the application: not part of any solve time below.
        boolean cpSat = fr.equipage.engine.CpSat.available();
        out.printf("CP-SAT %s (%.2f s)%n", cpSat ? "chargé" : "indisponible : " + fr.equipage.engine.CpSat.failure(),
                (System.nanoTime() - load) / 1e9);
        out.printf("%7s %6s %6s %10s %10s %9s %9s %7s %8s %9s %9s%n", "n", "props", "teams", "first(s)", "final(s)",
                "score", "bound", "gap%", "optimal", "heapMB", "rssMB");
        ScoreState at300 = null;
        for (int n : sizes) {
            Instance instance = InstanceGenerator.generate(n, seed);
            double limit = timeLimit != null ? timeLimit : n >= 10_000 ? 60 : 30;
            resetPeaks();
            SolveOptions options = SolveOptions.defaults().withSeed(seed)
                    .withTimeLimit(Duration.ofMillis(Math.round(limit * 1000)));
            if (workers > 1) {
                options = options.withWorkers(workers);
            }
            SolveResult r = Solver.solve(instance, options);
            Plan plan = r.plan();
            Long bound = plan.bound();
            String gap = bound == null || !plan.feasible() ? "-"
                    : String.format("%.2f", 100.0 * (bound - plan.score().total()) / Math.max(1, Math.abs(bound)));
            out.printf("%7d %6d %6d %10s %10s %9d %9s %7s %8s %9d %9s%n", n, instance.proposals().size(),
                    instance.settings().maxTeams(), seconds(r.stats().timeToFirstPlan()),
                    seconds(r.stats().timeToBestPlan()), plan.score().total(), bound == null ? "-" : bound, gap,
                    plan.optimal(), heapPeakMb(), rssPeakMb());
            out.flush();
            if (n == 300) {
                try {
                    at300 = PlanMapping.toState(CompiledInstance.of(instance), plan);
                } catch (PlanMapping.PlanMismatchException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        ScoreState s = at300 != null ? at300 : new ScoreState(CompiledInstance.of(InstanceGenerator.generate(300, seed)));
        out.printf("re-score après un déplacement (300 participants) : médiane %.2f µs, p99 %.2f µs sur %d déplacements%n",
                rescoreMedianMicros(s, moves, 0.5), rescoreMedianMicros(s, moves, 0.99), moves);
        return EquipageCommand.OK;
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

    private static String seconds(Duration d) {
        return d == null ? "-" : String.format("%.3f", d.toNanos() / 1e9);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** The process's peak resident memory (Java heap and CP-SAT's native memory), Linux only. */
    private static String rssPeakMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) >> 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the heap figure alone is printed.
        }
        return "-";
    }
}
