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
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random instances small enough to enumerate every plan (≤ 7 participants, ≤ 3 proposals). */
final class TinyInstances {
    private TinyInstances() {
    }

    /**
     * Which settings a generated instance exercises: H7 on or off, negative weights (a cost for skills,
     * extra ministries, together pairs and a rank), a lock, an apart pair, a together pair.
     */
    record Combo(boolean onlyChosen, boolean negativeWeights, boolean lock, boolean apart, boolean together) {
        /** All 32 combinations. */
        static List<Combo> all() {
            List<Combo> out = new ArrayList<>();
            for (int bits = 0; bits < 32; bits++) {
                out.add(new Combo((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0));
            }
            return out;
        }
    }

    /** A feasible tiny instance, its seed and its enumerated optimum. */
    record Solved(long seed, Instance instance, CompiledInstance compiled, long optimum) {
    }

    /**
     * The first {@code count} feasible instances of {@code combo} among 400 seeds from {@code from}; fails
     * the test when those seeds do not give that many, so no property passes by checking nothing.
     */
    static List<Solved> feasible(Combo combo, long from, int count) {
        List<Solved> out = new ArrayList<>();
        for (long seed = from; seed < from + 400 && out.size() < count; seed++) {
            Instance in = random(seed, combo);
            CompiledInstance c = CompiledInstance.of(in);
            Long optimum = BruteForce.optimum(c);
            if (optimum != null) {
                out.add(new Solved(seed, in, c, optimum));
            }
        }
        org.assertj.core.api.Assertions.assertThat(out).as("feasible instances for %s", combo).hasSize(count);
        return out;
    }

    /** A random instance with exactly the given combination of settings. */
    static Instance random(long seed, Combo combo) {
        Random r = new Random(seed);
        Instance in = random(r.nextLong());
        Weights w = combo.negativeWeights()
                ? new Weights(List.of(10, -2, 5), -1 - r.nextInt(20), -1 - r.nextInt(4), -1 - r.nextInt(2), -1 - r.nextInt(5))
                : new Weights(List.of(10, 7, 5), -1 - r.nextInt(20), r.nextInt(5), r.nextInt(3), 1 + r.nextInt(5));
        Settings s = in.settings();
        Settings settings = new Settings(s.maxTeams(), s.minDistinctMinistries(), s.maxPerMinistry(),
                s.proposersJoinOwnProject(), combo.onlyChosen(), w);
        int n = in.participants().size();
        int props = in.proposals().size();
        List<Lock> locks = combo.lock() ? List.of(new Lock("u" + r.nextInt(n), "P" + r.nextInt(props))) : List.of();
        List<Pair> apart = combo.apart() ? List.of(new Pair("u0", "u1")) : List.of();
        List<Pair> together = combo.together() ? List.of(new Pair("u1", "u2")) : List.of();
        return new Instance(settings, in.ministries(), in.proposals(), in.participants(), locks, apart, together);
    }

    static Instance random(long seed) {
        Random r = new Random(seed);
        int n = 3 + r.nextInt(5);
        int props = 1 + r.nextInt(3);
        List<Ministry> ministries = List.of(new Ministry("A", "A", null), new Ministry("A1", "A1", "A"),
                new Ministry("B", "B", null), new Ministry("C", "C", null));
        List<Proposal> proposals = new ArrayList<>();
        for (int t = 0; t < props; t++) {
            int min = r.nextInt(3);
            int max = min + r.nextInt(3);
            List<String> skills = r.nextBoolean() ? List.of("x", "y") : List.of("y");
            List<String> proposers = r.nextInt(3) == 0 ? List.of("u" + r.nextInt(n)) : List.of();
            proposals.add(new Proposal("P" + t, "Projet " + t, "A", skills, min, max, proposers));
        }
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<String> choices = new ArrayList<>();
            for (int t = 0; t < props; t++) {
                if (r.nextInt(3) > 0) {
                    choices.add("P" + t);
                }
            }
            Collections.shuffle(choices, r);
            String ministry = ministries.get(r.nextInt(ministries.size())).code();
            List<String> skills = r.nextBoolean() ? List.of("x") : r.nextBoolean() ? List.of("y", "z") : List.of();
            people.add(new Participant("u" + p, "Agent", "" + p, null, ministry, skills, List.of(), choices));
        }
        List<Lock> locks = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            locks.add(new Lock("u" + r.nextInt(n), "P" + r.nextInt(props)));
        }
        List<Pair> apart = new ArrayList<>();
        List<Pair> together = new ArrayList<>();
        if (r.nextBoolean()) {
            apart.add(new Pair("u0", "u1"));
        }
        if (r.nextBoolean()) {
            together.add(new Pair("u1", "u2"));
        }
        Weights w = new Weights(List.of(10, 7, 5), -1 - r.nextInt(20), r.nextInt(5), r.nextInt(3) - 1, r.nextInt(6));
        Settings s = new Settings(1 + r.nextInt(props), 1 + r.nextInt(2), 1 + r.nextInt(2), r.nextInt(4) > 0,
                r.nextInt(4) > 0, w);
        return new Instance(s, ministries, proposals, people, locks, apart, together);
    }
}
