package fr.equipage.engine.meetup;

import java.util.SplittableRandom;

/**
 * Places a round greedily: people in random order, each into the open group where they add the
 * most given the meetings of the rounds already placed (so history and earlier rounds are avoided
 * and affinities sought from the start). Randomised so that restarts differ (Triska &amp; Musliu's
 * greedy starts for the social golfer problem work the same way).
 */
final class GreedyStart {
    private GreedyStart() {
    }

    static void placeRound(MeetupState s, int r, SplittableRandom rnd) {
        MeetupProblem p = s.p;
        int[] sizes = p.sizes[r];
        int[] people = p.present[r].clone();
        shuffle(people, rnd);
        int[][] groups = new int[sizes.length][];
        int[] filled = new int[sizes.length];
        for (int g = 0; g < sizes.length; g++) {
            groups[g] = new int[sizes[g]];
        }
        for (int a : people) {
            int bestG = -1;
            long bestV = Long.MIN_VALUE;
            int ties = 0;
            for (int g = 0; g < sizes.length; g++) {
                if (filled[g] == sizes[g]) {
                    continue;
                }
                long v = 0;
                for (int t = 0; t < filled[g]; t++) {
                    v += s.addValue(a, groups[g][t]);
                }
                // Prefer emptier groups on ties so that the last people still have a choice.
                v = v * 64 - filled[g];
                if (v > bestV) {
                    bestV = v;
                    bestG = g;
                    ties = 1;
                } else if (v == bestV && rnd.nextInt(++ties) == 0) {
                    bestG = g;
                }
            }
            groups[bestG][filled[bestG]++] = a;
        }
        s.place(r, groups);
    }

    static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
