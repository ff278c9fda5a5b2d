package fr.equipage.model;

/** The five parts of the score (spec §4) and their sum. */
public record ScoreParts(long total, long choice, long unassigned, long skillCovered, long extraMinistry, long together) {
    public static final ScoreParts ZERO = new ScoreParts(0, 0, 0, 0, 0, 0);

    public static ScoreParts of(long choice, long unassigned, long skillCovered, long extraMinistry, long together) {
        return new ScoreParts(choice + unassigned + skillCovered + extraMinistry + together,
                choice, unassigned, skillCovered, extraMinistry, together);
    }
}
