package fr.equipage.ui.board;

import fr.equipage.service.BoardSnapshot;
import fr.equipage.engine.CompiledInstance;
import fr.equipage.engine.Evaluation;
import fr.equipage.engine.ParticipantExplanation;
import fr.equipage.engine.PlanMapping;
import fr.equipage.engine.ScoreState;
import fr.equipage.engine.Scorer;
import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The board's view-model, free of JavaFX so that its logic is tested without a screen: the workshop
 * (with its settings, pins and pairs), the plan being edited as an incremental {@link ScoreState},
 * and its {@link Evaluation}. Every edit re-scores at once and returns a {@link BoardChange} (before
 * and after) that the screen saves and hands to the undo manager. Not thread-safe: FX thread only.
 */
public final class BoardModel {
    private final EditLabels labels;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Instance instance;
    private CompiledInstance compiled;
    /** Null while no plan has been formed. */
    private ScoreState state;
    private Evaluation evaluation;
    /** Proven upper bound from the last optimisation; only valid while the rules, pins and pairs are unchanged. */
    private Long bound;
    private boolean optimisedHere;
    /**
     * A bound was known but the workshop changed since (people, proposals, rules): the board says the
     * gap is out of date instead of repeating a claim about another workshop.
     */
    private boolean boundOutdated;

    public BoardModel(EditLabels labels) {
        this.labels = labels;
    }

    /** Called after every change of what the board shows. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    // ---- loading ---------------------------------------------------------------------------

    /** Shows a workshop and its stored plan (null: no plan yet). */
    public void load(Instance workshop, Plan plan) {
        load(workshop, plan, false);
    }

    /**
     * Shows a workshop and its stored plan; {@code boundOutdated}: the plan's bound was proven on
     * the workshop as it was before a change, so it is dropped and said to be out of date.
     */
    public void load(Instance workshop, Plan plan, boolean boundOutdated) {
        boolean sameWorkshop = workshop.equals(instance);
        instance = workshop;
        compiled = CompiledInstance.of(workshop);
        bound = plan == null || boundOutdated ? null : plan.bound();
        // A reload of the same workshop keeps knowing that its bound went out of date.
        this.boundOutdated = plan != null && (boundOutdated || (sameWorkshop && this.boundOutdated && bound == null));
        state = plan == null ? null : toState(plan);
        evaluate();
        changed();
    }

    private ScoreState toState(Plan plan) {
        try {
            return PlanMapping.toState(compiled, PlanReconciler.fit(instance, plan));
        } catch (PlanMapping.PlanMismatchException e) {
            // Cannot happen after fitting; an empty board is still better than no board.
            return new ScoreState(compiled);
        }
    }

    private void evaluate() {
        evaluation = state == null ? null : Scorer.evaluate(state);
    }

    public BoardSnapshot snapshot() {
        return new BoardSnapshot(currentPlan(), instance.settings(), instance.locks(), instance.apart(),
                instance.together());
    }

    /** Puts the board back as a snapshot has it (undo and redo, in memory). */
    public void restore(BoardSnapshot s) {
        instance = new Instance(s.settings(), instance.ministries(), instance.proposals(), instance.participants(),
                s.locks(), s.apart(), s.together());
        compiled = CompiledInstance.of(instance);
        bound = s.plan() == null ? null : s.plan().bound();
        boundOutdated = s.plan() != null && bound == null && boundOutdated;
        state = s.plan() == null ? null : toState(s.plan());
        evaluate();
        changed();
    }

    // ---- reading ---------------------------------------------------------------------------

    public boolean isLoaded() {
        return instance != null;
    }

    public boolean hasPlan() {
        return state != null;
    }

    public Instance instance() {
        return instance;
    }

    public CompiledInstance compiled() {
        return compiled;
    }

    public Settings settings() {
        return instance.settings();
    }

    /** The plan's evaluation, or null while no plan exists. */
    public Evaluation evaluation() {
        return evaluation;
    }

    public Long bound() {
        return bound;
    }

    /** True when a gap or "prouvé" claim existed but no longer holds since the workshop changed. */
    public boolean boundOutdated() {
        return boundOutdated;
    }

    /** The plan as stored and exported (with its score and violations), or null. */
    public Plan currentPlan() {
        return state == null ? null : PlanMapping.toPlan(state, bound);
    }

    public Participant participant(String id) {
        int p = compiled.participantIndex(id);
        return p < 0 ? null : compiled.participant(p);
    }

    public Proposal proposal(String id) {
        int t = compiled.proposalIndex(id);
        return t < 0 ? null : compiled.proposal(t);
    }

    /** The proposal id of a person's team, or null when unassigned or without plan. */
    public String teamOf(String person) {
        if (state == null) {
            return null;
        }
        int t = state.teamOf(index(person));
        return t < 0 ? null : compiled.proposalId(t);
    }

    /** Ids of everyone without a team, in workshop order. */
    public List<String> unassigned() {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < compiled.participantCount(); p++) {
            if (state == null || state.teamOf(p) < 0) {
                out.add(compiled.participantId(p));
            }
        }
        return out;
    }

    /** The proposal a person is pinned to, or null. */
    public String pinOf(String person) {
        int lock = compiled.lockOf(index(person));
        return lock < 0 ? null : compiled.proposalId(lock);
    }

    /** 0-based rank of the person's team in their choices, -1 when not among them or unassigned. */
    public int rankObtained(String person) {
        String t = teamOf(person);
        return t == null ? -1 : compiled.rankOf(index(person), compiled.proposalIndex(t));
    }

    /** Whether the person proposed the project of the team they are in. */
    public boolean isProposerOfOwnTeam(String person) {
        String t = teamOf(person);
        return t != null && compiled.proposed(index(person), compiled.proposalIndex(t));
    }

    public boolean isProposer(String person) {
        return compiled.isProposer(index(person));
    }

    /** The people this person must be kept apart from / wishes to work with. */
    public List<String> apartFrom(String person) {
        return partners(instance.apart(), person);
    }

    public List<String> togetherWith(String person) {
        return partners(instance.together(), person);
    }

    private static List<String> partners(List<Pair> pairs, String person) {
        List<String> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.first().equals(person)) {
                out.add(p.second());
            } else if (p.second().equals(person)) {
                out.add(p.first());
            }
        }
        return out;
    }

    /** Why the person is where they are; null without plan. */
    public ParticipantExplanation explain(String person) {
        return state == null ? null : Scorer.explain(state, index(person));
    }

    public String name(String person) {
        Participant p = participant(person);
        return p == null ? person : p.name();
    }

    public String title(String proposal) {
        Proposal p = proposal(proposal);
        return p == null ? proposal : p.title().isBlank() ? proposal : p.title();
    }

    private int index(String person) {
        int p = compiled.participantIndex(person);
        if (p < 0) {
            throw new IllegalArgumentException("Participant inconnu : " + person);
        }
        return p;
    }

    // ---- previews (while dragging) ---------------------------------------------------------

    /** What dropping {@code person} on team {@code proposal} (null: unassigned) would do. */
    public MovePreview previewMove(String person, String proposal) {
        if (state == null || Objects.equals(teamOf(person), proposal)) {
            return MovePreview.NONE;
        }
        int t = proposal == null ? -1 : compiled.proposalIndex(proposal);
        ScoreState after = state.copy();
        after.move(index(person), t);
        String action = proposal == null ? labels.unassign(name(person)) : labels.move(name(person), title(proposal));
        return new MovePreview(action, after.total() - state.total(), true, newlyBroken(after));
    }

    /** What dropping {@code person} on {@code other} would do: swap them. */
    public MovePreview previewSwap(String person, String other) {
        if (state == null || person.equals(other) || Objects.equals(teamOf(person), teamOf(other))) {
            return MovePreview.NONE;
        }
        ScoreState after = state.copy();
        after.swap(index(person), index(other));
        return new MovePreview(labels.swap(name(person), name(other)), after.total() - state.total(), true,
                newlyBroken(after));
    }

    /** The rules the plan would break after a change and does not break now: what the drop costs besides points. */
    private List<fr.equipage.model.Violation> newlyBroken(ScoreState after) {
        List<fr.equipage.model.Violation> now = evaluation == null ? List.of() : evaluation.violations();
        return Scorer.violations(after).stream().filter(v -> !now.contains(v)).toList();
    }

    // ---- edits -----------------------------------------------------------------------------

    /** Moves a person to a team (null: unassigned); empty when nothing changes. */
    public Optional<BoardChange> move(String person, String proposal) {
        if (state == null || Objects.equals(teamOf(person), proposal)) {
            return Optional.empty();
        }
        String label = proposal == null ? labels.unassign(name(person)) : labels.move(name(person), title(proposal));
        return edit(label, () -> state.move(index(person), proposal == null ? -1 : compiled.proposalIndex(proposal)));
    }

    /** Exchanges the places of two people; empty when they already share a team. */
    public Optional<BoardChange> swap(String a, String b) {
        if (state == null || a.equals(b) || Objects.equals(teamOf(a), teamOf(b))) {
            return Optional.empty();
        }
        return edit(labels.swap(name(a), name(b)), () -> state.swap(index(a), index(b)));
    }

    /** Pins a person to the team they are in now, so that re-optimising keeps them there. */
    public Optional<BoardChange> pin(String person) {
        String team = teamOf(person);
        if (team == null || team.equals(pinOf(person))) {
            return Optional.empty();
        }
        List<Lock> locks = new ArrayList<>(instance.locks());
        locks.removeIf(l -> l.participant().equals(person));
        locks.add(new Lock(person, team));
        return rulesEdit(labels.pin(name(person), title(team)), instance.withLocks(locks));
    }

    public Optional<BoardChange> unpin(String person) {
        if (pinOf(person) == null) {
            return Optional.empty();
        }
        List<Lock> locks = new ArrayList<>(instance.locks());
        locks.removeIf(l -> l.participant().equals(person));
        return rulesEdit(labels.unpin(name(person)), instance.withLocks(locks));
    }

    public Optional<BoardChange> keepApart(String a, String b) {
        return pairEdit(a, b, true, true);
    }

    public Optional<BoardChange> removeApart(String a, String b) {
        return pairEdit(a, b, true, false);
    }

    public Optional<BoardChange> together(String a, String b) {
        return pairEdit(a, b, false, true);
    }

    public Optional<BoardChange> removeTogether(String a, String b) {
        return pairEdit(a, b, false, false);
    }

    private Optional<BoardChange> pairEdit(String a, String b, boolean apart, boolean add) {
        if (a.equals(b)) {
            return Optional.empty();
        }
        Pair pair = new Pair(a, b).normalised();
        List<Pair> pairs = new ArrayList<>(apart ? instance.apart() : instance.together());
        boolean present = pairs.stream().anyMatch(p -> p.normalised().equals(pair));
        if (present == add) {
            return Optional.empty();
        }
        if (add) {
            pairs.add(pair);
        } else {
            pairs.removeIf(p -> p.normalised().equals(pair));
        }
        String label = apart ? (add ? labels.apart(name(a), name(b)) : labels.removeApart(name(a), name(b)))
                : (add ? labels.together(name(a), name(b)) : labels.removeTogether(name(a), name(b)));
        Instance next = apart
                ? new Instance(instance.settings(), instance.ministries(), instance.proposals(), instance.participants(),
                        instance.locks(), pairs, instance.together())
                : new Instance(instance.settings(), instance.ministries(), instance.proposals(), instance.participants(),
                        instance.locks(), instance.apart(), pairs);
        return rulesEdit(label, next);
    }

    /**
     * New rules and weights, named for undo by what changed ({@code what}, e.g. "Nombre d'équipes"
     * and its new value; null for a reset to the defaults). The plan is kept and re-scored.
     */
    public Optional<BoardChange> changeSettings(Settings settings, String what, String value) {
        if (settings.equals(instance.settings())) {
            return Optional.empty();
        }
        String label = what == null ? labels.resetSettings() : labels.setting(what, value);
        return rulesEdit(label, instance.withSettings(settings));
    }

    /** Replaces the plan by an optimised one (its bound is kept to show the gap). */
    public BoardChange applyOptimised(Plan plan) {
        optimisedHere = true;
        return replacePlan(labels.optimise(), plan, plan.bound());
    }

    /** True once the engine ran in this window: the board then says which solver computed the plan. */
    public boolean optimisedHere() {
        return optimisedHere;
    }

    /** Makes a saved scenario the current plan (the one exported). */
    public BoardChange useScenario(String name, Plan plan) {
        return replacePlan(labels.useScenario(name), plan, null);
    }

    private BoardChange replacePlan(String label, Plan plan, Long newBound) {
        BoardSnapshot before = snapshot();
        state = toState(plan);
        bound = newBound;
        boundOutdated = false;
        evaluate();
        changed();
        return new BoardChange(label, before, snapshot());
    }

    /** A change of the plan alone: the bound still holds since the rules did not change. */
    private Optional<BoardChange> edit(String label, Runnable change) {
        BoardSnapshot before = snapshot();
        change.run();
        evaluate();
        changed();
        return Optional.of(new BoardChange(label, before, snapshot()));
    }

    /** A change of rules, pins or pairs: recompiles the workshop and re-scores the same assignment. */
    private Optional<BoardChange> rulesEdit(String label, Instance next) {
        BoardSnapshot before = snapshot();
        instance = next;
        compiled = CompiledInstance.of(next);
        boundOutdated = state != null && (bound != null || boundOutdated);
        bound = null;
        if (state != null) {
            state = ScoreState.of(compiled, state.assignment(), state.retainedTeams());
        }
        evaluate();
        changed();
        return Optional.of(new BoardChange(label, before, snapshot()));
    }
}
