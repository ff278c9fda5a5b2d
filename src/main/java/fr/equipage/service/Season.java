package fr.equipage.service;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.io.TrainingDemand;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent read of a workshop's season of trainings: the theme catalogue (the workshop's own, or
 * the six defaults), the demand per theme (total and per ministry), the speaker ideas, and the sessions
 * in season order each with its invite list. {@code people} are the workshop's participants, to name
 * who suggested an idea.
 */
public record Season(List<String> themes, TrainingDemand demand, List<SpeakerIdea> ideas, List<InviteList> sessions,
                     List<Participant> people) {
    public Season {
        themes = List.copyOf(themes);
        ideas = List.copyOf(ideas);
        sessions = List.copyOf(sessions);
        people = List.copyOf(people);
    }

    /** The speaker ideas on one theme ("" for those without a theme). */
    public List<SpeakerIdea> ideasOn(String theme) {
        return ideas.stream().filter(i -> i.theme().equals(theme)).toList();
    }

    /** The ideas grouped by theme: catalogue order first, then other themes, then "" (no theme). */
    public Map<String, List<SpeakerIdea>> ideasByTheme() {
        Map<String, List<SpeakerIdea>> out = new LinkedHashMap<>();
        themes.forEach(t -> out.put(t, ideasOn(t)));
        ideas.stream().map(SpeakerIdea::theme).filter(t -> !t.isEmpty()).distinct().forEach(t -> out.putIfAbsent(t, ideasOn(t)));
        out.put("", ideasOn(""));
        return out;
    }

    /** The sessions alone, in season order. */
    public List<TrainingSession> sessionList() {
        return sessions.stream().map(InviteList::session).toList();
    }

    /** The session numbered {@code id} with its invite list. */
    public Optional<InviteList> session(int id) {
        return sessions.stream().filter(s -> s.session().id() == id).findFirst();
    }

    /** The person who suggested the idea, when known and still in the workshop. */
    public Optional<Participant> suggester(SpeakerIdea idea) {
        return people.stream().filter(p -> p.id().equals(idea.suggestedBy())).findFirst();
    }

    /** How many people asked for the theme. */
    public int demandFor(String theme) {
        return demand.rows().stream().filter(r -> r.theme().equals(theme)).mapToInt(TrainingDemand.Row::demands)
                .findFirst().orElse(0);
    }
}
