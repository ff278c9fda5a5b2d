package fr.equipage.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Names the rules that clash when no plan keeps them all. Each rule, as it applies to one
 * proposal, lock or pair, gets an assumption literal; CP-SAT returns a set of assumptions that
 * cannot hold together, which is then shrunk one rule at a time until every rule left is needed
 * (a minimal clash), and put into the organiser's words. H7 (only chosen projects) is kept as a
 * fact rather than a rule to drop: it defines who may join a team at all.
 */
final class InfeasibilityExplainer {
    private final CompiledInstance c;
    private final long seed;

    InfeasibilityExplainer(CompiledInstance c, long seed) {
        this.c = c;
        this.seed = seed;
    }

    static Infeasibility notFound(String why) {
        String detail = why == null ? "" : " (" + why + ")";
        return new Infeasibility(false, List.of(),
                "Aucun plan respectant toutes les règles n'a été trouvé dans le temps imparti ; "
                        + "l'absence de plan n'est pas prouvée" + detail + ".",
                "No plan keeping every rule was found within the time limit; "
                        + "that none exists is not proven" + detail + ".");
    }

    /**
     * The result when no feasible plan was found: why (within the time left, at least 2 s), and the plan
     * breaking the fewest rules, {@code s} or one a relaxed search finds (within the time left, 1–10 s).
     */
    SolveResult noPlan(ScoreState s, java.util.function.DoubleSupplier secondsLeft, CancelToken cancel,
                       java.util.function.Supplier<SolveStats> stats) {
        Infeasibility why = explain(Math.max(2.0, secondsLeft.getAsDouble()), cancel);
        ScoreState least = s;
        ScoreState relaxed = leastViolating(s, Math.max(1.0, Math.min(10.0, secondsLeft.getAsDouble())), cancel);
        if (relaxed != null && relaxed.breaches() <= least.breaches()) {
            least = relaxed;
        }
        return new SolveResult(PlanMapping.toPlan(least, null), java.util.Optional.of(why), stats.get());
    }

    /**
     * The clash, when infeasibility can be proven within {@code seconds}; otherwise a "not found in
     * time" answer.
     */
    Infeasibility explain(double seconds, CancelToken cancel) {
        List<RuleGroup> core = minimalCore(seconds, cancel);
        return core == null ? notFound(null) : describe(core);
    }

    /** A clash shrunk until (time permitting) every rule in it is needed; null when none is proven in time. */
    List<RuleGroup> minimalCore(double seconds, CancelToken cancel) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        CpSatTeamModel m = CpSatTeamModel.build(c, CpSatTeamModel.Mode.EXPLAIN);
        List<RuleGroup> all = new ArrayList<>(m.groups.keySet());
        List<RuleGroup> core = core(m, all, end, cancel);
        if (core == null) {
            return null;
        }
        // Deletion: drop each rule in turn; if the rest still clash, it was not needed.
        for (RuleGroup g : new ArrayList<>(core)) {
            if (System.nanoTime() > end || cancel.isCancelled()) {
                break;
            }
            List<RuleGroup> without = new ArrayList<>(core);
            without.remove(g);
            List<RuleGroup> smaller = core(m, without, end, cancel);
            if (smaller != null) {
                core = smaller.size() < without.size() ? smaller : without;
            }
        }
        return core;
    }

    /** A subset of {@code assumed} that clashes, or null when they do not (or it is not known in time). */
    private List<RuleGroup> core(CpSatTeamModel m, List<RuleGroup> assumed, long end, CancelToken cancel) {
        m.model.clearAssumptions();
        Map<Integer, RuleGroup> byIndex = new HashMap<>();
        List<Literal> lits = new ArrayList<>();
        for (RuleGroup g : assumed) {
            BoolVar v = m.groups.get(g);
            lits.add(v);
            byIndex.put(v.getIndex(), g);
        }
        m.model.addAssumptions(lits.toArray(Literal[]::new));
        CpSolver solver = new CpSolver();
        var p = solver.getParameters();
        p.setNumWorkers(1);
        p.setRandomSeed((int) seed);
        p.setMaxTimeInSeconds(Math.max(0.05, (end - System.nanoTime()) / 1e9));
        Runnable stop = solver::stopSearch;
        cancel.onCancel(stop);
        CpSolverStatus status;
        try {
            status = solver.solve(m.model);
        } finally {
            cancel.remove(stop);
        }
        if (status != CpSolverStatus.INFEASIBLE) {
            return null;
        }
        List<RuleGroup> out = new ArrayList<>();
        for (int index : solver.sufficientAssumptionsForInfeasibility()) {
            RuleGroup g = byIndex.get(index >= 0 ? index : -index - 1);
            if (g != null && !out.contains(g)) {
                out.add(g);
            }
        }
        // An empty core means the rules kept as facts alone clash; fall back to all assumed rules.
        return out.isEmpty() ? new ArrayList<>(assumed) : out;
    }

    /** Whether exactly these rules (with H7 and the model's structure) admit no plan: for tests. */
    boolean clashes(List<RuleGroup> rules, double seconds) {
        CpSatTeamModel m = CpSatTeamModel.buildKeeping(c, CpSatTeamModel.Mode.EXPLAIN, Set.copyOf(rules)::contains);
        return core(m, new ArrayList<>(m.groups.keySet()), System.nanoTime() + (long) (seconds * 1e9),
                new CancelToken()) != null;
    }

    /** The plan that keeps the most rules (then scores the most), for display with its violations. */
    ScoreState leastViolating(ScoreState hint, double seconds, CancelToken cancel) {
        CpSatTeamModel m = CpSatTeamModel.build(c, CpSatTeamModel.Mode.RELAX);
        m.hint(hint);
        CpSolver solver = new CpSolver();
        var p = solver.getParameters();
        p.setNumWorkers(1);
        p.setLinearizationLevel(2);
        p.setRandomSeed((int) seed);
        p.setMaxTimeInSeconds(seconds);
        Runnable stop = solver::stopSearch;
        cancel.onCancel(stop);
        try {
            CpSolverStatus status = solver.solve(m.model);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return null;
            }
        } finally {
            cancel.remove(stop);
        }
        return m.extract(solver::value);
    }

    // ---- words ---------------------------------------------------------------------------------

    Infeasibility describe(List<RuleGroup> core) {
        List<RuleGroup> sorted = new ArrayList<>(core);
        sorted.sort((a, b) -> {
            int pa = a.proposal() < 0 ? Integer.MAX_VALUE : a.proposal();
            int pb = b.proposal() < 0 ? Integer.MAX_VALUE : b.proposal();
            return pa != pb ? Integer.compare(pa, pb) : a.kind().compareTo(b.kind());
        });
        List<Infeasibility.Clash> clashes = sorted.stream().map(g -> clash(g, sorted)).toList();
        String fr = "Aucun plan ne peut respecter toutes les règles à la fois : "
                + clashes.stream().map(Infeasibility.Clash::message).collect(Collectors.joining(" ; "))
                + ". Il faut assouplir l'une d'elles.";
        String en = "No plan can keep all the rules at once: "
                + clashes.stream().map(Infeasibility.Clash::messageEn).collect(Collectors.joining("; "))
                + ". One of them must be relaxed.";
        return new Infeasibility(true, clashes, fr, en);
    }

    private Infeasibility.Clash clash(RuleGroup g, List<RuleGroup> core) {
        int t = g.proposal();
        String pid = t >= 0 ? c.proposalId(t) : null;
        String who = g.participant() >= 0 ? c.participantId(g.participant()) : null;
        var s = c.settings();
        return switch (g.kind()) {
            case MAX_TEAMS -> new Infeasibility.Clash("H1", null, null,
                    "au plus " + s.maxTeams() + " équipes peuvent être retenues",
                    "at most " + s.maxTeams() + " teams may be retained");
            case MIN_SIZE -> new Infeasibility.Clash("H2", pid, null,
                    pid + " a besoin d'au moins " + c.minSize(t) + " membres ; seules " + c.candidates(t).length
                            + " personnes peuvent le rejoindre" + candidateMix(t, true),
                    pid + " needs at least " + c.minSize(t) + " members; only " + c.candidates(t).length
                            + " people may join it" + candidateMix(t, false));
            case MAX_SIZE -> new Infeasibility.Clash("H2", pid, null,
                    pid + " accepte au plus " + c.maxSize(t) + " membres",
                    pid + " takes at most " + c.maxSize(t) + " members");
            case DIVERSITY -> new Infeasibility.Clash("H3", pid, null,
                    pid + " doit réunir au moins " + s.minDistinctMinistries() + " ministères ; ses membres possibles "
                            + "viennent de " + ministriesOf(t).size() + " ministère(s)" + candidateMix(t, true),
                    pid + " needs at least " + s.minDistinctMinistries() + " ministries; its possible members come from "
                            + ministriesOf(t).size() + " ministr" + (ministriesOf(t).size() == 1 ? "y" : "ies")
                            + candidateMix(t, false));
            case MINISTRY_CAP -> {
                String m = c.ministryCode(g.ministry());
                long from = Arrays.stream(c.candidates(t)).filter(p -> c.ministryOf(p) == g.ministry()).count();
                yield new Infeasibility.Clash("H4", pid, null,
                        "au plus " + s.maxPerMinistry() + " membres de " + m + " dans " + pid + " (" + from
                                + " de ses membres possibles sont de " + m + ")",
                        "at most " + s.maxPerMinistry() + " members from " + m + " in " + pid + " (" + from
                                + " of its possible members are from " + m + ")");
            }
            case LOCK -> {
                // Say which short-handed team of the clash loses this person to the lock.
                List<String> elsewhere = core.stream()
                        .filter(o -> o.kind() == RuleGroup.Kind.MIN_SIZE && o.proposal() != t
                                && Arrays.stream(c.candidates(o.proposal())).anyMatch(p -> p == g.participant()))
                        .map(o -> c.proposalId(o.proposal())).toList();
                String fr = elsewhere.isEmpty() ? "" : " et ne peut donc pas rejoindre " + String.join(", ", elsewhere);
                String en = elsewhere.isEmpty() ? "" : " and so cannot join " + String.join(", ", elsewhere);
                yield new Infeasibility.Clash("H5", pid, who,
                        "l'organisateur a épinglé " + who + " à " + pid + ", qui doit donc être retenu" + fr,
                        who + " is pinned to " + pid + ", which must therefore be retained" + en);
            }
            case PROPOSER -> new Infeasibility.Clash("H6", pid, who,
                    who + " porte " + pid + " et doit en faire partie s'il est retenu",
                    who + " proposed " + pid + " and must join it if it is retained");
            case APART -> {
                String other = c.participantId(g.other());
                yield new Infeasibility.Clash("H8", null, who,
                        who + " et " + other + " doivent être séparés",
                        who + " and " + other + " must be kept apart");
            }
        };
    }

    private Map<String, Long> ministriesOf(int t) {
        Map<String, Long> counts = new TreeMap<>();
        for (int p : c.candidates(t)) {
            counts.merge(c.ministryCode(c.ministryOf(p)), 1L, Long::sum);
        }
        return counts;
    }

    /** " (3 MEFSIN, 2 MI, 1 MTE)" : who the possible members are, by ministry, largest first. */
    private String candidateMix(int t, boolean french) {
        Map<String, Long> counts = ministriesOf(t);
        if (counts.isEmpty()) {
            return "";
        }
        LinkedHashMap<String, Long> sorted = counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        String list = sorted.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        String rule = c.settings().onlyChosenProjects()
                ? (french ? "l'ayant choisi, porté ou épinglées : " : "who chose it, proposed it or are pinned to it: ")
                : "";
        return " (" + rule + list + ")";
    }
}
