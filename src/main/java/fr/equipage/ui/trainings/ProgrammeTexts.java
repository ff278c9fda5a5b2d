package fr.equipage.ui.trainings;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.service.Season;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the programme side shows, as text, free of JavaFX: each session's row (a day not fixed yet,
 * a speaker still to find and an online session say so in words), the invite list's title and its
 * one-sentence explanation, each invited person's line, and the speaker ideas as read beside a theme.
 */
public final class ProgrammeTexts {
    private final I18n i18n;

    public ProgrammeTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * One person of the list, in the fair order: invited ({@code rank} "1", "2"…) or, after them, on the
     * waiting list ({@code waiting}, rank "att. 1"…), who gets a place that frees up.
     */
    public record InviteRow(String rank, String name, String ministry, String email, boolean waiting) {
    }

    public String date(TrainingSession s) {
        return s.date() == null ? i18n.get("trainings.session.noDate") : SessionForm.SHOWN.format(s.date());
    }

    public String speaker(TrainingSession s) {
        return s.speaker().isEmpty() ? i18n.get("trainings.session.noSpeaker") : s.speaker();
    }

    /** "Ségur, salle 2", "En ligne", "En ligne — lien de la visio", or "à préciser". */
    public String where(TrainingSession s) {
        if (s.online()) {
            return s.place().isEmpty() ? i18n.get("trainings.session.online")
                    : i18n.format("trainings.session.onlineAt", s.place());
        }
        return s.place().isEmpty() ? i18n.get("trainings.session.noPlace") : s.place();
    }

    /** "Session 2 · NLP · 14/03/2024 : 15 invités pour 15 places (18 demandes, 3 en attente)". */
    public String invitesTitle(InviteList list) {
        TrainingSession s = list.session();
        return i18n.format("trainings.invites.title", s.id(), s.theme(), date(s), list.invited().size(), s.capacity(),
                list.asked(), list.waiting().size());
    }

    /** Why these people, in one sentence, in the organiser's language. */
    public String explanation(InviteList list) {
        return i18n.typeset(list.explanation().format(i18n.locale()));
    }

    /**
     * The invited people in order; the ministry by its code, which keeps the column narrow (as in the
     * participants' table; the exported lists give its name too).
     */
    public List<InviteRow> invites(InviteList list) {
        List<InviteRow> rows = new ArrayList<>();
        int rank = 1;
        for (Participant p : list.invited()) {
            rows.add(row(Integer.toString(rank++), p, false));
        }
        rank = 1;
        for (Participant p : list.waiting()) {
            rows.add(row(i18n.format("trainings.invites.waitingRank", rank++), p, true));
        }
        return rows;
    }

    private static InviteRow row(String rank, Participant p, boolean waiting) {
        return new InviteRow(rank, p.name(), p.ministry() == null ? "" : p.ministry(), p.email() == null ? "" : p.email(),
                waiting);
    }

    /** "Jeanne Martin (Etalab)": an idea as named under its theme's bar. */
    public String ideaShort(SpeakerIdea idea) {
        return idea.organisation().isEmpty() ? idea.speaker()
                : i18n.format("trainings.idea.withOrganisation", idea.speaker(), idea.organisation());
    }

    /** "Jeanne Martin (Etalab) — proposée par Alex Durand — note": an idea in the theme's list. */
    public String ideaLine(SpeakerIdea idea, Season season) {
        StringBuilder line = new StringBuilder(ideaShort(idea));
        season.suggester(idea).ifPresent(p -> line.append(i18n.format("trainings.idea.by", p.name())));
        if (!idea.note().isEmpty()) {
            line.append(" — ").append(idea.note());
        }
        return line.toString();
    }

    /** The ideas of each theme as named under the bars. */
    public Map<String, List<String>> ideasByTheme(Season season) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        season.ideasByTheme().forEach((theme, ideas) -> out.put(theme, ideas.stream().map(this::ideaShort).toList()));
        return out;
    }

    /** The speakers already suggested for each theme, offered in the session form. */
    public static Map<String, List<String>> speakersByTheme(Season season) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        season.ideasByTheme().forEach((theme, ideas) -> out.put(theme,
                ideas.stream().map(SpeakerIdea::speaker).filter(s -> !s.isEmpty()).distinct().toList()));
        return out;
    }

    /** "38 personnes ont exprimé un besoin de formation". */
    public String askingCount(Season season) {
        long asking = season.people().stream().filter(p -> !p.trainings().isEmpty()).count();
        return i18n.format("trainings.demand.count", asking, season.people().size());
    }
}
