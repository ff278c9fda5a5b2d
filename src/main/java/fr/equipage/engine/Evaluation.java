package fr.equipage.engine;

import fr.equipage.model.ScoreParts;
import fr.equipage.model.Violation;
import java.util.List;

/**
 * Everything the scorer says about a plan: its score parts (spec §4), whether it keeps H1–H8,
 * each broken rule, the rank profile and one report per retained team (in proposal order).
 * Per-participant explanations are computed on demand by {@link Scorer#explain}.
 */
public record Evaluation(ScoreParts score, boolean feasible, List<Violation> violations, RankProfile rankProfile,
                         List<TeamReport> teams) {
    public Evaluation {
        violations = List.copyOf(violations);
        teams = List.copyOf(teams);
    }
}
