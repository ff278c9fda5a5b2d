package fr.equipage.service;

import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.engine.meetup.MeetupResult;
import fr.equipage.engine.meetup.MeetupRules;
import fr.equipage.engine.meetup.MeetupScheduler;
import fr.equipage.engine.meetup.MeetupScorer;
import fr.equipage.engine.meetup.MeetupViolation;
import fr.equipage.io.PeopleIndex;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupValidation;
import fr.equipage.model.Pair;
import fr.equipage.model.PairKind;
import fr.equipage.model.Participant;
import fr.equipage.model.Problem;
import fr.equipage.model.Round;
import fr.equipage.store.MeetupRepository;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The season's meet-ups of one workshop (issue 12): reads the stored season, plans the whole season
 * or one round with the engine, scores a schedule, and makes the undoable edits of the « Rencontres »
 * screen, each saved at once. Rounds already held are history: planning never changes them.
 *
 * <p>Planning does not save: {@link #planSeason} and {@link #planRound} return a {@link MeetupPlan},
 * and {@link #savePlan} turns it into an edit, so that the window can offer Undo and the command line
 * saves it by running the edit once.
 */
public final class MeetupService {
    private final Store store;
    private final Labels labels;
    private final long workshop;
    private final MeetupEdits edits;

    MeetupService(Store store, Labels labels, long workshop) {
        this.store = store;
        this.labels = labels;
        this.workshop = workshop;
        this.edits = new MeetupEdits(store, labels, workshop);
    }

    /**
     * The season as stored: settings, the launch-day option, and rounds 1..settings.rounds() (a round
     * nothing is known about is {@link MeetupRound#empty}); people deleted since are left out of groups.
     */
    public MeetupSeason season() {
        return store.tx(c -> read(c).season());
    }

    /**
     * The whole season as the engine sees it (every round, absences as stored, history = the launch-day
     * teams when the option says so): score the stored or edited schedule against it for a live score.
     */
    public MeetupInstance instance() {
        return MeetupInstances.season(store.tx(this::read));
    }

    /**
     * What {@link #planSeason} gives the engine, as written by {@code export-meetups-instance}: the rounds
     * not held yet, numbered from 1 in order, the held rounds (and launch-day teams when counted) as history.
     */
    public MeetupInstance remainingInstance() {
        return MeetupInstances.remaining(store.tx(this::read), new ArrayList<>());
    }

    /** The real round numbers of {@link #remainingInstance()}'s rounds 1..k. */
    public List<Integer> remainingRounds() {
        List<Integer> numbers = new ArrayList<>();
        MeetupInstances.remaining(store.tx(this::read), numbers);
        return numbers;
    }

    /** The pairs of people who were in the same launch-day team (the current plan), whatever the option says. */
    public List<Pair> launchDayPairs() {
        return MeetupInstances.launchPairs(store.tx(this::read).launchTeams());
    }

    /**
     * Who had already met before round {@code round} of {@code season}: the launch-day teams when the
     * option says they count, and the groups of the rounds before it. Two people of a group of round
     * {@code round} in this set make a repeat (the red warning on the board).
     */
    public Set<Pair> metBefore(MeetupSeason season, int round) {
        Set<Pair> met = new HashSet<>();
        if (season.teamsHaveMet()) {
            met.addAll(launchDayPairs());
        }
        met.addAll(MeetupInstances.metIn(season, r -> r.number() < round));
        return met;
    }

    /** The score of a season's planned rounds (held ones included), by meetup-model.md §4. */
    public MeetupScore score(MeetupSeason season) {
        return MeetupScorer.score(instanceFor(season), season.schedule());
    }

    /** Rules M1–M2 broken by the planned rounds of a season (rounds not planned yet are not reported). */
    public List<MeetupViolation> violations(MeetupSeason season) {
        Set<Integer> planned = new HashSet<>();
        season.rounds().stream().filter(MeetupRound::planned).forEach(r -> planned.add(r.number()));
        return MeetupRules.check(instanceFor(season), season.schedule()).stream()
                .filter(v -> v.round() == 0 || planned.contains(v.round())).toList();
    }

    private MeetupInstance instanceFor(MeetupSeason season) {
        MeetupInstances.Workshop w = store.tx(this::read);
        return MeetupInstances.season(new MeetupInstances.Workshop(season, w.people(), w.ministries(), w.apart(),
                w.launchTeams()));
    }

    /**
     * Plans every round not held yet, given the held ones (and the launch-day teams when they count) as
     * history and the absences as stored. Blocks for up to the options' time limit; cancel with the
     * options' token (the best schedule so far is returned). Saves nothing.
     */
    public MeetupPlan planSeason(MeetupOptions options) {
        MeetupInstances.Workshop w = store.tx(this::read);
        List<Integer> numbers = new ArrayList<>();
        MeetupInstance instance = MeetupInstances.remaining(w, numbers);
        if (w.people().isEmpty()) {
            return MeetupPlan.refused(List.of(new Problem("participants", "", labels.format("error.meetup.nobody"))));
        }
        if (numbers.isEmpty()) {
            return MeetupPlan.refused(List.of(new Problem("rounds", "held", labels.format("error.meetup.allHeld"))));
        }
        List<Problem> problems = MeetupValidation.problems(instance);
        if (!problems.isEmpty()) {
            return MeetupPlan.refused(problems);
        }
        MeetupResult r = MeetupScheduler.season(instance, options);
        List<MeetupRound> rounds = new ArrayList<>();
        for (Round planned : r.schedule().rounds()) {
            int number = numbers.get(planned.number() - 1);
            rounds.add(w.season().round(number).orElse(MeetupRound.empty(number)).withGroups(planned.groups()));
        }
        return new MeetupPlan(List.of(), rounds, r);
    }

    /**
     * Plans round {@code number} alone for the people {@code present} (everyone else becomes absent from
     * it), avoiding every meeting of the other rounds of the season and of the launch-day teams when they
     * count. Refused for a held round. Saves nothing.
     */
    public MeetupPlan planRound(int number, Collection<String> present, MeetupOptions options) {
        MeetupInstances.Workshop w = store.tx(this::read);
        MeetupRound round = w.season().round(number).orElse(null);
        if (round == null) {
            return MeetupPlan.refused(List.of(new Problem("round " + number, "number",
                    labels.format("error.meetup.noRound", number, w.season().settings().rounds()))));
        }
        if (round.held()) {
            return MeetupPlan.refused(List.of(new Problem("round " + number, "held",
                    labels.format("error.meetup.roundHeld", number))));
        }
        Set<String> here = new HashSet<>(present);
        if (w.people().stream().noneMatch(p -> here.contains(p.id()))) {
            return MeetupPlan.refused(List.of(new Problem("round " + number, "present",
                    labels.format("error.meetup.nobodyPresent", number))));
        }
        MeetupInstance instance = MeetupInstances.oneRound(w, number);
        List<Problem> problems = MeetupValidation.problems(instance);
        if (!problems.isEmpty()) {
            return MeetupPlan.refused(problems);
        }
        MeetupResult r = MeetupScheduler.nextRound(instance, here, options);
        List<String> absent = w.people().stream().map(Participant::id).filter(id -> !here.contains(id)).toList();
        List<List<String>> groups = r.schedule().rounds().isEmpty() ? List.of() : r.schedule().rounds().get(0).groups();
        return new MeetupPlan(List.of(), List.of(round.withGroups(groups).withAbsent(absent)), r, true);
    }

    /**
     * Plans round {@code number} alone for the people not marked absent from it (the stored presence),
     * as {@link #planRound(int, Collection, MeetupOptions)} does.
     */
    public MeetupPlan planRound(int number, MeetupOptions options) {
        MeetupInstances.Workshop w = store.tx(this::read);
        MeetupRound round = w.season().round(number).orElse(MeetupRound.empty(number));
        List<String> present = w.people().stream().map(Participant::id).filter(id -> !round.isAbsent(id)).toList();
        return planRound(number, present, options);
    }

    /**
     * Saves a plan's rounds: their groups, and who was present when the plan {@code setsPresence}; refused
     * (when done) on a round held meanwhile.
     */
    public UndoableEdit savePlan(MeetupPlan plan) {
        return edits.savePlan(plan.rounds(), plan.setsPresence());
    }

    /** Puts {@code a} and {@code b} (in two groups of round {@code round}) each in the other's place. */
    public UndoableEdit swap(int round, String a, String b) {
        return edits.swap(round, a, b);
    }

    /** Moves {@code who} to group {@code toGroup} (0-based) of round {@code round}. */
    public UndoableEdit move(int round, String who, int toGroup) {
        return edits.move(round, who, toGroup);
    }

    /** Marks {@code who} present or absent at round {@code round}; groups stay as they are until re-planned. */
    public UndoableEdit setPresent(int round, String who, boolean present) {
        return edits.setPresent(round, who, present);
    }

    /**
     * The people a script or the organiser names, each by reference (« u03 »), e-mail, or first and last name in
     * either order: for each text, in order, the person found, or null when nobody, or more than one person,
     * answers to it.
     */
    public List<Participant> findPeople(List<String> texts) {
        List<Participant> people = store.tx(c -> store.participants.all(c, workshop));
        Map<String, Participant> byRef = new HashMap<>();
        people.forEach(p -> byRef.put(p.id(), p));
        PeopleIndex index = new PeopleIndex(people);
        List<Participant> found = new ArrayList<>();
        for (String text : texts) {
            String t = text.strip();
            found.add(byRef.containsKey(t) ? byRef.get(t) : index.findByText(t));
        }
        return found;
    }

    /**
     * Marks a planned round held (it becomes history; its date is set to today when it had none) or
     * not held any more.
     */
    public UndoableEdit setHeld(int round, boolean held) {
        return edits.setHeld(round, held, LocalDate.now());
    }

    /** Sets (or clears, with null) the day of a round. */
    public UndoableEdit setDate(int round, LocalDate date) {
        return edits.setDate(round, date);
    }

    /**
     * Changes the settings and the launch-day option. Refused (IllegalArgumentException, French message)
     * when the group size is under 2, the number of rounds under 1 or under the last held round.
     */
    public UndoableEdit changeSettings(MeetupSettings settings, boolean teamsHaveMet) {
        List<String> wrong = settingsProblems(settings);
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", wrong));
        }
        return edits.changeSettings(new MeetupRepository.Config(settings, teamsHaveMet));
    }

    /** What is wrong with settings for this workshop, in the organiser's words; empty when they can be saved. */
    public List<String> settingsProblems(MeetupSettings settings) {
        List<String> out = new ArrayList<>();
        if (settings.groupSize() < 2) {
            out.add(labels.format("error.meetup.groupSize", settings.groupSize()));
        }
        if (settings.rounds() < 1) {
            out.add(labels.format("error.meetup.rounds", settings.rounds()));
        }
        int lastHeld = store.tx(c -> store.meetups.rounds(c, workshop)).stream().filter(MeetupRound::held)
                .mapToInt(MeetupRound::number).max().orElse(0);
        if (settings.rounds() >= 1 && settings.rounds() < lastHeld) {
            out.add(labels.format("error.meetup.roundsBelowHeld", settings.rounds(), lastHeld));
        }
        return out;
    }

    private MeetupInstances.Workshop read(Connection c) throws SQLException {
        List<Participant> people = store.participants.all(c, workshop);
        Set<String> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.id()));
        MeetupRepository.Config config = store.meetups.config(c, workshop);
        Map<Integer, MeetupRound> stored = new TreeMap<>();
        store.meetups.rounds(c, workshop).forEach(r -> stored.put(r.number(), r));
        List<MeetupRound> rounds = new ArrayList<>();
        for (int n = 1; n <= config.settings().rounds(); n++) {
            MeetupRound r = stored.get(n);
            rounds.add(r == null ? MeetupRound.empty(n) : MeetupInstances.withoutStrangers(r, ids));
        }
        MeetupSeason season = new MeetupSeason(config.settings(), config.teamsHaveMet(), rounds);
        return new MeetupInstances.Workshop(season, people, store.ministries.all(c),
                store.constraints.pairs(c, workshop, PairKind.APART), store.plans.current(c, workshop).orElse(null));
    }
}
