package fr.equipage.io;

import fr.equipage.model.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies participant rows, in file order, to the people already there: finds the person, merges,
 * and says whether the row adds, updates or leaves them unchanged. The planner runs it on a snapshot
 * (to predict the counts) and the importer inside the transaction (to write), so both agree.
 *
 * <p>The planner's run records whom each row was about ({@link #targets}); when the people stored
 * are still those of the snapshot, the importer {@link #replaying replays} those answers instead of
 * matching 100,000 names and e-mails a second time inside its transaction.
 */
public final class ParticipantApplier {
    public enum Change { ADDED, UPDATED, UNCHANGED }

    public record Outcome(Change change, Participant before, Participant after) {
    }

    /** Null when replaying. */
    private final PeopleIndex index;
    private final Function<String, String> refOfChoice;
    private final Supplier<String> newId;
    /**
     * For each row applied, whom it was about: a person's place in the existing list, or
     * existing.size() + k for the k-th person the rows added.
     */
    private final int[] targets;
    /** Everyone so far by place: the existing people, then those added. */
    private final Participant[] people;
    private final int existingCount;
    /** Place of each id (recording only; null when replaying). */
    private final Map<String, Integer> placeOf;
    private final boolean replaying;
    private int applied;
    private int added;

    /** {@code rows}: how many rows will be applied (to size the index once). */
    public ParticipantApplier(List<Participant> existing, int rows, Function<String, String> refOfChoice, Supplier<String> newId) {
        this(existing, new int[rows], false, refOfChoice, newId);
    }

    private ParticipantApplier(List<Participant> existing, int[] targets, boolean replaying,
                               Function<String, String> refOfChoice, Supplier<String> newId) {
        this.index = replaying ? null : new PeopleIndex(existing, targets.length);
        this.refOfChoice = refOfChoice;
        this.newId = newId;
        this.targets = targets;
        this.replaying = replaying;
        this.existingCount = existing.size();
        this.people = existing.toArray(new Participant[existing.size() + targets.length]);
        this.placeOf = replaying ? null : new HashMap<>(existing.size() * 4 / 3 + 16);
        if (!replaying) {
            for (int i = 0; i < existingCount; i++) {
                placeOf.put(people[i].id(), i);
            }
        }
    }

    /**
     * Applies rows to the same people as the recorded run did, row for row, without looking anyone up:
     * only valid for the very rows and the very people that run saw.
     */
    public static ParticipantApplier replaying(List<Participant> existing, int[] targets,
                                               Function<String, String> refOfChoice, Supplier<String> newId) {
        return new ParticipantApplier(existing, targets, true, refOfChoice, newId);
    }

    public Outcome apply(PlannedParticipant row) {
        int place = replaying ? targets[applied] : placeOf(index.find(row));
        // The person as the earlier rows left them: the index may still hold an older version under a
        // name or e-mail an update replaced (ParticipantApplierTest found it).
        Participant before = place < 0 ? null : people[place];
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
            place = existingCount + added;
        }
        if (!replaying) {
            if (before == null) {
                placeOf.put(after.id(), place);
            }
            targets[applied] = place;
        }
        applied++;
        people[place] = after;
        if (before == null) {
            added++;
            if (index != null) {
                index.add(after);
            }
            return new Outcome(Change.ADDED, null, after);
        }
        if (after.equals(before)) {
            return new Outcome(Change.UNCHANGED, before, after);
        }
        if (index != null) {
            index.replace(before, after);
        }
        return new Outcome(Change.UPDATED, before, after);
    }

    private int placeOf(Participant found) {
        return found == null ? -1 : placeOf.get(found.id());
    }

    /** Whom each row applied so far was about (see {@link #replaying}). */
    public int[] targets() {
        return java.util.Arrays.copyOf(targets, applied);
    }
}
