package fr.equipage.cli;

import fr.equipage.files.FileErrors;
import fr.equipage.format.InvalidInputException;
import fr.equipage.format.MeetupsJson;
import fr.equipage.format.RoundsJson;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.Schedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reading meet-up files for the commands, with the French messages and nothing else. */
final class MeetupFiles {
    private MeetupFiles() {
    }

    /** The instance, or null after printing every problem (each naming its element). */
    static MeetupInstance readInstance(Path file, PrintWriter err) {
        try {
            return MeetupsJson.read(file);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            cannotRead(file, e, err);
        }
        return null;
    }

    /** The schedule, or null after printing what is wrong with its shape. */
    static Schedule readSchedule(Path file, PrintWriter err) {
        try {
            return RoundsJson.read(file);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            cannotRead(file, e, err);
        }
        return null;
    }

    /** Same wording as the team commands: the user's path, the reason in French. */
    private static void cannotRead(Path file, IOException e, PrintWriter err) {
        err.println("Lecture impossible : " + FileErrors.describe(e, file));
    }

    /** The score parts, one per line, in French. */
    static void printScore(MeetupScore s, PrintWriter out) {
        out.println("Score total : " + s.total());
        out.println("  répétitions (" + s.repeats() + " rencontre(s) de personnes qui s'étaient déjà vues) : " + s.repeat());
        out.println("  même ministère : " + s.sameMinistry());
        out.println("  centres d'intérêt communs : " + s.sharedInterest());
        out.println("  savoir-faire offert à qui le cherche : " + s.knowHow());
    }
}
