package fr.equipage.io;

import fr.equipage.model.Participant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the person a row describes among those already there: by e-mail (case-insensitive) when the
 * row has one; otherwise, or for people stored without e-mail, by full name (accents, case and word
 * order ignored) and ministry.
 */
public final class PeopleIndex {
    private final Map<String, Participant> byEmail;
    private final Map<String, Participant> byNameAndMinistry;
    private final Map<String, Participant> byName;
    /** Names held by more than one person: never matched on the name alone. */
    private final Map<String, Boolean> ambiguousName = new HashMap<>();
    /**
     * The last name key computed, with the name strings it came from: a row's person is looked up,
     * then added with the same strings; normalising the name once instead of twice saves a tenth of
     * a 100,000-row import's reading time. Compared by identity: other strings are simply recomputed.
     */
    private String lastFirst;
    private String lastLast;
    private String lastKey;

    public PeopleIndex(List<Participant> people) {
        this(people, 0);
    }

    /**
     * {@code more}: how many people will be added later. Sized once, the maps are not rehashed a dozen
     * times while 100,000 people are added (a fifth of a big import's reading time, measured).
     */
    public PeopleIndex(List<Participant> people, int more) {
        int capacity = (int) Math.min(Integer.MAX_VALUE, (people.size() + (long) more) * 4 / 3 + 16);
        byEmail = new HashMap<>(capacity);
        byNameAndMinistry = new HashMap<>(capacity);
        byName = new HashMap<>(capacity);
        people.forEach(this::add);
    }

    public void add(Participant p) {
        if (p.email() != null) {
            byEmail.put(p.email().toLowerCase(Locale.ROOT), p);
        }
        String name = key(p.firstName(), p.lastName());
        byNameAndMinistry.put(name + "|" + (p.ministry() == null ? "" : p.ministry()), p);
        Participant previous = byName.put(name, p);
        if (previous != null && !previous.id().equals(p.id())) {
            ambiguousName.put(name, true);
        }
    }

    /** Replaces a person after an update (same id), so that later rows see the new values. */
    public void replace(Participant before, Participant after) {
        if (before.email() != null) {
            byEmail.remove(before.email().toLowerCase(Locale.ROOT));
        }
        add(after);
    }

    public Participant find(PlannedParticipant row) {
        if (row.email() != null) {
            Participant p = byEmail.get(row.email().toLowerCase(Locale.ROOT));
            if (p != null) {
                return p;
            }
        }
        String name = key(row.firstName(), row.lastName());
        Participant p = byNameAndMinistry.get(name + "|" + (row.ministry() == null ? "" : row.ministry()));
        if (p == null && row.ministry() == null && !ambiguousName.containsKey(name)) {
            p = byName.get(name); // the row says no ministry: the name alone, if nobody else has it
        }
        // A row with an e-mail only takes over a person who has none (else it is someone else).
        if (p != null && row.email() != null && p.email() != null) {
            return null;
        }
        return p;
    }

    /** Proposers are typed as an e-mail or a name; finds the person either way. */
    public Participant findByText(String text) {
        String t = Cells.email(text);
        if (t.contains("@")) {
            return byEmail.get(t.toLowerCase(Locale.ROOT));
        }
        String[] parts = Cells.splitFullName(text);
        String name = nameKey(parts[0], parts[1]);
        return ambiguousName.containsKey(name) ? null : byName.get(name);
    }

    private String key(String first, String last) {
        if (first != lastFirst || last != lastLast) {
            lastKey = nameKey(first, last);
            lastFirst = first;
            lastLast = last;
        }
        return lastKey;
    }

    /** Words of the name, normalised and sorted: "MARTIN Camille" = "Camille Martin". */
    public static String nameKey(String first, String last) {
        String key = Texts.key(first + " " + last);
        int space = key.indexOf(' ');
        if (space < 0) {
            return key;
        }
        if (key.indexOf(' ', space + 1) < 0) {
            // Two words, most names: ordered without splitting, sorting and joining (twice per row).
            return compareWords(key, space) <= 0 ? key : key.substring(space + 1) + " " + key.substring(0, space);
        }
        String[] words = key.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** The first word of {@code key} against the second, as String.compareTo would compare them. */
    private static int compareWords(String key, int space) {
        int second = space + 1;
        int n = Math.min(space, key.length() - second);
        for (int i = 0; i < n; i++) {
            int d = key.charAt(i) - key.charAt(second + i);
            if (d != 0) {
                return d;
            }
        }
        return space - (key.length() - second);
    }

    /**
     * The stored person updated with what the row says; fields the row leaves empty keep their
     * stored values. {@code choices} are proposal refs, null when the row gives none.
     */
    public static Participant merge(Participant existing, String id, PlannedParticipant row, List<String> choices) {
        if (existing == null) {
            return new Participant(id, row.firstName(), row.lastName(), row.email(), row.ministry(), row.skills(),
                    row.interests(), choices == null ? List.of() : choices, row.trainings(), row.offers(), row.seeks());
        }
        return new Participant(existing.id(),
                row.firstName().isEmpty() ? existing.firstName() : row.firstName(),
                row.lastName().isEmpty() ? existing.lastName() : row.lastName(),
                row.email() == null ? existing.email() : row.email(),
                row.ministry() == null ? existing.ministry() : row.ministry(),
                row.skills().isEmpty() ? existing.skills() : row.skills(),
                row.interests().isEmpty() ? existing.interests() : row.interests(),
                choices == null || choices.isEmpty() ? existing.choices() : choices,
                row.trainings().isEmpty() ? existing.trainings() : row.trainings(),
                row.offers().isEmpty() ? existing.offers() : row.offers(),
                row.seeks().isEmpty() ? existing.seeks() : row.seeks());
    }
}
