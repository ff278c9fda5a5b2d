package fr.equipage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.equipage.engine.CompiledInstance;
import fr.equipage.engine.Evaluation;
import fr.equipage.engine.PlanMapping;
import fr.equipage.engine.Scorer;
import fr.equipage.format.InvalidInputException;
import fr.equipage.format.PlanJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.model.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code score INSTANCE.json PLAN.json}: prints the plan's score parts, violations and rank profile
 * as JSON (exit 0, whatever the plan breaks; 2 when a file is invalid or the plan does not fit the
 * instance). The score stored in the plan file is ignored: it is recomputed.
 */
@Command(name = "score", description = "Calcule le score et les infractions d'un plan (equipage-plan/1).")
public class ScoreCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json")
    Path instanceFile;

    @Parameters(index = "1", paramLabel = "PLAN.json")
    Path planFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instance instance = ValidateCommand.readValid(instanceFile, err);
        if (instance == null) {
            return EquipageCommand.INVALID;
        }
        Evaluation e;
        try {
            Plan plan = PlanJson.read(planFile);
            e = Scorer.evaluate(PlanMapping.toState(CompiledInstance.of(instance), plan));
        } catch (InvalidInputException ex) {
            err.println(ex.getMessage());
            return EquipageCommand.INVALID;
        } catch (PlanMapping.PlanMismatchException ex) {
            err.println(planFile.getFileName() + " : " + ex.problems().size() + " problème(s)");
            ex.problems().forEach(p -> err.println("  - " + p));
            return EquipageCommand.INVALID;
        }
        out.println(JSON.writeValueAsString(toJson(e)));
        return EquipageCommand.OK;
    }

    static ObjectNode toJson(Evaluation e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("feasible", e.feasible());
        root.set("score", PlanJson.scoreJson(e.score()));
        ArrayNode violations = root.putArray("violations");
        for (Violation v : e.violations()) {
            violations.addObject().put("rule", v.rule()).put("team", v.team()).put("participant", v.participant())
                    .put("message", v.message()).put("messageEn", v.messageEn());
        }
        ObjectNode profile = root.putObject("rankProfile");
        ArrayNode byRank = profile.putArray("byRank");
        e.rankProfile().byRank().forEach(byRank::add);
        profile.put("other", e.rankProfile().other());
        profile.put("unassigned", e.rankProfile().unassigned());
        return root;
    }
}
