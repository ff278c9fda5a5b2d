package fr.equipage.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The CP-SAT model of spec §3–§4: {@code x[p][i]} is true when p joins its i-th allowed proposal
 * (H7 is built in: no variable exists for a proposal p may not join), {@code y[t]} when proposal t
 * is retained, and auxiliary booleans for each ministry present, skill covered and together pair
 * placed in a team. Its objective equals the spec score of the assignment whenever the auxiliaries
 * take their best values, so its best bound is a proven bound on the score.
 *
 * <p>In {@link Mode#EXPLAIN} and {@link Mode#RELAX} every rule except H7 is split into
 * {@link RuleGroup}s, each enforced by its own literal: EXPLAIN assumes them all (for an
 * infeasibility core), RELAX rewards keeping them (for the least-violating plan).
 */
final class CpSatTeamModel {
    enum Mode { OPTIMISE, EXPLAIN, RELAX }

    final CompiledInstance c;
    final Mode mode;
    final CpModel model = new CpModel();
    final BoolVar[][] x;
    final BoolVar[] y;
    final Map<RuleGroup, BoolVar> groups = new LinkedHashMap<>();
    private final LinearExprBuilder objective = LinearExpr.newBuilder();
    private final List<Aux> auxiliaries = new ArrayList<>();

    /** An auxiliary boolean: ministry a present in team t, skill a covered, or pair (a, b) together in t. */
    private record Aux(BoolVar v, int t, int kind, int a, int b) {
        static final int MINISTRY = 0;
        static final int SKILL = 1;
        static final int TOGETHER = 2;
    }

    /**
     * A part of the problem for the large-neighbourhood search: only these participants and
     * proposals get variables (everyone else stays where they are), with {@code maxTeams} what H1
     * leaves for them.
     */
    record Scope(boolean[] participants, boolean[] teams, int maxTeams, boolean[][] pairs) {
        Scope(boolean[] participants, boolean[] teams, int maxTeams) {
            this(participants, teams, maxTeams, null);
        }
    }

    private final Scope scope;

    private CpSatTeamModel(CompiledInstance c, Mode mode, java.util.function.Predicate<RuleGroup> keep) {
        this(c, mode, keep, null);
    }

    private CpSatTeamModel(CompiledInstance c, Mode mode, java.util.function.Predicate<RuleGroup> keep, Scope scope) {
        this.scope = scope;
        this.c = c;
        this.mode = mode;
        int n = c.participantCount();
        int teams = c.proposalCount();
        var s = c.settings();
        var w = c.weights();
        y = new BoolVar[teams];
        for (int t = 0; t < teams; t++) {
            y[t] = model.newBoolVar("y" + t);
        }
        x = new BoolVar[n][];
        List<List<BoolVar>> xt = new ArrayList<>();
        List<List<Integer>> pt = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            xt.add(new ArrayList<>());
            pt.add(new ArrayList<>());
        }
        objective.add((long) w.unassigned() * n);
        for (int p = 0; p < n; p++) {
            int[] allowed = c.allowed(p);
            x[p] = new BoolVar[allowed.length];
            if (scope != null && !scope.participants()[p]) {
                continue;
            }
            List<BoolVar> own = new ArrayList<>();
            for (int i = 0; i < allowed.length; i++) {
                int t = allowed[i];
                if (scope != null && (!scope.teams()[t] || scope.pairs() != null && !scope.pairs()[p][i])) {
                    continue;
                }
                x[p][i] = model.newBoolVar("x" + p + "_" + t);
                own.add(x[p][i]);
                // Membership implies retention: the strong form that keeps the LP bound tight.
                model.addImplication(x[p][i], y[t]);
                xt.get(t).add(x[p][i]);
                pt.get(t).add(p);
                objective.addTerm(x[p][i], (long) c.allowedWeight(p)[i] - w.unassigned());
            }
            if (own.size() > 1) {
                model.addAtMostOne(own.toArray(BoolVar[]::new));
            }
        }

        for (int t = 0; t < teams; t++) {
            if (scope != null && !scope.teams()[t]) {
                model.addEquality(y[t], 0);
                continue;
            }
            BoolVar[] members = xt.get(t).toArray(BoolVar[]::new);
            List<Integer> people = pt.get(t);
            int min = c.minSize(t);
            int max = c.maxSize(t);
            if (min > 0) {
                enforce(model.addGreaterOrEqual(LinearExpr.newBuilder().addSum(members).addTerm(y[t], -min), 0),
                        RuleGroup.minSize(t), keep);
            }
            if (members.length > max) {
                enforce(model.addLessOrEqual(LinearExpr.newBuilder().addSum(members).addTerm(y[t], -max), 0),
                        RuleGroup.maxSize(t), keep);
            }
            ministries(t, members, people, s.minDistinctMinistries(), s.maxPerMinistry(), w.extraMinistry(), keep);
            skills(t, members, people, w.skillCovered());
            for (int p : c.proposersOf(t)) {
                if (var(p, t) == null) {
                    // A proposer held in another team: its proposal cannot be retained in this scope.
                    model.addEquality(y[t], 0);
                } else {
                    enforce(model.addImplication(y[t], var(p, t)), RuleGroup.proposer(t, p), keep);
                }
            }
            for (int p : c.lockedIn(t)) {
                if (var(p, t) != null) {
                    enforce(model.addEquality(var(p, t), 1), RuleGroup.lock(p, t), keep);
                }
            }
        }
        int maxTeams = scope == null ? s.maxTeams() : scope.maxTeams();
        if (maxTeams < teams) {
            enforce(model.addLessOrEqual(LinearExpr.sum(y), maxTeams), RuleGroup.maxTeams(), keep);
        }
        int[][] apart = c.apartPairs();
        for (int k = 0; k < apart.length; k++) {
            for (int[] ij : common(apart[k][0], apart[k][1])) {
                enforce(model.addBoolOr(new Literal[] {x[apart[k][0]][ij[0]].not(), x[apart[k][1]][ij[1]].not()}),
                        RuleGroup.apart(apart[k][0], apart[k][1]), keep);
            }
        }
        if (w.together() != 0) {
            for (int[] pair : c.togetherPairs()) {
                for (int[] ij : common(pair[0], pair[1])) {
                    BoolVar g = model.newBoolVar("g");
                    auxiliaries.add(new Aux(g, c.allowed(pair[0])[ij[0]], Aux.TOGETHER, pair[0], pair[1]));
                    BoolVar a = x[pair[0]][ij[0]];
                    BoolVar b = x[pair[1]][ij[1]];
                    if (w.together() > 0) {
                        model.addImplication(g, a);
                        model.addImplication(g, b);
                    } else {
                        model.addBoolOr(new Literal[] {a.not(), b.not(), g});
                    }
                    objective.addTerm(g, w.together());
                }
            }
        }
        if (mode == Mode.OPTIMISE && c.stabilityWeight() > 0) {
            stability(scope);
        }
        if (mode == Mode.RELAX) {
            long m = relaxPenalty();
            for (BoolVar lit : groups.values()) {
                objective.addTerm(lit, m);
            }
        }
        if (mode != Mode.EXPLAIN) {
            model.maximize(objective);
        }
    }

    /**
     * On a re-run, the objective loses the stability weight for each person away from the current
     * board: "−w × (1 − x[p][board])", or "−w × Σ x[p]" for someone the board left unassigned.
     */
    private void stability(Scope scope) {
        long w = c.stabilityWeight();
        StartPlan board = c.start();
        for (int p = 0; p < x.length; p++) {
            int at = board.teamOf(p);
            if (at == StartPlan.NONE || scope != null && !scope.participants()[p]) {
                // Outside the scope a participant stays put: a constant, left out.
                continue;
            }
            if (at >= 0) {
                objective.add(-w);
                int i = c.allowedIndex(p, at);
                if (i >= 0 && x[p][i] != null) {
                    objective.addTerm(x[p][i], w);
                }
            } else {
                for (BoolVar v : x[p]) {
                    if (v != null) {
                        objective.addTerm(v, -w);
                    }
                }
            }
        }
    }

    static CpSatTeamModel build(CompiledInstance c, Mode mode) {
        return new CpSatTeamModel(c, mode, g -> true);
    }

    /** The optimisation model of a part of the problem only (see {@link Scope}). */
    static CpSatTeamModel buildScope(CompiledInstance c, Scope scope) {
        return new CpSatTeamModel(c, Mode.OPTIMISE, g -> true, scope);
    }

    /** A model whose rule groups outside {@code keep} are left out entirely (to re-check a core). */
    static CpSatTeamModel buildKeeping(CompiledInstance c, Mode mode, java.util.function.Predicate<RuleGroup> keep) {
        return new CpSatTeamModel(c, mode, keep);
    }

    private void ministries(int t, BoolVar[] members, List<Integer> people, int minDistinct, int cap,
                            int weight, java.util.function.Predicate<RuleGroup> keep) {
        Map<Integer, List<BoolVar>> byMinistry = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            byMinistry.computeIfAbsent(c.ministryOf(people.get(i)), k -> new ArrayList<>()).add(members[i]);
        }
        List<BoolVar> present = new ArrayList<>();
        for (var e : new java.util.TreeMap<>(byMinistry).entrySet()) {
            BoolVar[] from = e.getValue().toArray(BoolVar[]::new);
            if (from.length > cap) {
                // "≤ cap × y" rather than "≤ cap": the same integer points, a tighter LP bound.
                enforce(model.addLessOrEqual(LinearExpr.newBuilder().addSum(from).addTerm(y[t], -cap), 0),
                        RuleGroup.ministryCap(t, e.getKey()), keep);
            }
            if (minDistinct > 0 || weight != 0) {
                BoolVar z = model.newBoolVar("z" + t + "_" + e.getKey());
                auxiliaries.add(new Aux(z, t, Aux.MINISTRY, e.getKey(), -1));
                // z may only be true when a member comes from that ministry…
                model.addBoolOr(concat(from, z.not()));
                model.addImplication(z, y[t]);
                if (weight < 0) {
                    // …and, when extra ministries cost points, must be true then.
                    for (BoolVar v : from) {
                        model.addImplication(v, z);
                    }
                }
                present.add(z);
            }
        }
        if (minDistinct > 0) {
            enforce(model.addGreaterOrEqual(LinearExpr.newBuilder().addSum(present.toArray(BoolVar[]::new))
                    .addTerm(y[t], -minDistinct), 0), RuleGroup.diversity(t), keep);
        }
        if (weight != 0) {
            for (BoolVar z : present) {
                objective.addTerm(z, weight);
            }
            objective.addTerm(y[t], -(long) weight * minDistinct);
        }
    }

    private void skills(int t, BoolVar[] members, List<Integer> people, int weight) {
        if (weight == 0) {
            return;
        }
        for (int k : c.proposalSkills(t)) {
            List<BoolVar> holders = new ArrayList<>();
            for (int i = 0; i < members.length; i++) {
                if (c.hasSkill(people.get(i), k)) {
                    holders.add(members[i]);
                }
            }
            if (holders.isEmpty()) {
                continue;
            }
            BoolVar covered = model.newBoolVar("s" + t + "_" + k);
            auxiliaries.add(new Aux(covered, t, Aux.SKILL, k, -1));
            BoolVar[] from = holders.toArray(BoolVar[]::new);
            model.addBoolOr(concat(from, covered.not()));
            model.addImplication(covered, y[t]);
            if (weight < 0) {
                for (BoolVar v : from) {
                    model.addImplication(v, covered);
                }
            }
            objective.addTerm(covered, weight);
        }
    }

    private static Literal[] concat(BoolVar[] from, Literal extra) {
        Literal[] out = new Literal[from.length + 1];
        System.arraycopy(from, 0, out, 0, from.length);
        out[from.length] = extra;
        return out;
    }

    /** Index pairs (i, j) of teams both could share, where both have a variable. */
    private List<int[]> common(int a, int b) {
        return c.commonAllowed(a, b).stream().filter(ij -> x[a][ij[0]] != null && x[b][ij[1]] != null).toList();
    }

    BoolVar var(int p, int t) {
        int i = c.allowedIndex(p, t);
        return x[p][i];
    }

    private void enforce(Constraint ct, RuleGroup group, java.util.function.Predicate<RuleGroup> keep) {
        if (mode == Mode.OPTIMISE) {
            return;
        }
        if (!keep.test(group)) {
            // Not part of the rules being re-checked: the constraint must not bind.
            ct.onlyEnforceIf(model.falseLiteral());
            return;
        }
        ct.onlyEnforceIf(groups.computeIfAbsent(group, g -> model.newBoolVar(g.toString())));
    }

    /** A weight for keeping one rule group that outweighs any difference in score. */
    private long relaxPenalty() {
        var w = c.weights();
        long perPerson = Math.abs(w.unassigned()) + Math.abs(w.together()) * 2L;
        for (int v : w.choice()) {
            perPerson = Math.max(perPerson, Math.abs(v) + Math.abs(w.unassigned()) + Math.abs(w.together()) * 2L);
        }
        long range = perPerson * c.participantCount();
        for (int t = 0; t < c.proposalCount(); t++) {
            range += Math.abs((long) w.skillCovered()) * c.proposalSkills(t).length
                    + Math.abs((long) w.extraMinistry()) * (c.ministryCount() + c.settings().minDistinctMinistries());
        }
        range += Math.abs((long) w.together()) * c.togetherPairs().length;
        return range + 1;
    }

    /**
     * Keeps only plans scoring more than {@code incumbent}: the objective must exceed it and every
     * variable the LP's reduced costs fix for such plans is fixed (first runs only: the objective is
     * then the score). Returns how many variables were fixed. An infeasible model then proves the
     * incumbent optimal.
     */
    int restrictToBetterThan(ReducedCosts rc, long incumbent, long upperBound) {
        model.addGreaterOrEqual(objective.build(), incumbent + 1);
        // The LP bound as a cap on the objective: CP-SAT's own bound starts there.
        model.addLessOrEqual(objective.build(), Math.max(incumbent + 1, upperBound));
        int fixed = 0;
        for (int t = 0; t < y.length; t++) {
            byte v = rc.team(t, incumbent);
            if (v != ReducedCosts.FREE) {
                model.addEquality(y[t], v);
                fixed++;
            }
        }
        for (int p = 0; p < x.length; p++) {
            for (int i = 0; i < x[p].length; i++) {
                byte v = x[p][i] == null ? ReducedCosts.FREE : rc.member(p, i, incumbent);
                if (v != ReducedCosts.FREE) {
                    model.addEquality(x[p][i], v);
                    fixed++;
                }
            }
        }
        return fixed;
    }

    /**
     * Leaves out every pair the LP solution {@code lpX} (per participant and allowed index) puts at 0:
     * a heuristic restriction, not a relaxation, so its bound proves nothing. Returns how many.
     */
    int keepLpSupport(double[][] lpX) {
        int fixed = 0;
        for (int p = 0; p < x.length; p++) {
            for (int i = 0; i < x[p].length; i++) {
                if (x[p][i] != null && !LpSupportSearch.inSupport(lpX[p][i])) {
                    model.addEquality(x[p][i], 0);
                    fixed++;
                }
            }
        }
        return fixed;
    }

    /** Hints the solver with a plan (a warm start). */
    void hint(ScoreState s) {
        for (int p = 0; p < x.length; p++) {
            int[] allowed = c.allowed(p);
            for (int i = 0; i < allowed.length; i++) {
                if (x[p][i] != null) {
                    model.addHint(x[p][i], s.teamOf(p) == allowed[i] ? 1 : 0);
                }
            }
        }
        for (int t = 0; t < y.length; t++) {
            model.addHint(y[t], s.isRetained(t) ? 1 : 0);
        }
        // A complete hint (auxiliaries included) is a solution at once, not a search direction.
        for (Aux a : auxiliaries) {
            boolean value = switch (a.kind) {
                case Aux.MINISTRY -> s.ministryCount(a.t, a.a) > 0;
                case Aux.SKILL -> hasCovered(s, a.t, a.a);
                default -> s.teamOf(a.a) == a.t && s.teamOf(a.b) == a.t;
            };
            model.addHint(a.v, value ? 1 : 0);
        }
    }

    private boolean hasCovered(ScoreState s, int t, int skill) {
        int[] skills = c.proposalSkills(t);
        for (int i = 0; i < skills.length; i++) {
            if (skills[i] == skill) {
                return s.isSkillCovered(t, i);
            }
        }
        return false;
    }

    /** The plan of a solution, read through {@code value} (a solver or a solution callback). */
    ScoreState extract(ToLongFunction<BoolVar> value) {
        int[] teamOf = new int[x.length];
        boolean[] retained = new boolean[y.length];
        for (int t = 0; t < y.length; t++) {
            retained[t] = value.applyAsLong(y[t]) != 0;
        }
        for (int p = 0; p < x.length; p++) {
            teamOf[p] = -1;
            for (int i = 0; i < x[p].length; i++) {
                if (x[p][i] != null && value.applyAsLong(x[p][i]) != 0) {
                    teamOf[p] = c.allowed(p)[i];
                }
            }
        }
        return ScoreState.of(c, teamOf, retained);
    }

    static ToLongFunction<BoolVar> values(CpSolverSolutionCallback cb) {
        return cb::value;
    }
}
