package fr.equipage.engine;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@link Instance} turned into arrays of ints, built once and shared (it is immutable) by the
 * scorer, the incremental {@link ScoreState}, the local search and the CP-SAT model.
 *
 * <p>Participants, proposals, top-level ministries and skills are numbered in instance order.
 * The instance must have passed {@link InstanceValidator}; references are not re-checked here.
 */
public final class CompiledInstance {
    /** Ministry index given to a participant without a ministry: they all count as one "unknown" ministry. */
    public static final String NO_MINISTRY = "?";

    private final Instance instance;
    private final Settings settings;
    private final int[] choiceWeights;
    private final int n;
    private final int teams;
    private final String[] participantIds;
    private final String[] proposalIds;
    private final Map<String, Integer> participantIndex = new HashMap<>();
    private final Map<String, Integer> proposalIndex = new HashMap<>();
    private final String[] ministryCodes;
    private final int[] ministryOf;
    private final String[] skillCodes;
    private final int[][] participantSkills;
    private final int[][] proposalSkills;
    /** Team sizes by index: read at every move of the local search (a list lookup and a record there cost 10 %). */
    private final int[] minSize;
    private final int[] maxSize;
    private final int[][] choices;
    private final int[][] proposersOf;
    private final int[][] proposedBy;
    /**
     * Whether each participant proposed anything, in one flat array: asked on every move of the annealing, it spares most
     * people the read of {@code proposedBy[p]} (one small array per person, most of them empty, each elsewhere in memory).
     */
    private final boolean[] proposes;
    private static final int[] NONE = new int[0];
    /** H6 applies: {@code settings.proposersJoinOwnProject}. */
    private final boolean proposersJoin;
    private final int[] lockOf;
    private final int[][] lockedIn;
    private final int[][] allowed;
    private final int[][] allowedWeight;
    /**
     * Every proposal is allowed to everyone ({@code onlyChosenProjects} off): then {@code allowed[p][t] == t} and a
     * pair's index needs no search. Why: the annealing asks for a pair's choice score and whether it is allowed on each
     * move; on open workshops, where each person has every proposal, the binary searches took half its time (1,000 open).
     */
    private final boolean allAllowed;
    private final int[][] candidates;
    private final int[][] apartPairs;
    private final int[][] togetherPairs;
    private final int[][] apartOf;
    private final int[][] togetherOf;
    /** The current board of a re-run, or null; set once by {@link #of(Instance, fr.equipage.model.Plan)}. */
    private StartPlan start;

    private CompiledInstance(Instance in) {
        this.instance = in;
        this.proposersJoin = in.settings().proposersJoinOwnProject();
        this.settings = in.settings();
        Weights w = settings.weights();
        this.choiceWeights = w.choice().stream().mapToInt(Integer::intValue).toArray();
        List<Participant> people = in.participants();
        List<Proposal> props = in.proposals();
        n = people.size();
        teams = props.size();
        participantIds = new String[n];
        proposalIds = new String[teams];
        for (int p = 0; p < n; p++) {
            participantIds[p] = people.get(p).id();
            participantIndex.put(participantIds[p], p);
        }
        for (int t = 0; t < teams; t++) {
            proposalIds[t] = props.get(t).id();
            proposalIndex.put(proposalIds[t], t);
        }

        Map<String, String> parentOf = new HashMap<>();
        for (Ministry m : in.ministries()) {
            parentOf.put(m.code(), m.parent());
        }
        Map<String, Integer> topIndex = new HashMap<>();
        List<String> tops = new ArrayList<>();
        ministryOf = new int[n];
        for (int p = 0; p < n; p++) {
            String top = IndexLists.topOf(people.get(p).ministry(), parentOf);
            ministryOf[p] = topIndex.computeIfAbsent(top, k -> {
                tops.add(k);
                return tops.size() - 1;
            });
        }
        ministryCodes = tops.toArray(String[]::new);

        Map<String, Integer> skillIndex = new HashMap<>();
        List<String> skills = new ArrayList<>();
        proposalSkills = new int[teams][];
        minSize = props.stream().mapToInt(Proposal::minSize).toArray();
        maxSize = props.stream().mapToInt(Proposal::maxSize).toArray();
        for (int t = 0; t < teams; t++) {
            // A skill listed twice in a proposal is covered once: the spec counts the proposal's skills.
            proposalSkills[t] = new LinkedHashSet<>(props.get(t).skills()).stream()
                    .mapToInt(s -> skillIndex.computeIfAbsent(s, k -> {
                        skills.add(k);
                        return skills.size() - 1;
                    })).toArray();
        }
        participantSkills = new int[n][];
        for (int p = 0; p < n; p++) {
            // Skills no proposal asks for can never score: they are left out.
            participantSkills[p] = people.get(p).skills().stream().filter(skillIndex::containsKey)
                    .mapToInt(skillIndex::get).distinct().sorted().toArray();
        }
        skillCodes = skills.toArray(String[]::new);

        choices = new int[n][];
        for (int p = 0; p < n; p++) {
            choices[p] = people.get(p).choices().stream().map(proposalIndex::get)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        proposersOf = new int[teams][];
        List<List<Integer>> proposed = IndexLists.lists(n);
        for (int t = 0; t < teams; t++) {
            proposersOf[t] = props.get(t).proposers().stream().map(participantIndex::get)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).distinct().toArray();
            for (int p : proposersOf[t]) {
                proposed.get(p).add(t);
            }
        }
        proposedBy = IndexLists.toArrays(proposed);
        proposes = new boolean[n];
        for (int p = 0; p < n; p++) {
            proposes[p] = proposedBy[p].length > 0;
        }
        lockOf = new int[n];
        Arrays.fill(lockOf, -1);
        List<List<Integer>> locked = IndexLists.lists(teams);
        for (Lock l : in.locks()) {
            Integer p = participantIndex.get(l.participant());
            Integer t = proposalIndex.get(l.proposal());
            if (p != null && t != null && lockOf[p] < 0) {
                lockOf[p] = t;
                locked.get(t).add(p);
            }
        }
        lockedIn = IndexLists.toArrays(locked);

        allowed = new int[n][];
        allowedWeight = new int[n][];
        List<List<Integer>> cands = IndexLists.lists(teams);
        for (int p = 0; p < n; p++) {
            TreeSet<Integer> set = new TreeSet<>();
            if (settings.onlyChosenProjects()) {
                for (int t : choices[p]) {
                    set.add(t);
                }
                for (int t : proposedBy[p]) {
                    set.add(t);
                }
                if (lockOf[p] >= 0) {
                    set.add(lockOf[p]);
                }
            } else {
                for (int t = 0; t < teams; t++) {
                    set.add(t);
                }
            }
            allowed[p] = set.stream().mapToInt(Integer::intValue).toArray();
            allowedWeight[p] = new int[allowed[p].length];
            for (int i = 0; i < allowed[p].length; i++) {
                allowedWeight[p][i] = computeChoiceWeight(p, allowed[p][i]);
                cands.get(allowed[p][i]).add(p);
            }
        }
        candidates = IndexLists.toArrays(cands);
        allAllowed = !settings.onlyChosenProjects();

        apartPairs = IndexLists.pairs(in.apart(), participantIndex);
        togetherPairs = IndexLists.pairs(in.together(), participantIndex);
        apartOf = IndexLists.adjacency(apartPairs, n);
        togetherOf = IndexLists.adjacency(togetherPairs, n);
    }

    public static CompiledInstance of(Instance instance) {
        return new CompiledInstance(instance);
    }

    /**
     * The instance for a re-run from the organiser's current board {@code current} (null: a first
     * run): the solver starts from it, and the instance's stability weight applies to each person
     * moved away from it.
     */
    public static CompiledInstance of(Instance instance, fr.equipage.model.Plan current) {
        CompiledInstance c = new CompiledInstance(instance);
        if (current != null) {
            c.start = StartPlan.of(c, current, instance.settings().weights().rerunStability());
        }
        return c;
    }

    private int computeChoiceWeight(int p, int t) {
        for (int q : proposedBy[p]) {
            if (q == t) {
                return choiceWeight(0);
            }
        }
        return choiceWeight(rankOf(p, t));
    }

    private int choiceWeight(int rank) {
        return rank >= 0 && rank < choiceWeights.length ? choiceWeights[rank] : 0;
    }

    // ---- accessors -------------------------------------------------------------------------

    public Instance instance() {
        return instance;
    }

    public Settings settings() {
        return settings;
    }

    public Weights weights() {
        return settings.weights();
    }

    public int participantCount() {
        return n;
    }

    public int proposalCount() {
        return teams;
    }

    public int ministryCount() {
        return ministryCodes.length;
    }

    public int skillCount() {
        return skillCodes.length;
    }

    public String participantId(int p) {
        return participantIds[p];
    }

    public String proposalId(int t) {
        return proposalIds[t];
    }

    public Proposal proposal(int t) {
        return instance.proposals().get(t);
    }

    public Participant participant(int p) {
        return instance.participants().get(p);
    }

    /** Index of a participant id, or -1. */
    public int participantIndex(String id) {
        Integer i = participantIndex.get(id);
        return i == null ? -1 : i;
    }

    /** Index of a proposal id, or -1. */
    public int proposalIndex(String id) {
        Integer i = proposalIndex.get(id);
        return i == null ? -1 : i;
    }

    /** Code of a top-level ministry index. */
    public String ministryCode(int m) {
        return ministryCodes[m];
    }

    /** Top-level ministry (index) of a participant: the top of its parent chain. */
    public int ministryOf(int p) {
        return ministryOf[p];
    }

    public String skillCode(int k) {
        return skillCodes[k];
    }

    /** Sorted distinct skill indices of a participant (only skills some proposal asks for). */
    public int[] participantSkills(int p) {
        return participantSkills[p];
    }

    /** Distinct skill indices a proposal asks for. */
    public int[] proposalSkills(int t) {
        return proposalSkills[t];
    }

    public boolean hasSkill(int p, int skill) {
        return Arrays.binarySearch(participantSkills[p], skill) >= 0;
    }

    /** How many of proposal t's skills participant p holds. */
    public int skillsBrought(int p, int t) {
        int n = 0;
        for (int skill : proposalSkills[t]) {
            n += hasSkill(p, skill) ? 1 : 0;
        }
        return n;
    }

    /** Proposal indices in the participant's order of preference. */
    public int[] choices(int p) {
        return choices[p];
    }

    /** 0-based rank of proposal t in p's choices, or -1. */
    public int rankOf(int p, int t) {
        int[] c = choices[p];
        for (int r = 0; r < c.length; r++) {
            if (c[r] == t) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The proposers rule H6 holds in team t: its proposers when {@code proposersJoinOwnProject}, none
     * otherwise. (A proposer still scores its first-choice weight in its own proposal either way, and
     * may always join it under H7: see {@link #proposed}.)
     */
    public int[] proposersOf(int t) {
        return proposersJoin ? proposersOf[t] : NONE;
    }

    /** The proposals whose team H6 holds p in: those it proposed when proposers join, none otherwise. */
    public int[] proposedBy(int p) {
        return proposersJoin ? proposedBy[p] : NONE;
    }

    /** Whether H6 holds p in team t. */
    public boolean isProposerOf(int p, int t) {
        return proposersJoin && proposed(p, t);
    }

    /** Whether p proposed t, whatever the settings say of H6. */
    public boolean proposed(int p, int t) {
        if (!proposes[p]) {
            return false;
        }
        for (int q : proposedBy[p]) {
            if (q == t) {
                return true;
            }
        }
        return false;
    }

    /** Whether p proposed anything, whatever the settings say of H6. */
    public boolean isProposer(int p) {
        return proposes[p];
    }

    /** The proposal p is locked to, or -1. */
    public int lockOf(int p) {
        return lockOf[p];
    }

    public int[] lockedIn(int t) {
        return lockedIn[t];
    }

    /**
     * Index pairs (i, j) such that {@code allowed(a)[i] == allowed(b)[j]}: the teams two people could
     * share, as positions in each one's allowed list (both lists are sorted).
     */
    public List<int[]> commonAllowed(int a, int b) {
        List<int[]> out = new java.util.ArrayList<>();
        int[] ta = allowed(a);
        int[] tb = allowed(b);
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] == tb[j]) {
                out.add(new int[] {i, j});
                i++;
                j++;
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** Proposals p may join under H7 (sorted); every proposal when {@code onlyChosenProjects} is off. */
    public int[] allowed(int p) {
        return allowed[p];
    }

    /** Choice score of p for each entry of {@link #allowed(int)}. */
    public int[] allowedWeight(int p) {
        return allowedWeight[p];
    }

    /** Number of (participant, proposal) pairs H7 allows: the size of the assignment model. */
    public long allowedPairCount() {
        long pairs = 0;
        for (int[] a : allowed) {
            pairs += a.length;
        }
        return pairs;
    }

    /** Participants allowed in proposal t (H7), in index order. */
    public int[] candidates(int t) {
        return candidates[t];
    }

    public boolean isAllowed(int p, int t) {
        return allowedIndex(p, t) >= 0;
    }

    /** The index of t in {@link #allowed}(p), or a negative number when p may not join t. */
    public int allowedIndex(int p, int t) {
        if (allAllowed) {
            return t >= 0 && t < allowed[p].length ? t : -1;
        }
        return Arrays.binarySearch(allowed[p], t);
    }

    /** The choice part of the score for p placed in t (spec §4), whether or not t is allowed. */
    public int choiceScore(int p, int t) {
        int i = allowedIndex(p, t);
        return i >= 0 ? allowedWeight[p][i] : computeChoiceWeight(p, t);
    }

    /** Apart pairs as [a, b] participant indices (deduplicated). */
    public int[][] apartPairs() {
        return apartPairs;
    }

    public int[][] togetherPairs() {
        return togetherPairs;
    }

    public int[] apartOf(int p) {
        return apartOf[p];
    }

    public int[] togetherOf(int p) {
        return togetherOf[p];
    }

    public int minSize(int t) {
        return minSize[t];
    }

    public int maxSize(int t) {
        return maxSize[t];
    }

    /** The current board of a re-run, or null on a first run. */
    StartPlan start() {
        return start;
    }

    /** Points lost per person moved away from the current board: 0 on a first run. */
    public int stabilityWeight() {
        return start == null ? 0 : start.weight();
    }

    /** Number of choice weights, i.e. the ranks that score. */
    public int rankCount() {
        return choiceWeights.length;
    }
}
