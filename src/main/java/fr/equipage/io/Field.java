package fr.equipage.io;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a column holds. Name and e-mail columns in a proposals sheet name the proposer; "Compétences"
 * in a proposals sheet are the skills the project looks for.
 */
public enum Field {
    IGNORE("(ignorer)"),
    LAST_NAME("Nom"),
    FIRST_NAME("Prénom"),
    FULL_NAME("Nom complet"),
    EMAIL("Courriel"),
    MINISTRY("Ministère"),
    SKILLS("Compétences"),
    INTERESTS("Centres d'intérêt"),
    CHOICE("Choix"),
    CHOICE_LIST("Projets souhaités (liste)"),
    /** A ranking grid column: the project is named in the header, the cell holds its rank. */
    RANK("Rang du projet nommé dans l'en-tête"),
    TITLE("Titre du projet"),
    DESCRIPTION("Description"),
    PROPOSERS("Porteurs"),
    MIN_SIZE("Taille min"),
    MAX_SIZE("Taille max"),
    SIZE_RANGE("Taille (min-max)"),
    NEEDED_SKILLS("Compétences recherchées");

    /** Fields that only make sense for one kind; they tell the kinds apart. */
    static final Set<Field> PARTICIPANT_ONLY = EnumSet.of(INTERESTS, CHOICE, CHOICE_LIST, RANK);
    static final Set<Field> PROPOSAL_ONLY = EnumSet.of(TITLE, DESCRIPTION, PROPOSERS, MIN_SIZE, MAX_SIZE,
            SIZE_RANGE, NEEDED_SKILLS);

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** French label, as in the report and the CLI. Other languages: {@link ColumnTarget#text()}. */
    public String label() {
        return label;
    }

    public boolean usedFor(ImportKind kind) {
        return kind == ImportKind.PARTICIPANTS ? !PROPOSAL_ONLY.contains(this) : !PARTICIPANT_ONLY.contains(this);
    }
}
