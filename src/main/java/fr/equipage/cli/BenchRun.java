package fr.equipage.cli;

import fr.equipage.engine.Progress;
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
import java.util.ArrayList;
import java.util.List;

/**
 * One timed solve for {@link BenchCommand}: its plan, statistics, every improvement (time, score)
 * the solver reported, and the peak memory. The optimum, when one run of the same instance proved
 * it, is used to tell when each run first came within 1 % and how far its bound was.
 */
record BenchRun(Duration limit, SolveResult result, List<long[]> improvements, long heapMb, String rssMb, String load) {
    static BenchRun solve(Instance instance, SolveOptions options) {
        resetPeaks();
        List<long[]> improvements = new ArrayList<>();
        SolveResult r = Solver.solve(instance, options.withProgress(new java.util.function.Consumer<Progress>() {
            private Long last;

            @Override
            public void accept(Progress p) {
                if (p.bestScore() != null && !p.bestScore().equals(last)) {
                    last = p.bestScore();
                    improvements.add(new long[] {p.elapsed().toNanos(), p.bestScore()});
                }
            }
        }));
        return new BenchRun(options.timeLimit(), r, improvements, heapPeakMb(), rssPeakMb(), loadAverage());
    }

    Plan plan() {
        return result.plan();
    }

    static void header(PrintWriter out) {
        out.printf("%-6s %6s %5s %5s %6s %8s %8s %8s %8s %8s %7s %9s %4s %9s %7s %6s %6s%n", "classe", "n", "props", "teams",
                "lim(s)", "1er(s)", "≤1%(s)", "final(s)", "score", "borne", "écart%", "borne/opt", "opt", "preuve(s)", "tasMB",
                "rssMB", "charge");
    }

    /** Prints the runs of one instance; the optimum is the score of a run that proved it, if any. */
    static void print(PrintWriter out, String kind, int n, Instance instance, List<BenchRun> runs) {
        Long optimum = null;
        Long bestBound = null;
        for (BenchRun r : runs) {
            if (r.plan().optimal()) {
                optimum = r.plan().score().total();
            }
            if (r.plan().bound() != null) {
                bestBound = bestBound == null ? r.plan().bound() : Math.min(bestBound, r.plan().bound());
            }
        }
        // Without a proven optimum, "within 1 %" is measured against the best proven bound: never optimistic.
        Long reference = optimum != null ? optimum : bestBound;
        for (BenchRun r : runs) {
            Plan plan = r.plan();
            Long bound = plan.bound();
            long score = plan.score().total();
            String gap = bound == null || !plan.feasible() ? "-"
                    : String.format("%.2f", 100.0 * (bound - score) / Math.max(1, Math.abs(bound)));
            String ratio = optimum == null || bound == null ? "-" : String.format("%.4f", bound / (double) optimum);
            out.printf("%-6s %6d %5d %5d %6s %8s %8s %8s %8d %8s %7s %9s %4s %9s %7d %6s %6s%n", kind, n,
                    instance.proposals().size(), instance.settings().maxTeams(), seconds(r.limit()),
                    seconds(r.result().stats().timeToFirstPlan()), seconds(r.timeWithinOnePercent(reference)),
                    seconds(r.result().stats().timeToBestPlan()), score, bound == null ? "-" : bound, gap, ratio,
                    plan.optimal() ? "oui" : "non", plan.optimal() ? seconds(r.result().stats().total()) : "-", r.heapMb(),
                    r.rssMb(), r.load());
        }
        out.flush();
    }

    /** When the run first held a plan within 1 % of {@code reference}, or null. */
    Duration timeWithinOnePercent(Long reference) {
        if (reference == null) {
            return null;
        }
        double target = reference - Math.abs(reference) / 100.0;
        for (long[] i : improvements) {
            if (i[1] >= target) {
                return Duration.ofNanos(i[0]);
            }
        }
        return null;
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : String.format("%.2f", d.toNanos() / 1e9);
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

    /**
     * The machine's one-minute load average at the end of a run (Linux only): figures taken on a shared
     * machine mean little without it.
     */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "-";
        }
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
