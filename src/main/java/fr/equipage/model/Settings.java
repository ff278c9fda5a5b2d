package fr.equipage.model;

/** The rules and weights the organiser agreed on (spec §1); the defaults are the spec's. */
public record Settings(int maxTeams, int minDistinctMinistries, int maxPerMinistry,
                       boolean proposersJoinOwnProject, boolean onlyChosenProjects, Weights weights) {
    public static final Settings DEFAULT = new Settings(8, 3, 2, true, true, Weights.DEFAULT);

    public Settings {
        weights = weights == null ? Weights.DEFAULT : weights;
    }

    public Settings withMaxTeams(int n) {
        return new Settings(n, minDistinctMinistries, maxPerMinistry, proposersJoinOwnProject, onlyChosenProjects, weights);
    }
}
