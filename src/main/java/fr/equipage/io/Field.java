package fr.equipage.io;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a column holds. Name and e-mail columns in a proposals sheet name the proposer; "Compétences"
 * in a proposals sheet are the skills the project looks for.
 */
public enum Field {
    IGNORE,
    LAST_NAME,
    FIRST_NAME,
    FULL_NAME,
    EMAIL,
    MINISTRY,
    SKILLS,
    INTERESTS,
    /** Training themes the person asks for, listed in one cell. */
    TRAININGS,
    /** Know-how the person can share (meet-ups), listed in one cell. */
    OFFERS,
    /** Know-how the person wants to learn (meet-ups), listed in one cell. */
    SEEKS,
    CHOICE,
    CHOICE_LIST,
    /** A ranking grid column: the project is named in the header, the cell holds its rank. */
    RANK,
    TITLE,
    DESCRIPTION,
    PROPOSERS,
    MIN_SIZE,
    MAX_SIZE,
    SIZE_RANGE,
    NEEDED_SKILLS;

    /** Fields that only make sense for one kind; they tell the kinds apart. */
    static final Set<Field> PARTICIPANT_ONLY = EnumSet.of(INTERESTS, TRAININGS, OFFERS, SEEKS, CHOICE, CHOICE_LIST, RANK);
    static final Set<Field> PROPOSAL_ONLY = EnumSet.of(TITLE, DESCRIPTION, PROPOSERS, MIN_SIZE, MAX_SIZE,
            SIZE_RANGE, NEEDED_SKILLS);

    /** French label, as in the report and the CLI; {@link ColumnTarget#text()} gives it in any language. */
    public String label() {
        return ImportTexts.text(ImportTexts.FRENCH, "field." + name(), "");
    }

    /**
     * Whether a list of that kind reads the field. « Savoir-faire recherchés » names the skills a project
     * looks for in a proposals list and what the person wants to learn in a registrations list: a
     * participants list reads it as {@link #SEEKS}.
     */
    public boolean usedFor(ImportKind kind) {
        return kind == ImportKind.PARTICIPANTS ? !PROPOSAL_ONLY.contains(this) || this == NEEDED_SKILLS
                : !PARTICIPANT_ONLY.contains(this);
    }
}
