package fr.equipage.model;

/**
 * An outside speaker a participant suggested for the season's trainings. {@code id} is local to the
 * workshop (0 for an idea not stored yet); {@code suggestedBy} the participant's id, or null when
 * nobody in particular (typed by the organiser); {@code theme} a catalogue theme, or "" when none.
 */
public record SpeakerIdea(int id, String suggestedBy, String speaker, String organisation, String theme, String note) {
    public SpeakerIdea {
        suggestedBy = suggestedBy == null || suggestedBy.isBlank() ? null : suggestedBy.strip();
        speaker = speaker == null ? "" : speaker.strip();
        organisation = organisation == null ? "" : organisation.strip();
        theme = theme == null ? "" : theme.strip();
        note = note == null ? "" : note.strip();
    }

    public SpeakerIdea withId(int newId) {
        return new SpeakerIdea(newId, suggestedBy, speaker, organisation, theme, note);
    }

    public SpeakerIdea withSuggestedBy(String participant) {
        return new SpeakerIdea(id, participant, speaker, organisation, theme, note);
    }

    public SpeakerIdea withTheme(String newTheme) {
        return new SpeakerIdea(id, suggestedBy, speaker, organisation, newTheme, note);
    }
}
