package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The importer replays the planner's matching when nobody changed in between: row for row, the
 * replay must give what matching again gives (same person, same change, same values), including
 * people found by e-mail, by name and ministry, by name alone, and people the rows add twice.
 */
class ParticipantApplierTest {
    private static final String[] FIRST = {"Camille", "Léa", "Paul"};
    private static final String[] LAST = {"Martin", "PETIT", "Durand"};
    private static final String[] MINISTRY = {null, "MI", "INSEE"};

    @Property(tries = 300)
    void replayingGivesWhatMatchingAgainGives(@ForAll("people") List<Participant> stored,
                                              @ForAll("rows") List<PlannedParticipant> rows) {
        ParticipantApplier matching = new ParticipantApplier(stored, rows.size(), key -> "P-" + key, ids());
        List<ParticipantApplier.Outcome> first = new ArrayList<>();
        rows.forEach(r -> first.add(matching.apply(r)));

        ParticipantApplier replay = ParticipantApplier.replaying(stored, matching.targets(), key -> "P-" + key, ids());
        List<ParticipantApplier.Outcome> again = new ArrayList<>();
        rows.forEach(r -> again.add(replay.apply(r)));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void replayFindsTheStoredPersonAndThePersonAnEarlierRowAdded() {
        List<Participant> stored = List.of(new Participant("u1", "Camille", "Martin", null, "MI", List.of(), List.of(),
                List.of()));
        List<PlannedParticipant> rows = List.of(row("Camille", "Martin", null, "MI", "python"),
                row("Léa", "Petit", "lea@x.fr", null, "sql"), row("Léa", "Petit", "lea@x.fr", null, "sql"),
                row("Léa", "PETIT", null, null, "r"));
        ParticipantApplier matching = new ParticipantApplier(stored, rows.size(), key -> key, ids());
        rows.forEach(matching::apply);
        ParticipantApplier replay = ParticipantApplier.replaying(stored, matching.targets(), key -> key, ids());
        List<ParticipantApplier.Outcome> outcomes = rows.stream().map(replay::apply).toList();
        assertThat(outcomes).extracting(ParticipantApplier.Outcome::change).containsExactly(
                ParticipantApplier.Change.UPDATED, ParticipantApplier.Change.ADDED, ParticipantApplier.Change.UNCHANGED,
                ParticipantApplier.Change.UPDATED);
        assertThat(outcomes.get(0).after().id()).isEqualTo("u1");
        assertThat(outcomes.get(3).after().id()).isEqualTo(outcomes.get(1).after().id());
        assertThat(outcomes.get(3).after().skills()).containsExactly("r");
    }

    private static PlannedParticipant row(String first, String last, String email, String ministry, String skill) {
        return new PlannedParticipant("f.csv", "", 2, first, last, email, ministry, List.of(skill), List.of(), List.of(),
                List.of());
    }

    private static Supplier<String> ids() {
        int[] next = {100};
        return () -> "u" + next[0]++;
    }

    @Provide
    Arbitrary<List<Participant>> people() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2))
                .as((f, l, e, m) -> new int[] {f, l, e, m}).list().ofMaxSize(6).map(list -> {
                    List<Participant> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        int[] p = list.get(i);
                        out.add(new Participant("u" + i, FIRST[p[0]], LAST[p[1]], email(p[2]), MINISTRY[p[3]], List.of(),
                                List.of(), List.of()));
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<List<PlannedParticipant>> rows() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
                Arbitraries.of("python", "sql", ""), Arbitraries.of("Projet A", "Projet B", ""))
                .as((f, l, e, m, skill, choice) -> new PlannedParticipant("f.csv", "", 2, FIRST[f], LAST[l], email(e),
                        MINISTRY[m], skill.isEmpty() ? List.of() : List.of(skill), List.of(),
                        choice.isEmpty() ? List.of() : List.of(choice), List.of()))
                .list().ofMaxSize(12);
    }

    /** Three addresses, or none (index 3): people are then matched by name. */
    private static String email(int i) {
        return i == 3 ? null : "personne" + i + "@x.fr";
    }
}
