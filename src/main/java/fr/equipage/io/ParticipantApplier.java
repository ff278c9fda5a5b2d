package fr.equipage.io;

import fr.equipage.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies participant rows, in file order, to the people already there: finds the person, merges,
 * and says whether the row adds, updates or leaves them unchanged. The planner runs it on a snapshot
 * (to predict the counts) and the importer inside the transaction (to write), so both agree.
 */
public final class ParticipantApplier {
    public enum Change { ADDED, UPDATED, UNCHANGED }

    public record Outcome(Change change, Participant before, Participant after) {
    }

    private final PeopleIndex index;
    private final Function<String, String> refOfChoice;
    private final Supplier<String> newId;

    /** {@code rows}: how many rows will be applied (to size the index once). */
    public ParticipantApplier(List<Participant> existing, int rows, Function<String, String> refOfChoice, Supplier<String> newId) {
        this.index = new PeopleIndex(existing, rows);
        this.refOfChoice = refOfChoice;
        this.newId = newId;
    }

    public Outcome apply(PlannedParticipant row) {
        Participant before = index.find(row);
        List<String> choices = new ArrayList<>();
        for (String key : row.choiceKeys()) {
            String ref = refOfChoice.apply(key);
            if (ref != null && !choices.contains(ref)) {
                choices.add(ref);
            }
        }
        Participant after = PeopleIndex.merge(before, before == null ? newId.get() : before.id(), row,
                choices.isEmpty() ? null : choices);
        if (before == null) {
            index.add(after);
            return new Outcome(Change.ADDED, null, after);
        }
        if (after.equals(before)) {
            return new Outcome(Change.UNCHANGED, before, after);
        }
        index.replace(before, after);
        return new Outcome(Change.UPDATED, before, after);
    }

    public PeopleIndex index() {
        return index;
    }
}
