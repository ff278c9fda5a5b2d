package fr.equipage.model;

/**
 * Score weights of the meet-up model (meetup-model.md §4). With the defaults a repeat meeting
 * (−100) costs more than any pair's affinities can gain, so the score puts "nobody meets twice" first.
 */
public record MeetupWeights(int repeat, int sameMinistry, int sharedInterest, int knowHow) {
    public static final MeetupWeights DEFAULT = new MeetupWeights(-100, -3, 1, 2);
}
