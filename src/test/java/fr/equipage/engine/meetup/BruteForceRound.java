package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fewest repeats any single round can have, by trying every assignment of the present people to
 * group numbers (sizes per rule M1, apart pairs kept apart), each scored by the reference scorer.
 */
final class BruteForceRound {
    private BruteForceRound() {
    }

    static int fewestRepeats(MeetupInstance in, Set<String> present) {
        List<String> people = in.participants().stream().map(p -> p.id()).filter(present::contains).toList();
        int k = in.settings().groupCount(people.size());
        int[] assign = new int[people.size()];
        int[] best = {Integer.MAX_VALUE};
        MeetupInstance one = MeetupScheduler.oneRound(in, present);
        enumerate(one, people, k, assign, 0, best);
        return best[0];
    }

    private static void enumerate(MeetupInstance one, List<String> people, int k, int[] assign, int i, int[] best) {
        if (i == people.size()) {
            List<List<String>> groups = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                groups.add(new ArrayList<>());
            }
            for (int x = 0; x < people.size(); x++) {
                groups.get(assign[x]).add(people.get(x));
            }
            Schedule s = new Schedule(List.of(new Round(1, groups)), null);
            if (MeetupRules.check(one, s).isEmpty()) {
                best[0] = (int) Math.min(best[0], MeetupScorer.score(one, s).repeats());
            }
            return;
        }
        for (int g = 0; g < k; g++) {
            assign[i] = g;
            enumerate(one, people, k, assign, i + 1, best);
        }
    }

}
