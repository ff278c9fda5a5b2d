package fr.equipage.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.equipage.files.AtomicFile;
import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Problem;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code equipage-instance/1} (spec §1). Reading is tolerant of unknown fields and
 * strict about types: every field of the wrong shape becomes a {@link Problem} naming the element.
 * Reference checks (unknown ids, cycles…) are the validator's job, not this class's.
 */
public final class InstanceJson {
    private InstanceJson() {
    }

    public static Instance read(Path file) throws IOException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static Instance read(InputStream in, String source) throws IOException, InvalidInputException {
        JsonNode root = JsonReading.parseObject(in, source);
        Reader r = new Reader();
        Instance instance = r.instance(root);
        if (!r.problems.isEmpty()) {
            throw new InvalidInputException(source, r.problems);
        }
        return instance;
    }

    public static void write(Instance instance, Path file) throws IOException {
        AtomicFile.write(file, tmp -> JsonReading.MAPPER.writeValue(tmp.toFile(), toJson(instance)));
    }

    public static String toString(Instance instance) {
        try {
            return JsonReading.MAPPER.writeValueAsString(toJson(instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(Instance instance) {
        ObjectNode root = JsonReading.MAPPER.createObjectNode();
        root.put("format", Instance.FORMAT);
        root.set("settings", settingsJson(instance.settings()));
        ArrayNode ministries = root.putArray("ministries");
        for (Ministry m : instance.ministries()) {
            ObjectNode n = ministries.addObject().put("code", m.code()).put("name", m.name());
            if (m.parent() != null) {
                n.put("parent", m.parent());
            }
        }
        ArrayNode proposals = root.putArray("proposals");
        for (Proposal p : instance.proposals()) {
            ObjectNode n = proposals.addObject().put("id", p.id()).put("title", p.title());
            if (!p.description().isEmpty()) {
                n.put("description", p.description());
            }
            n.put("ministry", p.ministry());
            strings(n.putArray("skills"), p.skills());
            n.put("minSize", p.minSize()).put("maxSize", p.maxSize());
            strings(n.putArray("proposers"), p.proposers());
            if (p.status() != ProposalStatus.PROPOSED) {
                n.put("status", p.status().name().toLowerCase());
            }
            // Season follow-up: written only when set, so that files without it look as before.
            if (p.statusDate() != null) {
                n.put("statusDate", p.statusDate().toString());
            }
            if (!p.statusNote().isEmpty()) {
                n.put("statusNote", p.statusNote());
            }
        }
        ArrayNode participants = root.putArray("participants");
        for (Participant p : instance.participants()) {
            ObjectNode n = participants.addObject().put("id", p.id()).put("name", p.name());
            // Kept apart so that a round trip never has to guess where a first name ends.
            n.put("firstName", p.firstName()).put("lastName", p.lastName());
            if (p.email() != null) {
                n.put("email", p.email());
            }
            n.put("ministry", p.ministry());
            strings(n.putArray("skills"), p.skills());
            strings(n.putArray("interests"), p.interests());
            strings(n.putArray("choices"), p.choices());
            if (!p.trainings().isEmpty()) {
                strings(n.putArray("trainings"), p.trainings());
            }
            if (!p.offers().isEmpty()) {
                strings(n.putArray("offers"), p.offers());
            }
            if (!p.seeks().isEmpty()) {
                strings(n.putArray("seeks"), p.seeks());
            }
        }
        ArrayNode locks = root.putArray("locks");
        for (Lock l : instance.locks()) {
            locks.addObject().put("participant", l.participant()).put("proposal", l.proposal());
        }
        pairs(root.putArray("apart"), instance.apart());
        pairs(root.putArray("together"), instance.together());
        return root;
    }

    static ObjectNode settingsJson(Settings s) {
        ObjectNode n = JsonReading.MAPPER.createObjectNode();
        n.put("maxTeams", s.maxTeams()).put("minDistinctMinistries", s.minDistinctMinistries())
                .put("maxPerMinistry", s.maxPerMinistry()).put("proposersJoinOwnProject", s.proposersJoinOwnProject())
                .put("onlyChosenProjects", s.onlyChosenProjects());
        ObjectNode w = n.putObject("weights");
        ArrayNode choice = w.putArray("choice");
        s.weights().choice().forEach(choice::add);
        w.put("unassigned", s.weights().unassigned()).put("skillCovered", s.weights().skillCovered())
                .put("extraMinistry", s.weights().extraMinistry()).put("together", s.weights().together());
        if (s.weights().stability() != null) {
            // Optional, not a spec field: written only once the organiser has set it.
            w.put("stability", s.weights().stability());
        }
        return n;
    }

    /** Settings alone, as stored with a workshop. */
    public static String settingsToString(Settings s) {
        return settingsJson(s).toString();
    }

    public static Settings settingsFromString(String json) throws InvalidInputException {
        try {
            Reader r = new Reader();
            Settings s = r.settings(JsonReading.MAPPER.readTree(json));
            if (!r.problems.isEmpty()) {
                throw new InvalidInputException("settings", r.problems);
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("settings", List.of(new Problem("settings", null, e.getOriginalMessage())));
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void pairs(ArrayNode array, List<Pair> pairs) {
        for (Pair p : pairs) {
            array.addArray().add(p.first()).add(p.second());
        }
    }

    /** Reads an instance; the field helpers and the problems found are {@link JsonReading}'s. */
    private static final class Reader extends JsonReading {

        Instance instance(JsonNode root) {
            if (root == null || !root.isObject()) {
                problems.add(new Problem(null, null, "le fichier doit contenir un objet JSON"));
                return null;
            }
            JsonNode format = root.get("format");
            if (format == null || !Instance.FORMAT.equals(format.asText())) {
                problems.add(new Problem("format", null, "attendu \"" + Instance.FORMAT + "\", trouvé "
                        + (format == null ? "rien" : format.toString())));
            }
            Settings settings = settings(root.get("settings"));
            List<Ministry> ministries = new ArrayList<>();
            for (JsonNode n : array(root, "ministries", "")) {
                String code = text(n, "code", "ministries[" + ministries.size() + "]", true);
                ministries.add(new Ministry(code == null ? "" : code, text(n, "name", code, false),
                        text(n, "parent", code, false)));
            }
            List<Proposal> proposals = new ArrayList<>();
            for (JsonNode n : array(root, "proposals", "")) {
                String id = text(n, "id", "proposals[" + proposals.size() + "]", true);
                String where = id == null ? "proposals[" + proposals.size() + "]" : id;
                proposals.add(new Proposal(id == null ? "" : id, text(n, "title", where, false),
                        text(n, "description", where, false), text(n, "ministry", where, true),
                        strings(n, "skills", where), integer(n, "minSize", where, 1),
                        integer(n, "maxSize", where, Integer.MAX_VALUE), strings(n, "proposers", where),
                        status(n, where), date(n, "statusDate", where), text(n, "statusNote", where, false)));
            }
            List<Participant> participants = new ArrayList<>();
            for (JsonNode n : array(root, "participants", "")) {
                participants.add(participant(n, participants.size()));
            }
            List<Lock> locks = new ArrayList<>();
            for (JsonNode n : array(root, "locks", "")) {
                String where = "locks[" + locks.size() + "]";
                String p = text(n, "participant", where, true);
                String q = text(n, "proposal", where, true);
                locks.add(new Lock(p == null ? "" : p, q == null ? "" : q));
            }
            return new Instance(settings, ministries, proposals, participants, locks,
                    pairs(root, "apart"), pairs(root, "together"));
        }

        Participant participant(JsonNode n, int index) {
            String id = text(n, "id", "participants[" + index + "]", true);
            String where = id == null ? "participants[" + index + "]" : id;
            String first = text(n, "firstName", where, false);
            String last = text(n, "lastName", where, false);
            String name = text(n, "name", where, first == null && last == null);
            String[] split = first == null && last == null ? Participant.splitName(name) : new String[] {first, last};
            return new Participant(id == null ? "" : id, split[0], split[1], text(n, "email", where, false),
                    text(n, "ministry", where, true), strings(n, "skills", where),
                    strings(n, "interests", where), strings(n, "choices", where), strings(n, "trainings", where),
                    strings(n, "offers", where), strings(n, "seeks", where));
        }

        Settings settings(JsonNode n) {
            Settings d = Settings.DEFAULT;
            if (n == null || n.isNull()) {
                return d;
            }
            if (!n.isObject()) {
                problems.add(new Problem("settings", null, "attendu un objet"));
                return d;
            }
            Weights w = weights(n.get("weights"));
            return new Settings(integer(n, "maxTeams", "settings", d.maxTeams()),
                    integer(n, "minDistinctMinistries", "settings", d.minDistinctMinistries()),
                    integer(n, "maxPerMinistry", "settings", d.maxPerMinistry()),
                    bool(n, "proposersJoinOwnProject", "settings", d.proposersJoinOwnProject()),
                    bool(n, "onlyChosenProjects", "settings", d.onlyChosenProjects()), w);
        }

        Weights weights(JsonNode n) {
            Weights d = Weights.DEFAULT;
            if (n == null || n.isNull()) {
                return d;
            }
            if (!n.isObject()) {
                problems.add(new Problem("settings", "weights", "attendu un objet"));
                return d;
            }
            List<Integer> choice = d.choice();
            JsonNode c = n.get("choice");
            if (c != null && !c.isNull()) {
                if (!c.isArray()) {
                    problems.add(new Problem("settings.weights", "choice", "attendu une liste de nombres entiers"));
                } else {
                    List<Integer> values = new ArrayList<>();
                    for (JsonNode v : c) {
                        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                            problems.add(new Problem("settings.weights", "choice", "« " + v + " » n'est pas un nombre entier"));
                        } else {
                            values.add(v.intValue());
                        }
                    }
                    choice = values;
                }
            }
            String where = "settings.weights";
            return new Weights(choice, integer(n, "unassigned", where, d.unassigned()),
                    integer(n, "skillCovered", where, d.skillCovered()),
                    integer(n, "extraMinistry", where, d.extraMinistry()), integer(n, "together", where, d.together()),
                    n.hasNonNull("stability") ? Integer.valueOf(integer(n, "stability", where, 0)) : d.stability());
        }

        boolean bool(JsonNode n, String field, String where, boolean otherwise) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return otherwise;
            }
            if (!v.isBoolean()) {
                problems.add(new Problem(where, field, "attendu true ou false, trouvé " + v));
                return otherwise;
            }
            return v.booleanValue();
        }

        /**
         * A status this version does not know (written by a later one) is read as "proposed" rather
         * than refused: the status is follow-up information, never needed to form teams.
         */
        ProposalStatus status(JsonNode n, String where) {
            return ProposalStatus.parse(text(n, "status", where, false)).orElse(ProposalStatus.PROPOSED);
        }

        LocalDate date(JsonNode n, String field, String where) {
            String s = text(n, field, where, false);
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(where, field, "« " + s + " » : attendu une date AAAA-MM-JJ"));
                return null;
            }
        }
    }
}
