package fr.equipage.engine;

/**
 * One rule as it applies to one element: H1 for the plan, H2 minimum or maximum size, H3 and H6 for
 * one proposal, H4 for one ministry in one proposal, H5 for one lock, H8 for one pair. The
 * infeasibility analysis switches these on and off one by one. Indices are -1 when not relevant.
 */
record RuleGroup(String rule, Kind kind, int proposal, int participant, int other, int ministry) {
    enum Kind { MAX_TEAMS, MIN_SIZE, MAX_SIZE, DIVERSITY, MINISTRY_CAP, LOCK, PROPOSER, APART }

    static RuleGroup maxTeams() {
        return new RuleGroup("H1", Kind.MAX_TEAMS, -1, -1, -1, -1);
    }

    static RuleGroup minSize(int t) {
        return new RuleGroup("H2", Kind.MIN_SIZE, t, -1, -1, -1);
    }

    static RuleGroup maxSize(int t) {
        return new RuleGroup("H2", Kind.MAX_SIZE, t, -1, -1, -1);
    }

    static RuleGroup diversity(int t) {
        return new RuleGroup("H3", Kind.DIVERSITY, t, -1, -1, -1);
    }

    static RuleGroup ministryCap(int t, int m) {
        return new RuleGroup("H4", Kind.MINISTRY_CAP, t, -1, -1, m);
    }

    static RuleGroup lock(int p, int t) {
        return new RuleGroup("H5", Kind.LOCK, t, p, -1, -1);
    }

    static RuleGroup proposer(int t, int p) {
        return new RuleGroup("H6", Kind.PROPOSER, t, p, -1, -1);
    }

    static RuleGroup apart(int a, int b) {
        return new RuleGroup("H8", Kind.APART, -1, a, b, -1);
    }

    @Override
    public String toString() {
        return kind + ":" + proposal + ":" + participant + ":" + other + ":" + ministry;
    }
}
