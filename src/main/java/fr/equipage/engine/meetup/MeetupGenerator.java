package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded meet-up instances for the benchmark and tests: social golfer cases and realistic seasons. */
public final class MeetupGenerator {
    private static final String[] TOPICS = {"nlp", "llm", "dataviz", "sql", "python", "r", "statistiques",
        "geomatique", "open-data", "mlops", "ethique", "juridique", "vision", "series-temporelles", "data-engineering",
        "cloud", "anonymisation", "enquetes", "sante", "finances-publiques", "tableaux-de-bord", "ia-generative"};

    private MeetupGenerator() {
    }

    /**
     * The social golfer problem g-s-w: g·s people from g·s ministries, groups of s, w rounds, no
     * affinities; the best total is 0 exactly when a schedule without repeats exists.
     */
    public static MeetupInstance golfer(int groups, int size, int rounds) {
        int n = groups * size;
        List<Ministry> ministries = new ArrayList<>();
        List<MeetupPerson> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ministries.add(new Ministry("M" + i, "Ministère " + i, null));
            people.add(new MeetupPerson(String.format("g%03d", i), "Golfeur " + i, "M" + i, null, null, null, null));
        }
        return new MeetupInstance(new MeetupSettings(rounds, size, new MeetupWeights(-100, 0, 0, 0)), ministries, people,
                List.of(), List.of());
    }

    /**
     * A realistic season: n people from 14 ministries (a third of them in sub-administrations,
     * one ministry much larger), 1–4 interests, up to 3 offers and seeks, each absent from a round
     * with probability 1/8, a launch day's teams of 6 as history, and n/50 apart pairs.
     */
    public static MeetupInstance realistic(int n, int rounds, int groupSize, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Ministry> ministries = new ArrayList<>();
        int tops = 14;
        for (int m = 0; m < tops; m++) {
            ministries.add(new Ministry("MIN" + m, "Ministère " + m, null));
            ministries.add(new Ministry("ADM" + m, "Administration " + m, "MIN" + m));
        }
        List<MeetupPerson> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int m = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(tops);
            String ministry = (rnd.nextInt(3) == 0 ? "ADM" : "MIN") + m;
            List<Integer> absent = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                if (rnd.nextInt(8) == 0) {
                    absent.add(r);
                }
            }
            people.add(new MeetupPerson(String.format("p%04d", i), "Personne " + i, ministry, tags(rnd, 1, 4),
                    tags(rnd, 0, 3), tags(rnd, 0, 3), absent));
        }
        List<Pair> history = new ArrayList<>();
        for (int t = 0; t + 6 <= Math.min(n, 120); t += 6) {
            for (int a = t; a < t + 6; a++) {
                for (int b = a + 1; b < t + 6; b++) {
                    history.add(new Pair(people.get(a).id(), people.get(b).id()));
                }
            }
        }
        List<Pair> apart = new ArrayList<>();
        for (int k = 0; k < n / 50; k++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a != b) {
                apart.add(new Pair(people.get(a).id(), people.get(b).id()));
            }
        }
        return new MeetupInstance(new MeetupSettings(rounds, groupSize, MeetupWeights.DEFAULT), ministries, people,
                history, apart);
    }

    private static List<String> tags(SplittableRandom rnd, int min, int max) {
        Set<String> out = new HashSet<>();
        int count = min + rnd.nextInt(max - min + 1);
        while (out.size() < count) {
            // Skewed: the first topics are far more common, as in real registrations.
            int k = (int) (TOPICS.length * Math.pow(rnd.nextDouble(), 1.7));
            out.add(TOPICS[k]);
        }
        return out.stream().sorted().toList();
    }
}
