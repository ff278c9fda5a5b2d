package fr.equipage.cli;

import fr.equipage.engine.meetup.MeetupRules;
import fr.equipage.engine.meetup.MeetupScorer;
import fr.equipage.engine.meetup.MeetupViolation;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.Schedule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code score-meetups INSTANCE.json ROUNDS.json}: prints the score parts of a schedule, recomputed
 * (the file's own score is ignored). Exit 0 when rules M1–M2 hold; 2 when a file is invalid or a
 * rule is broken, each breach named.
 */
@Command(name = "score-meetups", description = "Calcule le score d'un calendrier de rencontres et vérifie les règles M1–M2.")
public class ScoreMeetupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json", description = "Les participants et réglages (equipage-meetups/1).")
    Path instanceFile;

    @Parameters(index = "1", paramLabel = "ROUNDS.json", description = "Le calendrier (equipage-rounds/1).")
    Path roundsFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MeetupInstance instance = MeetupFiles.readInstance(instanceFile, err);
        if (instance == null) {
            return EquipageCommand.INVALID;
        }
        Schedule schedule = MeetupFiles.readSchedule(roundsFile, err);
        if (schedule == null) {
            return EquipageCommand.INVALID;
        }
        MeetupFiles.printScore(MeetupScorer.score(instance, schedule), out);
        List<MeetupViolation> violations = MeetupRules.check(instance, schedule);
        if (violations.isEmpty()) {
            out.println("Règles M1 et M2 respectées.");
            return EquipageCommand.OK;
        }
        err.println(roundsFile.getFileName() + " : " + violations.size() + " règle(s) enfreinte(s)");
        violations.forEach(v -> err.println("  - " + v));
        return EquipageCommand.INVALID;
    }
}
