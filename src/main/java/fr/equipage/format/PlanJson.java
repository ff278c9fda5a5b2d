package fr.equipage.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.equipage.files.AtomicFile;
import fr.equipage.model.Plan;
import fr.equipage.model.Problem;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Team;
import fr.equipage.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code equipage-plan/1} (spec §2). */
public final class PlanJson {
    private PlanJson() {
    }

    public static void write(Plan plan, Path file) throws IOException {
        AtomicFile.write(file, tmp -> JsonReading.MAPPER.writeValue(tmp.toFile(), toJson(plan)));
    }

    public static String toString(Plan plan) {
        try {
            return JsonReading.MAPPER.writeValueAsString(toJson(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(Plan plan) {
        ObjectNode root = JsonReading.MAPPER.createObjectNode();
        root.put("format", Plan.FORMAT);
        root.put("feasible", plan.feasible());
        ArrayNode teams = root.putArray("teams");
        for (Team t : plan.teams()) {
            ArrayNode members = teams.addObject().put("proposal", t.proposal()).putArray("members");
            t.members().forEach(members::add);
        }
        ArrayNode unassigned = root.putArray("unassigned");
        plan.unassigned().forEach(unassigned::add);
        root.set("score", scoreJson(plan.score()));
        ArrayNode violations = root.putArray("violations");
        for (Violation v : plan.violations()) {
            violations.addObject().put("rule", v.rule()).put("team", v.team()).put("participant", v.participant())
                    .put("message", v.message());
        }
        if (plan.bound() != null) {
            root.put("bound", plan.bound());
        }
        root.put("optimal", plan.optimal());
        return root;
    }

    public static ObjectNode scoreJson(ScoreParts s) {
        return JsonReading.MAPPER.createObjectNode().put("total", s.total()).put("choice", s.choice())
                .put("unassigned", s.unassigned()).put("skillCovered", s.skillCovered())
                .put("extraMinistry", s.extraMinistry()).put("together", s.together());
    }

    public static Plan read(Path file) throws IOException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static Plan fromString(String json) throws InvalidInputException {
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "plan");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Plan read(InputStream in, String source) throws IOException, InvalidInputException {
        JsonNode root = JsonReading.parseObject(in, source);
        List<Problem> problems = new ArrayList<>();
        if (!Plan.FORMAT.equals(root.path("format").asText())) {
            problems.add(new Problem("format", null, "attendu \"" + Plan.FORMAT + "\""));
        }
        List<Team> teams = new ArrayList<>();
        JsonNode teamsNode = root.path("teams");
        if (!teamsNode.isArray()) {
            problems.add(new Problem("teams", null, "attendu une liste"));
        } else {
            for (JsonNode t : teamsNode) {
                JsonNode proposal = t.get("proposal");
                if (proposal == null || !proposal.isTextual()) {
                    problems.add(new Problem("teams[" + teams.size() + "]", "proposal", "champ obligatoire manquant"));
                    continue;
                }
                teams.add(new Team(proposal.asText(), strings(t.path("members"), "teams[" + proposal.asText() + "]",
                        "members", problems)));
            }
        }
        List<String> unassigned = strings(root.path("unassigned"), "plan", "unassigned", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        JsonNode s = root.path("score");
        ScoreParts score = new ScoreParts(s.path("total").asLong(), s.path("choice").asLong(),
                s.path("unassigned").asLong(), s.path("skillCovered").asLong(), s.path("extraMinistry").asLong(),
                s.path("together").asLong());
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : root.path("violations")) {
            violations.add(new Violation(v.path("rule").asText(), textOrNull(v.get("team")),
                    textOrNull(v.get("participant")), v.path("message").asText()));
        }
        JsonNode bound = root.get("bound");
        return new Plan(root.path("feasible").asBoolean(violations.isEmpty()), teams, unassigned, score, violations,
                bound == null || bound.isNull() ? null : bound.asLong(), root.path("optimal").asBoolean(false));
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode n, String where, String field, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            problems.add(new Problem(where, field, "attendu une liste"));
            return out;
        }
        for (JsonNode v : n) {
            if (v.isTextual()) {
                out.add(v.asText());
            } else {
                problems.add(new Problem(where, field, "« " + v + " » n'est pas un identifiant"));
            }
        }
        return out;
    }
}
