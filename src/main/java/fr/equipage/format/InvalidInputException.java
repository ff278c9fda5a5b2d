package fr.equipage.format;

import fr.equipage.model.Problem;
import java.util.List;

/** Input that cannot be used as it is; carries every problem found, each located. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(String source, List<Problem> problems) {
        super(source + " : " + problems.size() + " problème(s)\n" + String.join("\n",
                problems.stream().map(p -> "  - " + p).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
