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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic launch days for the benchmark and the tests: a ministry mix skewed as in
 * reality (Économie and its administrations INSEE, DGFiP, DGDDI are the largest group), 3–5 ranked
 * choices with a popularity skew, one or two proposers per proposal, about 1 % of participants
 * locked, and a few apart and together pairs. The same seed gives the same instance.
 */
public final class InstanceGenerator {
    /** Ministry code, parent (or null) and relative headcount. */
    private static final Object[][] MINISTRIES = {
            {"MEFSIN", null, 8}, {"INSEE", "MEFSIN", 6}, {"DGFIP", "MEFSIN", 10}, {"DGDDI", "MEFSIN", 5},
            {"MI", null, 8}, {"MINARM", null, 6}, {"MTE", null, 6}, {"MSS", null, 5}, {"MEN", null, 5},
            {"MESR", null, 4}, {"MJ", null, 4}, {"MC", null, 2}, {"MASA", null, 3}, {"MEAE", null, 2},
            {"SPM", null, 2}, {"DINUM", "SPM", 3}, {"MTRAV", null, 3},
    };
    private static final String[] SKILLS = {
            "data-science", "data-engineering", "nlp", "vision", "statistique", "dev-web", "dev-mobile", "ux",
            "design", "juridique", "achat-public", "product-owner", "devops", "securite", "cartographie", "sig",
            "finance-publique", "fiscalite", "douane", "sante-publique", "education", "communication",
            "conduite-changement", "architecture", "api"};

    private InstanceGenerator() {
    }

    /** At most this many members of one ministry per team in generated workshops (open ones allow 3). */
    private static final int MAX_PER_MINISTRY = 2;
    private static final int OPEN_MAX_PER_MINISTRY = 3;

    /** A launch day of n participants (about 0.15 n proposals, 80 % of them may become teams). */
    public static Instance generate(int n, long seed) {
        int proposals = Math.max(4, (int) Math.ceil(n * 0.15));
        return generate(n, proposals, Math.max(2, Math.round(proposals * 0.8f)), seed);
    }

    /**
     * An "open" launch day: anyone may join any proposal ({@code onlyChosenProjects: false}), up to
     * three per ministry in a team, with more proposals (0.2 n) and teams (two thirds of them) than a
     * default day — the densest kind of workshop the engine meets.
     */
    public static Instance generateOpen(int n, long seed) {
        int proposals = Math.max(4, Math.round(n * 0.2f));
        Instance in = generate(n, proposals, Math.max(2, proposals * 2 / 3), seed, OPEN_MAX_PER_MINISTRY);
        Settings s = in.settings();
        Settings open = new Settings(s.maxTeams(), s.minDistinctMinistries(), OPEN_MAX_PER_MINISTRY,
                s.proposersJoinOwnProject(), false, s.weights());
        return new Instance(open, in.ministries(), in.proposals(), in.participants(), in.locks(), in.apart(), in.together());
    }

    public static Instance generate(int n, int proposalCount, int maxTeams, long seed) {
        return generate(n, proposalCount, maxTeams, seed, MAX_PER_MINISTRY);
    }

    /** {@code maxPerMinistry}: the rule the locks must leave satisfiable (the settings still say 2). */
    private static Instance generate(int n, int proposalCount, int maxTeams, long seed, int maxPerMinistry) {
        Random rnd = new Random(seed);
        List<Ministry> ministries = new ArrayList<>();
        int totalWeight = 0;
        for (Object[] m : MINISTRIES) {
            ministries.add(new Ministry((String) m[0], (String) m[0], (String) m[1]));
            totalWeight += (Integer) m[2];
        }
        double[] popularity = new double[proposalCount];
        for (int t = 0; t < proposalCount; t++) {
            popularity[t] = 1.0 / Math.pow(t + 1, 0.7);
        }
        shuffle(popularity, rnd);
        double popTotal = 0;
        for (double v : popularity) {
            popTotal += v;
        }

        List<List<String>> choices = new ArrayList<>();
        List<String> ministryOf = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            ministryOf.add(pickMinistry(rnd, totalWeight));
            int k = 3 + rnd.nextInt(3);
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < Math.min(k, proposalCount)) {
                chosen.add(pid(pick(popularity, popTotal, rnd)));
            }
            choices.add(new ArrayList<>(chosen));
        }

        List<Proposal> proposals = new ArrayList<>();
        Set<Integer> proposers = new HashSet<>();
        for (int t = 0; t < proposalCount; t++) {
            List<String> own = new ArrayList<>();
            int count = rnd.nextInt(10) < 2 ? 2 : 1;
            for (int i = 0; i < count && proposers.size() < n; i++) {
                int p;
                do {
                    p = rnd.nextInt(n);
                } while (!proposers.add(p));
                own.add(uid(p));
                if (rnd.nextInt(10) < 7) {
                    // Most proposers also list their own proposal first.
                    List<String> c = choices.get(p);
                    c.remove(pid(t));
                    c.add(0, pid(t));
                }
            }
            int min = 3 + rnd.nextInt(3);
            int max = min + 2 + rnd.nextInt(3);
            Set<String> skills = new LinkedHashSet<>();
            int sk = 2 + rnd.nextInt(3);
            while (skills.size() < sk) {
                skills.add(SKILLS[rnd.nextInt(SKILLS.length)]);
            }
            String ministry = ministryOf.get(own.isEmpty() ? rnd.nextInt(n) : Integer.parseInt(own.get(0).substring(1)));
            proposals.add(new Proposal(pid(t), "Projet " + (t + 1), ministry, new ArrayList<>(skills), min, max, own));
        }

        List<Participant> participants = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Set<String> skills = new LinkedHashSet<>();
            int sk = 1 + rnd.nextInt(4);
            while (skills.size() < sk) {
                skills.add(SKILLS[rnd.nextInt(SKILLS.length)]);
            }
            participants.add(new Participant(uid(p), "Agent", String.valueOf(p), null, ministryOf.get(p),
                    new ArrayList<>(skills), List.of(), choices.get(p)));
        }

        List<Lock> locks = new ArrayList<>();
        Set<String> lockedProposals = new HashSet<>();
        int lockCount = Math.max(1, n / 100);
        for (int tries = 0; locks.size() < lockCount && tries < 20 * lockCount; tries++) {
            int p = rnd.nextInt(n);
            String first = choices.get(p).get(0);
            // One lock per proposal, no proposer locked, and not a third member of one ministry beside two proposers
            // of it (the team must be formed with both): locks stay satisfiable, as in a real workshop. Without that
            // last check the 10,000-person instance of seed 2 had no plan at all.
            if (!proposers.contains(p) && lockedProposals.size() < maxTeams
                    && sameMinistryProposers(proposals, first, ministryOf, ministries, ministryOf.get(p)) < maxPerMinistry
                    && lockedProposals.add(first)) {
                locks.add(new Lock(uid(p), first));
            }
        }
        List<Pair> apart = new ArrayList<>();
        for (int i = 0; i < Math.max(1, n / 50); i++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a != b) {
                apart.add(new Pair(uid(a), uid(b)));
            }
        }
        List<Pair> together = new ArrayList<>();
        for (int i = 0; i < Math.max(1, n / 40); i++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a != b) {
                together.add(new Pair(uid(a), uid(b)));
            }
        }
        Settings settings = new Settings(maxTeams, 3, MAX_PER_MINISTRY, true, true, Weights.DEFAULT);
        return new Instance(settings, ministries, proposals, participants, locks, apart, together);
    }

    private static String uid(int p) {
        return String.format("u%05d", p);
    }

    private static String pid(int t) {
        return String.format("P%04d", t);
    }

    private static String pickMinistry(Random rnd, int totalWeight) {
        int r = rnd.nextInt(totalWeight);
        for (Object[] m : MINISTRIES) {
            r -= (Integer) m[2];
            if (r < 0) {
                return (String) m[0];
            }
        }
        return (String) MINISTRIES[0][0];
    }

    private static int pick(double[] weights, double total, Random rnd) {
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void shuffle(double[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    /**
     * How many proposers of {@code proposal} count for the same ministry as {@code ministry} (an administration
     * counts for its top ministry: INSEE for MEFSIN). People's refs are "u" and their index.
     */
    private static int sameMinistryProposers(List<Proposal> proposals, String proposal, List<String> ministryOf,
                                             List<Ministry> ministries, String ministry) {
        int count = 0;
        for (Proposal pr : proposals) {
            if (pr.id().equals(proposal)) {
                for (String who : pr.proposers()) {
                    if (top(ministries, ministry).equals(top(ministries, ministryOf.get(Integer.parseInt(who.substring(1)))))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static String top(List<Ministry> ministries, String code) {
        for (Ministry m : ministries) {
            if (m.code().equals(code) && m.parent() != null) {
                return top(ministries, m.parent());
            }
        }
        return code;
    }
}
