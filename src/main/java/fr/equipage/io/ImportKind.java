package fr.equipage.io;

/** What a sheet lists: people who registered, or project proposals. */
public enum ImportKind {
    PARTICIPANTS("participants"),
    PROPOSALS("propositions");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
