package fr.equipage.engine;

import fr.equipage.model.Message;
import fr.equipage.model.Participant;
import fr.equipage.model.TrainingSession;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who is invited to each training session of the season. For a session on theme T with C places, the
 * people who asked for T come in this order, and the first C are invited:
 * <ol>
 * <li>those who got the fewest of their wishes so far (invitations to earlier sessions of the season);</li>
 * <li>then those not yet invited to a session on T (a second session on a theme goes to the others first);</li>
 * <li>then ministries in turn: everyone's rank inside their ministry (by name) among those equal on 1 and 2,
 * so that the first of each ministry comes before the second of any;</li>
 * <li>then by last name, first name and id, so that the order never depends on chance.</li>
 * </ol>
 * Sessions are taken in season order (the order given). Pure and deterministic.
 */
public final class InviteLists {
    private static final Comparator<Participant> BY_NAME = byName();

    private InviteLists() {
    }

    /**
     * One session's invite list: the people invited in order, how many asked, and why, in one sentence;
     * {@code waiting} are those who asked but got no place, in the same order (whom to invite next when
     * someone declines).
     */
    public record InviteList(TrainingSession session, List<Participant> invited, int asked, Message explanation,
                             List<Participant> waiting) {
        public InviteList {
            invited = List.copyOf(invited);
            waiting = List.copyOf(waiting);
        }

        /** A list without its waiting list (as the first version of this record had it). */
        public InviteList(TrainingSession session, List<Participant> invited, int asked, Message explanation) {
            this(session, invited, asked, explanation, List.of());
        }
    }

    /** The invite list of every session, in the order given (the season's), each stored ministry its own. */
    public static List<InviteList> plan(List<TrainingSession> seasonOrder, List<Participant> people) {
        return plan(seasonOrder, people, Map.of());
    }

    /**
     * The invite list of every session, in the order given (the season's); ministries take turns by their
     * top ministry in {@code tops} (code → top code: INSEE → MEFSIN), so that two administrations of one
     * ministry do not count as two ministries.
     */
    public static List<InviteList> plan(List<TrainingSession> seasonOrder, List<Participant> people,
                                        Map<String, String> tops) {
        Map<String, Integer> got = new HashMap<>();
        Map<String, Set<String>> gotThemes = new HashMap<>();
        List<InviteList> out = new ArrayList<>();
        for (TrainingSession s : seasonOrder) {
            List<Participant> order = order(s.theme(), people, got, gotThemes, tops);
            List<Participant> invited = order.subList(0, Math.min(s.capacity(), order.size()));
            for (Participant p : invited) {
                got.merge(p.id(), 1, Integer::sum);
                gotThemes.computeIfAbsent(p.id(), k -> new HashSet<>()).add(s.theme());
            }
            out.add(new InviteList(s, invited, order.size(), explain(s, order.size()),
                    order.subList(invited.size(), order.size())));
        }
        return out;
    }

    /**
     * Everyone who asked for {@code theme}, in the fair order, given how many invitations each person
     * already has ({@code got}) and on which themes ({@code gotThemes}).
     */
    public static List<Participant> order(String theme, List<Participant> people, Map<String, Integer> got,
                                          Map<String, Set<String>> gotThemes) {
        return order(theme, people, got, gotThemes, Map.of());
    }

    /** As {@link #order(String, List, Map, Map)}, ministries taking turns by their top ministry in {@code tops}. */
    public static List<Participant> order(String theme, List<Participant> people, Map<String, Integer> got,
                                          Map<String, Set<String>> gotThemes, Map<String, String> tops) {
        List<Participant> asked = people.stream().filter(p -> !theme.isEmpty() && p.trainings().contains(theme))
                .sorted(BY_NAME).toList();
        Map<String, Integer> turn = new HashMap<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (Participant p : asked) {
            List<Object> group = List.of(got.getOrDefault(p.id(), 0), repeat(p, theme, gotThemes),
                    tops.getOrDefault(Objects.requireNonNullElse(p.ministry(), ""), Objects.requireNonNullElse(p.ministry(), "")));
            turn.put(p.id(), seen.merge(group, 1, Integer::sum));
        }
        return asked.stream().sorted(Comparator.<Participant>comparingInt(p -> got.getOrDefault(p.id(), 0))
                .thenComparing(p -> repeat(p, theme, gotThemes))
                .thenComparingInt(p -> turn.get(p.id()))
                .thenComparing(BY_NAME)).toList();
    }

    private static boolean repeat(Participant p, String theme, Map<String, Set<String>> gotThemes) {
        return gotThemes.getOrDefault(p.id(), Set.of()).contains(theme);
    }

    private static Message explain(TrainingSession s, int asked) {
        if (asked == 0) {
            return Message.engine("invite.nobody", s.theme());
        }
        if (asked <= s.capacity()) {
            return Message.engine("invite.everyone", asked, s.theme(), s.capacity());
        }
        return Message.engine("invite.fair", asked, s.theme(), s.capacity());
    }

    private static Comparator<Participant> byName() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        french.setStrength(Collator.TERTIARY);
        Comparator<Participant> c = Comparator.comparing(Participant::lastName, french);
        return c.thenComparing(Participant::firstName, french).thenComparing(Participant::id);
    }
}
