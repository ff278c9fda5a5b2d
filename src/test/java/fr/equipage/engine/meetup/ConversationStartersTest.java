package fr.equipage.engine.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.MeetupPerson;
import fr.equipage.model.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ConversationStartersTest {
    private static MeetupPerson person(String id, String name, List<String> interests, List<String> offers,
                                       List<String> seeks) {
        return new MeetupPerson(id, name, "M", interests, offers, seeks, List.of());
    }

    private static List<String> french(List<Message> messages) {
        return messages.stream().map(Message::french).toList();
    }

    private static final MeetupPerson CAMILLE = person("u1", "Camille Martin", List.of("nlp", "dataviz"), List.of(),
            List.of());
    private static final MeetupPerson LEA = person("u2", "Léa Bernard", List.of("nlp"), List.of(), List.of());
    private static final MeetupPerson KARIM = person("u3", "Karim Haddad", List.of(), List.of("sql"), List.of());
    private static final MeetupPerson INES = person("u4", "Inès Morel", List.of(), List.of(), List.of("sql"));

    @Test
    void theIssuesExampleNamesEveryoneInTwoSentences() {
        List<String> s = french(ConversationStarters.of(List.of(CAMILLE, LEA, KARIM, INES), 3));
        assertThat(s).containsExactly("Karim peut montrer sql à Inès", "Camille et Léa partagent nlp");
        assertThat(ConversationStarters.of(List.of(CAMILLE, LEA, KARIM, INES), 3).get(0).english())
                .isEqualTo("Karim can show sql to Inès");
    }

    @Test
    void oneOfferSoughtByTwoIsOneSentenceNamingBoth() {
        MeetupPerson bastien = person("u5", "Bastien Le Goff", List.of(), List.of("nlp"), List.of());
        MeetupPerson rachid = person("u6", "Rachid Mansouri", List.of(), List.of(), List.of("nlp"));
        MeetupPerson alice = person("u7", "Alice Marchal", List.of(), List.of(), List.of("nlp"));
        List<Message> s = ConversationStarters.of(List.of(bastien, rachid, alice, CAMILLE), 3);
        assertThat(french(s)).containsExactly("Bastien peut montrer nlp à Rachid et Alice");
        assertThat(s.get(0).english()).isEqualTo("Bastien can show nlp to Rachid and Alice");
    }

    @Test
    void aTopicSharedByThreeNamesThemAllAndOneSharedByTheWholeTableSaysSo() {
        MeetupPerson karim = person("u3", "Karim Haddad", List.of("nlp"), List.of(), List.of());
        assertThat(french(ConversationStarters.of(List.of(CAMILLE, LEA, karim, INES), 3)))
                .containsExactly("Camille, Léa et Karim partagent nlp");
        assertThat(french(ConversationStarters.of(List.of(CAMILLE, LEA, karim), 3)))
                .containsExactly("Toute la table s’intéresse à nlp");
    }

    @Test
    void theCapHoldsAndNewPeopleComeBeforeMoreAboutTheSameTwo() {
        MeetupPerson a = person("a", "Anne A", List.of("x", "y", "z"), List.of("p", "q"), List.of());
        MeetupPerson b = person("b", "Bruno B", List.of("x", "y", "z"), List.of(), List.of("p", "q"));
        MeetupPerson c = person("c", "Chloé C", List.of("w"), List.of(), List.of());
        MeetupPerson d = person("d", "David D", List.of("w"), List.of(), List.of());
        List<String> s = french(ConversationStarters.of(List.of(a, b, c, d), 2));
        assertThat(s).containsExactly("Anne peut montrer p à Bruno", "Chloé et David partagent w");
        assertThat(ConversationStarters.of(List.of(a, b, c, d), 10)).hasSize(2 + 3 + 1);
    }

    @Test
    void namesakesAreCalledByTheirFullName() {
        MeetupPerson c2 = person("u9", "Camille Roux", List.of("nlp"), List.of(), List.of());
        assertThat(french(ConversationStarters.of(List.of(CAMILLE, c2), 3)))
                .containsExactly("Camille Martin et Camille Roux partagent nlp");
    }

    @Test
    void aTableWithNothingInCommonGetsAnOpeningAnyway() {
        assertThat(french(ConversationStarters.of(List.of(KARIM, LEA), 3)))
                .containsExactly("Pas de sujet commun déclaré : chacun présente son service et ses données");
        assertThat(ConversationStarters.of(List.of(KARIM), 3)).isEmpty();
    }

    /** The same people in another order talk about the same things: the board must not flicker on a reload. */
    @Property(tries = 200)
    void theSentencesDependOnTheGroupNotOnItsOrderAndStayCapped(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int size) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] tags = {"sql", "nlp", "python", "sig", "llm"};
        List<MeetupPerson> group = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            group.add(person("u" + i, "P" + i + " X", pick(rnd, tags), pick(rnd, tags), pick(rnd, tags)));
        }
        List<Message> first = ConversationStarters.of(group, 3);
        List<MeetupPerson> shuffled = new ArrayList<>(group);
        Collections.reverse(shuffled);
        assertThat(first).hasSizeBetween(1, 3);
        assertThat(ConversationStarters.of(group, 3)).isEqualTo(first);
        assertThat(ConversationStarters.of(shuffled, 3)).isEqualTo(first);
    }

    private static List<String> pick(SplittableRandom rnd, String[] tags) {
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (rnd.nextInt(4) == 0) {
                out.add(t);
            }
        }
        return out;
    }
}
