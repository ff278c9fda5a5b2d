package fr.equipage.engine;

import java.util.List;

/**
 * How many participants got their 1st, 2nd, … choice ({@code byRank.get(0)} is the 1st), how many
 * were placed in a proposal outside their choices ({@code other}: a proposer in its own proposal it
 * did not list, a lock, a manual move), and how many are {@code unassigned}.
 */
public record RankProfile(List<Integer> byRank, int other, int unassigned) {
    public RankProfile {
        byRank = List.copyOf(byRank);
    }

    static RankProfile of(ScoreState s) {
        CompiledInstance c = s.instance();
        int longest = 0;
        for (int p = 0; p < c.participantCount(); p++) {
            longest = Math.max(longest, c.choices(p).length);
        }
        int[] counts = new int[longest];
        int other = 0;
        for (int p = 0; p < c.participantCount(); p++) {
            int t = s.teamOf(p);
            if (t < 0) {
                continue;
            }
            int r = c.rankOf(p, t);
            if (r >= 0) {
                counts[r]++;
            } else {
                other++;
            }
        }
        return new RankProfile(java.util.Arrays.stream(counts).boxed().toList(), other, s.unassignedCount());
    }
}
