package fr.equipage.cli;

import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.Participant;
import fr.equipage.model.Workshop;
import fr.equipage.service.MeetupService;
import fr.equipage.service.Services;
import fr.equipage.service.UndoableEdit;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meetups-round --round R [--held | --not-held] [--date JJ/MM/AAAA | --no-date] [--absent REFS]
 * [--present REFS]}: what happened at a meet-up round, for scripts and for the organiser after the coffee:
 * held (it becomes history that planning never changes), its day, who was away. Without a change it shows the
 * round. Every option is checked before anything is written (exit 2, nothing changed); the changes are then
 * saved together, or not at all.
 */
@Command(name = "meetups-round", description = "Affiche un tour de rencontres ou note ce qui s'y est passé : tenu, "
        + "date, absents.")
public class MeetupsRoundCommand implements Callable<Integer> {
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--round", paramLabel = "R", required = true, description = "Numéro du tour.")
    int round;

    // Plain options checked by hand rather than picocli groups: their clash message would be in English.
    @Option(names = "--held", description = "Le tour a eu lieu : il entre dans l'historique et aucune planification ne "
            + "le change plus (date du jour s'il n'en a pas).")
    boolean held;

    @Option(names = "--not-held", description = "Le tour n'a finalement pas eu lieu.")
    boolean notHeld;

    @Option(names = "--date", paramLabel = "JJ/MM/AAAA", description = "Jour du tour.")
    String date;

    @Option(names = "--no-date", description = "Efface le jour du tour.")
    boolean noDate;

    @Option(names = "--absent", split = ",", paramLabel = "PERSONNE", description = "Personnes absentes, séparées par "
            + "des virgules : courriel, « Prénom Nom » ou référence (u03).")
    List<String> absent = new ArrayList<>();

    @Option(names = "--present", split = ",", paramLabel = "PERSONNE", description = "Personnes finalement présentes "
            + "(comme --absent).")
    List<String> present = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (held && notHeld) {
            err.println("--held et --not-held : choisissez l'un ou l'autre.");
            return EquipageCommand.INVALID;
        }
        if (date != null && noDate) {
            err.println("--date et --no-date : choisissez l'un ou l'autre.");
            return EquipageCommand.INVALID;
        }
        LocalDate day = null;
        if (date != null) {
            day = parseDay(date);
            if (day == null) {
                err.println("--date : « " + date + " » n'est pas une date ; écrivez-la JJ/MM/AAAA, par exemple 14/03/2026.");
                return EquipageCommand.INVALID;
            }
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            MeetupService meetups = services.meetups(w.id());
            MeetupSeason season = meetups.season();
            MeetupRound r = season.round(round).filter(MeetupRound::planned).orElse(null);
            if (r == null) {
                err.println("--round : le tour " + round + " n'est pas planifié dans « " + w.name() + " » ("
                        + planned(season) + "). Planifiez-le d'abord avec meetups-plan.");
                return EquipageCommand.INVALID;
            }
            List<String> unknown = new ArrayList<>();
            List<String> away = refs(meetups, absent, unknown);
            List<String> back = refs(meetups, present, unknown);
            if (!unknown.isEmpty()) {
                err.println("Personne ne répond à " + String.join(", ", unknown) + " dans « " + w.name() + " » (ou "
                        + "plusieurs personnes) : donnez le courriel, « Prénom Nom » ou la référence (u03).");
                return EquipageCommand.INVALID;
            }
            Set<String> both = new LinkedHashSet<>(away);
            both.retainAll(back);
            if (!both.isEmpty()) {
                err.println("--absent et --present nomment tous deux " + String.join(", ", both) + ".");
                return EquipageCommand.INVALID;
            }
            List<UndoableEdit> edits = edits(meetups, day, away, back);
            List<UndoableEdit> done = new ArrayList<>();
            try {
                for (UndoableEdit e : edits) {
                    e.redo();
                    done.add(e);
                }
            } catch (RuntimeException e) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    done.get(i).undo();
                }
                throw e;
            }
            Map<String, String> names = new HashMap<>();
            services.read(w.id()).participants().forEach(p -> names.put(p.id(), p.name()));
            describe(out, meetups.season().round(round).orElseThrow(), names);
            return EquipageCommand.OK;
        }
    }

    private List<UndoableEdit> edits(MeetupService meetups, LocalDate day, List<String> away, List<String> back) {
        List<UndoableEdit> edits = new ArrayList<>();
        // The date first: marking a round held gives it today's date only when it has none.
        if (day != null || noDate) {
            edits.add(meetups.setDate(round, day));
        }
        if (held || notHeld) {
            edits.add(meetups.setHeld(round, held));
        }
        away.forEach(who -> edits.add(meetups.setPresent(round, who, false)));
        back.forEach(who -> edits.add(meetups.setPresent(round, who, true)));
        return edits;
    }

    /** The references of the people named, in order; the texts nobody answers to go to {@code unknown}. */
    private static List<String> refs(MeetupService meetups, List<String> named, List<String> unknown) {
        List<String> out = new ArrayList<>();
        List<Participant> found = meetups.findPeople(named);
        for (int i = 0; i < named.size(); i++) {
            if (found.get(i) == null) {
                unknown.add("« " + named.get(i).strip() + " »");
            } else {
                out.add(found.get(i).id());
            }
        }
        return out;
    }

    private static String planned(MeetupSeason season) {
        List<Integer> numbers = season.rounds().stream().filter(MeetupRound::planned).map(MeetupRound::number).toList();
        return numbers.isEmpty() ? "aucun tour planifié"
                : "tours planifiés : " + String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /** JJ/MM/AAAA as organisers write it, or the ISO form scripts write. */
    static LocalDate parseDay(String text) {
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, FRENCH_DAY.withResolverStyle(java.time.format.ResolverStyle.STRICT))
                    : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void describe(PrintWriter out, MeetupRound r, Map<String, String> names) {
        out.println("Tour " + r.number() + " : " + (r.held() ? "tenu" : "pas encore tenu")
                + (r.date() == null ? ", sans date" : ", le " + FRENCH_DAY.format(r.date())) + " ; "
                + r.groups().size() + " groupe(s) ; "
                + (r.absent().isEmpty() ? "personne d'absent." : "absent(s) : "
                        + String.join(", ", r.absent().stream().map(ref -> names.getOrDefault(ref, ref)).toList()) + "."));
    }
}
