package fr.equipage.model;

/**
 * The score of a meet-up schedule (meetup-model.md §4): the four weighted parts, their sum, and
 * {@code repeats}, the number of meetings of pairs who had already met.
 */
public record MeetupScore(long total, long repeat, long sameMinistry, long sharedInterest, long knowHow, long repeats) {
    public static final MeetupScore ZERO = new MeetupScore(0, 0, 0, 0, 0, 0);

    public static MeetupScore of(long repeat, long sameMinistry, long sharedInterest, long knowHow, long repeats) {
        return new MeetupScore(repeat + sameMinistry + sharedInterest + knowHow, repeat, sameMinistry, sharedInterest,
                knowHow, repeats);
    }
}
