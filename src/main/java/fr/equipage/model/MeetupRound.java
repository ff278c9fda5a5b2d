package fr.equipage.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One round of the season's meet-ups as the organiser keeps it: its 1-based {@code number}, the day
 * it takes place (null when not set), whether it was {@code held} (it is then history and never
 * re-planned), its {@code groups} (participant ids; empty while not planned) and who is
 * {@code absent} from it (everyone else is present).
 */
public record MeetupRound(int number, LocalDate date, boolean held, List<List<String>> groups, List<String> absent) {
    public MeetupRound {
        groups = groups == null ? List.of() : groups.stream().map(List::copyOf).toList();
        absent = List.copyOf(absent == null ? List.of() : absent);
    }

    /** A round with nothing in it yet: not planned, not held, nobody absent. */
    public static MeetupRound empty(int number) {
        return new MeetupRound(number, null, false, List.of(), List.of());
    }

    public boolean planned() {
        return !groups.isEmpty();
    }

    public boolean isAbsent(String participant) {
        return absent.contains(participant);
    }

    /** The 0-based index of the person's group, or -1. */
    public int groupOf(String participant) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).contains(participant)) {
                return g;
            }
        }
        return -1;
    }

    /** Everyone placed in a group of this round, group by group. */
    public List<String> members() {
        return groups.stream().flatMap(List::stream).toList();
    }

    /** The round as the engine and the spec's files see it. */
    public Round toRound() {
        return new Round(number, groups);
    }

    public MeetupRound withGroups(List<List<String>> newGroups) {
        return new MeetupRound(number, date, held, newGroups, absent);
    }

    public MeetupRound withHeld(boolean newHeld) {
        return new MeetupRound(number, date, newHeld, groups, absent);
    }

    public MeetupRound withDate(LocalDate newDate) {
        return new MeetupRound(number, newDate, held, groups, absent);
    }

    public MeetupRound withAbsent(List<String> newAbsent) {
        return new MeetupRound(number, date, held, groups, newAbsent);
    }

    /** The same round with {@code who} marked present or absent (a no-op when already so). */
    public MeetupRound withPresence(String who, boolean present) {
        Objects.requireNonNull(who, "who");
        List<String> out = new ArrayList<>(absent);
        out.remove(who);
        if (!present) {
            out.add(who);
        }
        return withAbsent(out);
    }

    /** The same round with {@code a} and {@code b} in each other's group (and place). */
    public MeetupRound withSwap(String a, String b) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups) {
            out.add(g.stream().map(x -> x.equals(a) ? b : x.equals(b) ? a : x).toList());
        }
        return withGroups(out);
    }

    /** The same round with {@code who} taken out of their group and added at the end of group {@code to}. */
    public MeetupRound withMove(String who, int to) {
        List<List<String>> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> members = new ArrayList<>(groups.get(g));
            members.remove(who);
            if (g == to) {
                members.add(who);
            }
            out.add(members);
        }
        return withGroups(out);
    }
}
