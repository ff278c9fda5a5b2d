package fr.equipage.model;

/** A plan saved under a name, to compare with the board or bring back. */
public record Scenario(long id, String name, Plan plan) {
}
