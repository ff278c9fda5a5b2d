package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.Participant;
import fr.equipage.model.TrainingSession;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Invite lists: the people who asked for the theme, capped at capacity, those who got the fewest of
 * their wishes first, then ministries in turn. Checked on worked cases, and on random seasons against
 * an independent round-robin simulation of the rules and against the rules themselves.
 */
class InviteListsTest {
    private static final String IA = "IA de confiance";
    private static final String NLP = "NLP";
    private static final String VIZ = "Dataviz";
    private static final List<String> THEMES = List.of(IA, NLP, VIZ);
    private static final List<String> MINISTRIES = List.of("MI", "MC", "INSEE", "MEF");

    private static Participant person(String id, String last, String ministry, String... themes) {
        return new Participant(id, "P" + id, last, null, ministry, List.of(), List.of(), List.of(), List.of(themes));
    }

    private static TrainingSession session(int id, String theme, int capacity) {
        return new TrainingSession(id, theme, null, "", capacity, "", true);
    }

    private static List<String> ids(List<Participant> people) {
        return people.stream().map(Participant::id).toList();
    }

    @Test
    void administrationsOfOneMinistryTakeOneTurnTogether() {
        List<Participant> people = List.of(person("u1", "Aubert", "INSEE", IA), person("u2", "Bernard", "MEF", IA),
                person("u3", "Colin", "MC", IA));
        assertThat(ids(InviteLists.plan(List.of(session(1, IA, 2)), people).get(0).invited()))
                .as("each administration its own ministry").containsExactly("u1", "u2");
        assertThat(ids(InviteLists.plan(List.of(session(1, IA, 2)), people, Map.of("INSEE", "MEF")).get(0).invited()))
                .as("INSEE counts for Économie, so Culture's turn comes before Économie's second")
                .containsExactly("u1", "u3");
    }

    @Test
    void twelveAskedTenSeatsSaysSoInOneSentence() {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(person("u" + i, "Nom" + (char) ('A' + i), MINISTRIES.get(i % 2), IA));
        }
        InviteList list = InviteLists.plan(List.of(session(1, IA, 10)), people).get(0);
        assertThat(list.invited()).hasSize(10);
        assertThat(list.asked()).isEqualTo(12);
        assertThat(list.waiting()).hasSize(2).doesNotContainAnyElementsOf(list.invited());
        assertThat(list.explanation().french()).isEqualTo("12 personnes ont demandé « IA de confiance » ; les 10 places "
                + "vont d’abord à celles qui ont obtenu le moins de leurs souhaits, en alternant les ministères.");
        assertThat(list.explanation().english()).isEqualTo("12 people asked for “IA de confiance”; the 10 seats go first "
                + "to those who got the fewest of their wishes, alternating ministries.");
    }

    @Test
    void everyoneFitsOrNobodyAsked() {
        List<Participant> people = List.of(person("u1", "Martin", "MI", IA), person("u2", "Durand", "MC", IA, NLP));
        List<InviteList> lists = InviteLists.plan(List.of(session(1, IA, 20), session(2, VIZ, 5)), people);
        assertThat(ids(lists.get(0).invited())).containsExactly("u2", "u1");
        assertThat(lists.get(0).explanation().french())
                .isEqualTo("2 personnes ont demandé « IA de confiance » : toutes sont invitées (20 places).");
        assertThat(lists.get(1).invited()).isEmpty();
        assertThat(lists.get(1).explanation().french())
                .isEqualTo("Personne n’a demandé « Dataviz » : la liste d’invitation est vide.");
    }

    @Test
    void whoGotAWishEarlierInTheSeasonComesAfterThoseWhoGotNone() {
        List<Participant> people = List.of(person("u1", "Arnaud", "MI", IA, NLP), person("u2", "Blanc", "MI", IA, NLP),
                person("u3", "Zola", "MI", NLP));
        List<InviteList> lists = InviteLists.plan(List.of(session(1, IA, 2), session(2, NLP, 1)), people);
        assertThat(ids(lists.get(0).invited())).containsExactly("u1", "u2");
        assertThat(ids(lists.get(1).invited())).as("Zola got nothing yet, despite the name").containsExactly("u3");
    }

    @Test
    void aSecondSessionOnAThemeGoesToThoseNotInvitedToTheFirst() {
        // Arnaud got NLP and Blanc got Dataviz: both have one wish; the second NLP session goes to Blanc.
        List<Participant> people = List.of(person("u1", "Arnaud", "MI", NLP, VIZ), person("u2", "Blanc", "MI", NLP, VIZ));
        List<InviteList> lists = InviteLists.plan(List.of(session(1, NLP, 1), session(2, VIZ, 1), session(3, NLP, 1)), people);
        assertThat(ids(lists.get(0).invited())).containsExactly("u1");
        assertThat(ids(lists.get(1).invited())).containsExactly("u2");
        assertThat(ids(lists.get(2).invited())).containsExactly("u2");
    }

    @Test
    void ministriesTakeTurns() {
        List<Participant> people = List.of(person("a", "Alpha", "MI", IA), person("b", "Bravo", "MI", IA),
                person("c", "Charlie", "MI", IA), person("d", "Delta", "MI", IA), person("y", "Yankee", "MC", IA),
                person("z", "Zulu", "MC", IA), person("x", "Xray", null, IA));
        List<Participant> order = InviteLists.order(IA, people, Map.of(), Map.of());
        // First of each ministry (by name), then the second of each, and so on.
        assertThat(ids(order)).containsExactly("a", "x", "y", "b", "z", "c", "d");
    }

    /** The rules written as a simulation: tiers in order; in each, ministries' queues by name, one per round. */
    private static List<Participant> simulate(String theme, List<Participant> people, Map<String, Integer> got,
                                              Map<String, Set<String>> gotThemes) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        Comparator<Participant> byName = Comparator.comparing(Participant::lastName, french)
                .thenComparing(Participant::firstName, french).thenComparing(Participant::id);
        TreeMap<List<Integer>, Map<String, List<Participant>>> tiers = new TreeMap<>(Comparator
                .<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (Participant p : people) {
            if (p.trainings().contains(theme)) {
                int repeat = gotThemes.getOrDefault(p.id(), Set.of()).contains(theme) ? 1 : 0;
                tiers.computeIfAbsent(List.of(got.getOrDefault(p.id(), 0), repeat), k -> new LinkedHashMap<>())
                        .computeIfAbsent(String.valueOf(p.ministry()), k -> new ArrayList<>()).add(p);
            }
        }
        List<Participant> out = new ArrayList<>();
        for (Map<String, List<Participant>> queues : tiers.values()) {
            queues.values().forEach(q -> q.sort(byName));
            for (int round = 0; ; round++) {
                List<Participant> heads = new ArrayList<>();
                for (List<Participant> q : queues.values()) {
                    if (round < q.size()) {
                        heads.add(q.get(round));
                    }
                }
                if (heads.isEmpty()) {
                    break;
                }
                heads.sort(byName);
                out.addAll(heads);
            }
        }
        return out;
    }

    private static List<Participant> randomPeople(Random r) {
        List<Participant> people = new ArrayList<>();
        int n = 1 + r.nextInt(25);
        String[] names = {"Martin", "Durand", "Petit", "Éloi", "Ében", "Roux", "Leroy", "Martin"};
        for (int i = 0; i < n; i++) {
            List<String> themes = new ArrayList<>();
            THEMES.forEach(t -> {
                if (r.nextInt(3) > 0) {
                    themes.add(t);
                }
            });
            String ministry = r.nextInt(8) == 0 ? null : MINISTRIES.get(r.nextInt(MINISTRIES.size()));
            people.add(person("u" + i, names[r.nextInt(names.length)], ministry, themes.toArray(String[]::new)));
        }
        return people;
    }

    @Property(tries = 300)
    void theOrderIsTheRoundRobinOfTheRulesAndNeverDependsOnTheInputOrder(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random r = new Random(seed);
        List<Participant> people = randomPeople(r);
        Map<String, Integer> got = new HashMap<>();
        Map<String, Set<String>> gotThemes = new HashMap<>();
        for (Participant p : people) {
            if (r.nextBoolean()) {
                got.put(p.id(), r.nextInt(3));
                if (r.nextBoolean()) {
                    gotThemes.put(p.id(), Set.of(THEMES.get(r.nextInt(THEMES.size()))));
                }
            }
        }
        String theme = THEMES.get(r.nextInt(THEMES.size()));
        List<Participant> order = InviteLists.order(theme, people, got, gotThemes);
        assertThat(order).containsExactlyElementsOf(simulate(theme, people, got, gotThemes));
        List<Participant> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, r);
        assertThat(InviteLists.order(theme, shuffled, got, gotThemes)).containsExactlyElementsOf(order);
    }

    @Property(tries = 300)
    void aSeasonKeepsTheRules(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random r = new Random(seed);
        List<Participant> people = randomPeople(r);
        List<TrainingSession> sessions = new ArrayList<>();
        int count = 1 + r.nextInt(5);
        for (int i = 1; i <= count; i++) {
            sessions.add(session(i, THEMES.get(r.nextInt(THEMES.size())), r.nextInt(8)));
        }
        List<InviteList> lists = InviteLists.plan(sessions, people);
        assertThat(lists).hasSameSizeAs(sessions);
        Map<String, Integer> got = new HashMap<>();
        Map<String, Set<String>> gotThemes = new HashMap<>();
        for (InviteList list : lists) {
            String theme = list.session().theme();
            List<Participant> asked = people.stream().filter(p -> p.trainings().contains(theme)).toList();
            assertThat(list.asked()).isEqualTo(asked.size());
            assertThat(list.invited()).hasSize(Math.min(asked.size(), list.session().capacity()))
                    .doesNotHaveDuplicates().allMatch(p -> p.trainings().contains(theme));
            Set<String> in = new HashSet<>(ids(list.invited()));
            // Nobody left out got fewer wishes (or equal, without this theme yet) than someone invited.
            for (Participant inv : list.invited()) {
                for (Participant out : asked) {
                    if (!in.contains(out.id())) {
                        int a = got.getOrDefault(inv.id(), 0);
                        int b = got.getOrDefault(out.id(), 0);
                        assertThat(a).as("%s invited before %s", inv.id(), out.id()).isLessThanOrEqualTo(b);
                        if (a == b && gotThemes.getOrDefault(inv.id(), Set.of()).contains(theme)) {
                            assertThat(gotThemes.getOrDefault(out.id(), Set.of())).contains(theme);
                        }
                    }
                }
            }
            List<Participant> expected = simulate(theme, people, got, gotThemes);
            assertThat(list.invited()).containsExactlyElementsOf(expected.subList(0, list.invited().size()));
            assertThat(list.waiting()).containsExactlyElementsOf(expected.subList(list.invited().size(), expected.size()));
            for (Participant p : list.invited()) {
                got.merge(p.id(), 1, Integer::sum);
                gotThemes.computeIfAbsent(p.id(), k -> new HashSet<>()).add(theme);
            }
        }
    }
}
