package fr.equipage.io;

/** What a sheet lists: people who registered, or project proposals. Texts name it by the key kind. plus its name. */
public enum ImportKind {
    PARTICIPANTS,
    PROPOSALS
}
