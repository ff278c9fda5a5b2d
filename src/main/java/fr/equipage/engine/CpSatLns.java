package fr.equipage.engine;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Large-neighbourhood search for big workshops, where CP-SAT cannot work on the whole model in the
 * time given: it frees a cluster of proposals that share candidates (about 100 proposals), keeps
 * everyone else where they are, and lets CP-SAT re-form those teams optimally, again and again, on
 * a model of that part alone.
 *
 * <p>Deterministic for a seed when not cut by the wall clock: rounds are counted and each
 * sub-solve stops on a deterministic work limit.
 */
final class CpSatLns {
    /**
     * Neighbourhood size, adapted: it grows while CP-SAT proves each neighbourhood optimal well within
     * its work limit (measured at 10,000 participants: 100 teams are solved in 0.02 work units, so the
     * wall time went into building models), and shrinks when it cannot.
     */
    private int freedTeams;
    private final int minFreed;
    private final int maxFreed;

    private static final boolean DEBUG = Boolean.getBoolean("equipage.lns.debug");
    private final CompiledInstance c;
    private final Random rnd;

    /** Wall-clock end (System.nanoTime()) no sub-solve may run past. */
    private long deadline = Long.MAX_VALUE;

    CpSatLns withDeadline(long nanoTime) {
        deadline = nanoTime;
        return this;
    }

    CpSatLns(CompiledInstance c, long seed) {
        this.c = c;
        this.rnd = new Random(seed);
        // Large workshops as measured before (150 proposals, 50–400); smaller dense ones never free the
        // whole model: on a 60-proposal open workshop, start from 10 proposals, grow to 30.
        boolean large = c.participantCount() >= Solver.LNS_FROM;
        maxFreed = large ? 400 : Math.max(2, c.proposalCount() / 2);
        freedTeams = large ? 150 : Math.max(2, c.proposalCount() / 6);
        minFreed = large ? 50 : freedTeams;
    }

    /** Improves s in place for at most {@code rounds} neighbourhoods, reporting each better plan. */
    void improve(ScoreState s, int rounds, BooleanSupplier stop, Consumer<ScoreState> onBetter) {
        for (int round = 0; round < rounds && !stop.getAsBoolean(); round++) {
            boolean[] free = neighbourhood(s);
            ScoreState candidate = solveNeighbourhood(s, free);
            if (candidate != null && candidate.feasible() && candidate.objective() > s.objective()) {
                for (int t = 0; t < c.proposalCount(); t++) {
                    if (free[t]) {
                        s.drop(t);
                    }
                }
                for (int p = 0; p < c.participantCount(); p++) {
                    if (candidate.teamOf(p) != s.teamOf(p)) {
                        s.move(p, candidate.teamOf(p));
                    }
                }
                for (int t = 0; t < c.proposalCount(); t++) {
                    if (candidate.isRetained(t) && !s.isRetained(t)) {
                        s.retain(t);
                    }
                }
                onBetter.accept(s);
            }
        }
    }

    /** Proposals that share candidates with a random seed proposal, until about 300 people are concerned. */
    private boolean[] neighbourhood(ScoreState s) {
        boolean[] free = new boolean[c.proposalCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int start = rnd.nextInt(c.proposalCount());
        queue.add(start);
        free[start] = true;
        int teams = 1;
        while (!queue.isEmpty() && teams < freedTeams) {
            int t = queue.poll();
            int[] cands = c.candidates(t);
            // Neighbours: proposals that some of t's possible members also chose.
            for (int i = 0; i < 6 && teams < freedTeams && cands.length > 0; i++) {
                int[] allowed = c.allowed(cands[rnd.nextInt(cands.length)]);
                int u = allowed[rnd.nextInt(allowed.length)];
                if (!free[u]) {
                    free[u] = true;
                    teams++;
                    queue.add(u);
                }
            }
        }
        return free;
    }

    /** The best re-forming of the freed teams (everyone else fixed), as a full plan; null if none found. */
    private ScoreState solveNeighbourhood(ScoreState s, boolean[] free) {
        boolean[] movable = new boolean[c.participantCount()];
        for (int p = 0; p < movable.length; p++) {
            int current = s.teamOf(p);
            // A participant moves only within the freed proposals, and only if it is not held outside them.
            movable[p] = current < 0 ? hasFree(p, free) : free[current];
        }
        int retainedOutside = 0;
        for (int t = 0; t < free.length; t++) {
            if (!free[t] && s.isRetained(t)) {
                retainedOutside++;
            }
        }
        CpSatTeamModel m = CpSatTeamModel.buildScope(c,
                new CpSatTeamModel.Scope(movable, free, c.settings().maxTeams() - retainedOutside));
        m.hint(s);
        CpSolver solver = new CpSolver();
        var p = solver.getParameters();
        p.setNumWorkers(1);
        p.setLinearizationLevel(2);
        p.setRandomSeed(rnd.nextInt(1 << 20));
        p.setMaxDeterministicTime(1.0);
        p.setMaxTimeInSeconds(Math.max(0.05, Math.min(8, (deadline - System.nanoTime()) / 1e9)));
        CpSolverStatus status = solver.solve(m.model);
        double work = solver.response().getDeterministicTime();
        if (status == CpSolverStatus.OPTIMAL && work < 0.3) {
            freedTeams = Math.min(maxFreed, Math.max(freedTeams + 1, freedTeams * 3 / 2));
        } else if (status != CpSolverStatus.OPTIMAL) {
            freedTeams = Math.max(minFreed, freedTeams * 3 / 4);
        }
        if (DEBUG) {
            int teams = 0;
            int people = 0;
            for (boolean b : free) {
                teams += b ? 1 : 0;
            }
            for (boolean b : movable) {
                people += b ? 1 : 0;
            }
            System.err.printf("lns teams=%d people=%d status=%s wall=%.2f dtime=%.2f%n", teams, people, status,
                    solver.wallTime(), solver.response().getDeterministicTime());
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        int[] teamOf = s.assignment();
        boolean[] retained = s.retainedTeams();
        for (int t = 0; t < free.length; t++) {
            if (free[t]) {
                retained[t] = solver.value(m.y[t]) != 0;
            }
        }
        for (int q = 0; q < teamOf.length; q++) {
            if (movable[q]) {
                teamOf[q] = -1;
                int[] allowed = c.allowed(q);
                for (int i = 0; i < allowed.length; i++) {
                    if (m.x[q][i] != null && solver.value(m.x[q][i]) != 0) {
                        teamOf[q] = allowed[i];
                    }
                }
            }
        }
        return ScoreState.of(c, teamOf, retained);
    }

    private boolean hasFree(int p, boolean[] free) {
        for (int t : c.allowed(p)) {
            if (free[t]) {
                return true;
            }
        }
        return false;
    }

}
