package fr.equipage.cli;

/** Input the command cannot use (unknown workshop, bad value): exit 2, nothing changed. French message. */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
