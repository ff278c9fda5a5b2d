package fr.equipage.format;

import fr.equipage.model.Problem;
import java.util.List;

/** A meet-up file that cannot be used as it is; carries every problem found, each naming its element. */
public class MeetupInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public MeetupInputException(String source, List<Problem> problems) {
        super(source + " : " + problems.size() + " problème(s)\n" + String.join("\n",
                problems.stream().map(p -> "  - " + p).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
