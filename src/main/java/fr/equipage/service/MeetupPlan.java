package fr.equipage.service;

import fr.equipage.engine.meetup.MeetupResult;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.Problem;
import java.util.List;

/**
 * A planned season or round, not saved yet: the {@code problems} that kept the engine from starting
 * (then nothing else), or the planned {@code rounds} with their real numbers (dates and absences as
 * stored, held rounds never among them) and the engine's {@code result} — whose schedule numbers the
 * rounds it planned from 1 and whose score counts only those rounds. Save it with
 * {@link MeetupService#savePlan}. {@code setsPresence}: saving also records who was present (a round
 * re-planned for the people given); otherwise presence stays as stored, even if marked while planning.
 */
public record MeetupPlan(List<Problem> problems, List<MeetupRound> rounds, MeetupResult result, boolean setsPresence) {
    public MeetupPlan {
        problems = List.copyOf(problems);
        rounds = List.copyOf(rounds);
    }

    /** A plan that leaves presence as stored. */
    public MeetupPlan(List<Problem> problems, List<MeetupRound> rounds, MeetupResult result) {
        this(problems, rounds, result, false);
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }

    static MeetupPlan refused(List<Problem> problems) {
        return new MeetupPlan(problems, List.of(), null);
    }
}
