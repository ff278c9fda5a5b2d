package fr.equipage.ui.meetups;

import fr.equipage.engine.meetup.MeetupViolation;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.Ministry;
import fr.equipage.model.Round;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The « Rencontres » screen's view-model, free of JavaFX so that its logic is tested without a
 * screen: the season being edited ({@link SeasonState}) and what it shows ({@link SeasonAnalysis}).
 * Every edit re-scores at once and returns a {@link SeasonChange} (before and after) that the screen
 * saves and hands to the undo manager. Held rounds are history: no edit changes them. FX thread only.
 */
public final class MeetupsModel {
    private final I18n i18n;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private SeasonState state;
    private SeasonAnalysis analysis;

    public MeetupsModel(I18n i18n) {
        this.i18n = i18n;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Shows a season as read (after a load, an undo, an edit elsewhere). */
    public void load(SeasonState season) {
        state = season;
        analysis = new SeasonAnalysis(season);
        listeners.forEach(Runnable::run);
    }

    // ---- reading ---------------------------------------------------------------------------

    public boolean isLoaded() {
        return state != null;
    }

    public SeasonState state() {
        return state;
    }

    public MeetupInstance instance() {
        return state.instance();
    }

    public MeetupSettings settings() {
        return state.instance().settings();
    }

    public int roundCount() {
        return settings().rounds();
    }

    /** True once at least one round is planned. */
    public boolean hasPlan() {
        return !state.schedule().rounds().isEmpty();
    }

    public boolean isPlanned(int round) {
        return state.round(round) != null;
    }

    public boolean isHeld(int round) {
        return state.isHeld(round);
    }

    /** The first round not held yet ("le prochain tour"), or 0 when every round is held. */
    public int nextRound() {
        for (int r = 1; r <= roundCount(); r++) {
            if (!isHeld(r)) {
                return r;
            }
        }
        return 0;
    }

    /** The season's score over the rounds planned so far (meetup-model.md §4). */
    public MeetupScore score() {
        return analysis.total();
    }

    public MeetupScore roundScore(int round) {
        return analysis.roundScore(round);
    }

    public List<GroupView> groups(int round) {
        return analysis.groups(round);
    }

    public List<PairWarning> warnings(int round) {
        return analysis.warnings(round);
    }

    public List<PairWarning> allWarnings() {
        return analysis.allWarnings();
    }

    public List<MeetupViolation> violations() {
        return analysis.violations();
    }

    public MeetupPerson person(String id) {
        return analysis.person(id);
    }

    public String name(String id) {
        MeetupPerson p = person(id);
        return p == null ? id : p.name();
    }

    /** The name of a person's ministry (its code when the ministry is unknown). */
    public String ministryName(String code) {
        return state.instance().ministries().stream().filter(m -> m.code().equals(code)).map(Ministry::name)
                .findFirst().orElse(code);
    }

    public boolean isPresent(int round, String person) {
        MeetupPerson p = person(person);
        return p != null && p.presentAt(round);
    }

    public long presentCount(int round) {
        return state.instance().participants().stream().filter(p -> p.presentAt(round)).count();
    }

    /** The 0-based table of a person in a round, -1 when not placed. */
    public int groupOf(int round, String person) {
        Round r = state.round(round);
        if (r != null) {
            for (int g = 0; g < r.groups().size(); g++) {
                if (r.groups().get(g).contains(person)) {
                    return g;
                }
            }
        }
        return -1;
    }

    /** People present at a planned round but at no table (they said they would come after it was planned). */
    public List<String> unplaced(int round) {
        if (!isPlanned(round)) {
            return List.of();
        }
        return state.instance().participants().stream().filter(p -> p.presentAt(round) && groupOf(round, p.id()) < 0)
                .map(MeetupPerson::id).toList();
    }

    // ---- previews --------------------------------------------------------------------------

    /** What dropping {@code a} on {@code b} in a round would do. */
    public SwapPreview previewSwap(int round, String a, String b) {
        if (!canSwap(round, a, b)) {
            return SwapPreview.NONE;
        }
        SeasonState after = swapped(round, a, b);
        SeasonAnalysis next = new SeasonAnalysis(after);
        // A swap in one round can also make a pair meet again in a later round: every round is compared.
        Set<PairWarning> now = new HashSet<>(pairsOnly(analysis.allWarnings()));
        List<PairWarning> added = next.allWarnings().stream().filter(w -> !now.contains(pairOnly(w))).toList();
        return new SwapPreview(true, next.total().total() - score().total(), added);
    }

    private static List<PairWarning> pairsOnly(List<PairWarning> ws) {
        return ws.stream().map(MeetupsModel::pairOnly).toList();
    }

    /** A warning without its table number, to compare before and after a swap moved the pair. */
    private static PairWarning pairOnly(PairWarning w) {
        return new PairWarning(w.kind(), w.round(), -1, w.first(), w.second(), w.metIn());
    }

    private boolean canSwap(int round, String a, String b) {
        if (state == null || isHeld(round) || !isPlanned(round) || a.equals(b)) {
            return false;
        }
        int ga = groupOf(round, a);
        int gb = groupOf(round, b);
        return ga >= 0 && gb >= 0 && ga != gb;
    }

    private SeasonState swapped(int round, String a, String b) {
        List<List<String>> groups = new ArrayList<>();
        for (List<String> g : state.round(round).groups()) {
            groups.add(g.stream().map(x -> x.equals(a) ? b : x.equals(b) ? a : x).toList());
        }
        return state.withRound(new Round(round, groups));
    }

    // ---- edits -----------------------------------------------------------------------------

    /** Exchanges the tables of two people in a round; empty in a held round or when they share a table. */
    public Optional<SeasonChange> swap(int round, String a, String b) {
        if (!canSwap(round, a, b)) {
            return Optional.empty();
        }
        return Optional.of(change(i18n.format("meetups.edit.swap", name(a), name(b), round), swapped(round, a, b)));
    }

    /**
     * Says whether a person comes to a round. Tables stay as they are (as the service saves them):
     * someone who will not come but sits at a table, or comes but sits nowhere, is shown as such
     * until « Re-planifier ce tour » redoes the tables for the people present.
     */
    public Optional<SeasonChange> setPresent(int round, String person, boolean present) {
        MeetupPerson p = person(person);
        if (p == null || isHeld(round) || round < 1 || round > roundCount() || p.presentAt(round) == present) {
            return Optional.empty();
        }
        TreeSet<Integer> absent = new TreeSet<>(p.absent());
        if (present) {
            absent.remove(round);
        } else {
            absent.add(round);
        }
        MeetupPerson changed = new MeetupPerson(p.id(), p.name(), p.ministry(), p.interests(), p.offers(), p.seeks(),
                List.copyOf(absent));
        List<MeetupPerson> people = state.instance().participants().stream().map(x -> x.id().equals(person) ? changed : x)
                .toList();
        String label = i18n.format(present ? "meetups.edit.present" : "meetups.edit.absent", p.name(), round);
        return Optional.of(change(label, state.withInstance(state.instance().withParticipants(people))));
    }

    /** People placed at a table of a planned round who said they would not come. */
    public List<String> placedButAbsent(int round) {
        Round r = state.round(round);
        if (r == null) {
            return List.of();
        }
        return r.groups().stream().flatMap(List::stream).filter(id -> !isPresent(round, id)).toList();
    }

    /** Marks a planned round as held: its meetings become history and it no longer changes. */
    public Optional<SeasonChange> markHeld(int round) {
        if (!isPlanned(round) || isHeld(round)) {
            return Optional.empty();
        }
        TreeSet<Integer> held = new TreeSet<>(state.held());
        held.add(round);
        return Optional.of(change(i18n.format("meetups.edit.held", round), state.withHeld(held)));
    }

    /**
     * New settings, named for undo by what changed ({@code what} and its new {@code value}; null
     * for a reset to the defaults). The season cannot become shorter than its last held round; rounds
     * past its new end are dropped.
     */
    public Optional<SeasonChange> changeSettings(MeetupSettings settings, String what, String value) {
        if (settings.equals(settings()) || settings.rounds() < 1 || settings.groupSize() < 2
                || settings.rounds() < state.lastHeld()) {
            return Optional.empty();
        }
        String label = what == null ? i18n.get("meetups.edit.resetSettings")
                : i18n.format("meetups.edit.setting", what, value);
        return Optional.of(change(label, state.withInstance(state.instance().withSettings(settings)).trimmed()));
    }

    private SeasonChange change(String label, SeasonState after) {
        SeasonState before = state;
        load(after);
        return new SeasonChange(label, before, after);
    }
}
