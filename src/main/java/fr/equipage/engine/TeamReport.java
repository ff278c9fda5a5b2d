package fr.equipage.engine;

import fr.equipage.model.ScoreParts;
import fr.equipage.model.Violation;
import java.util.List;
import java.util.Map;

/**
 * One retained team as the board shows it: its members, what it adds to the score (its
 * {@code parts}: the members' choice scores, the skills it covers, its extra ministries and the
 * together pairs inside it; {@code unassigned} is always 0 here), the proposal's skills it covers or
 * still misses, its top-level ministries with their member counts, and the rules it breaks.
 */
public record TeamReport(String proposal, String title, List<String> members, int minSize, int maxSize,
                         ScoreParts parts, List<String> skillsCovered, List<String> skillsMissing,
                         Map<String, Integer> ministries, List<Violation> violations) {
    public TeamReport {
        members = List.copyOf(members);
        skillsCovered = List.copyOf(skillsCovered);
        skillsMissing = List.copyOf(skillsMissing);
        ministries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ministries));
        violations = List.copyOf(violations);
    }

    public int size() {
        return members.size();
    }
}
