package fr.equipage.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.equipage.files.AtomicFile;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.Problem;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code equipage-rounds/1} (meetup-model.md §2). Reading checks shapes only;
 * whether the groups keep rules M1–M2 for an instance is the engine's rule checker's job. The
 * score read is the file's claim (null when absent); checkers recompute it.
 */
public final class RoundsJson {
    private RoundsJson() {
    }

    public static Schedule read(Path file) throws IOException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static Schedule read(InputStream in, String source) throws IOException, InvalidInputException {
        JsonNode root = JsonReading.parseObject(in, source);
        JsonReading r = new JsonReading();
        r.require(root, Schedule.FORMAT);
        List<Round> rounds = new ArrayList<>();
        int i = 0;
        for (JsonNode n : r.array(root, "rounds", "")) {
            String where = "rounds[" + i++ + "]";
            if (!n.isObject()) {
                r.problems.add(new Problem(where, null, "attendu un objet { \"round\": n, \"groups\": [...] }"));
                continue;
            }
            int number = r.integer(n, "round", where, i);
            List<List<String>> groups = new ArrayList<>();
            for (JsonNode g : r.array(n, "groups", "tour " + number)) {
                if (!g.isArray()) {
                    r.problems.add(new Problem("tour " + number, "groups", "chaque groupe doit être une liste d'identifiants"));
                    continue;
                }
                List<String> ids = new ArrayList<>();
                for (JsonNode id : g) {
                    if (id.isTextual()) {
                        ids.add(id.asText());
                    } else {
                        r.problems.add(new Problem("tour " + number, "groups", "« " + id + " » n'est pas un identifiant"));
                    }
                }
                groups.add(ids);
            }
            rounds.add(new Round(number, groups));
        }
        MeetupScore score = score(root, r);
        if (!r.problems.isEmpty()) {
            throw new InvalidInputException(source, r.problems);
        }
        return new Schedule(rounds, score);
    }

    private static MeetupScore score(JsonNode root, JsonReading r) {
        JsonNode s = r.object(root, "score", "score");
        if (s == null) {
            return null;
        }
        long repeat = r.integer(s, "repeat", "score", 0);
        long same = r.integer(s, "sameMinistry", "score", 0);
        long interest = r.integer(s, "sharedInterest", "score", 0);
        long knowHow = r.integer(s, "knowHow", "score", 0);
        return MeetupScore.of(repeat, same, interest, knowHow, r.integer(root, "repeats", "repeats", 0));
    }

    public static void write(Schedule schedule, Path file) throws IOException {
        AtomicFile.write(file, tmp -> JsonReading.MAPPER.writeValue(tmp.toFile(), toJson(schedule)));
    }

    public static String toString(Schedule schedule) {
        try {
            return JsonReading.MAPPER.writeValueAsString(toJson(schedule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(Schedule schedule) {
        ObjectNode root = JsonReading.MAPPER.createObjectNode();
        root.put("format", Schedule.FORMAT);
        ArrayNode rounds = root.putArray("rounds");
        for (Round round : schedule.rounds()) {
            ObjectNode n = rounds.addObject().put("round", round.number());
            ArrayNode groups = n.putArray("groups");
            for (List<String> g : round.groups()) {
                g.forEach(groups.addArray()::add);
            }
        }
        MeetupScore s = schedule.score();
        if (s != null) {
            root.putObject("score").put("total", s.total()).put("repeat", s.repeat()).put("sameMinistry", s.sameMinistry())
                    .put("sharedInterest", s.sharedInterest()).put("knowHow", s.knowHow());
            root.put("repeats", s.repeats());
        }
        return root;
    }
}
