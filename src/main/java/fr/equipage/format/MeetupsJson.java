package fr.equipage.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.equipage.files.AtomicFile;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupValidation;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code equipage-meetups/1} (meetup-model.md §1). Reading is tolerant of unknown
 * fields, strict about types, and then runs the reference checks of {@link MeetupValidation}: a
 * file that fails any check is refused as a whole, every problem naming its element.
 */
public final class MeetupsJson {
    private MeetupsJson() {
    }

    public static MeetupInstance read(Path file) throws IOException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static MeetupInstance read(InputStream in, String source) throws IOException, InvalidInputException {
        JsonNode root = JsonReading.parseObject(in, source);
        JsonReading r = new JsonReading();
        MeetupInstance instance = instance(root, r);
        if (r.problems.isEmpty()) {
            r.problems.addAll(MeetupValidation.problems(instance));
        }
        if (!r.problems.isEmpty()) {
            throw new InvalidInputException(source, r.problems);
        }
        return instance;
    }

    private static MeetupInstance instance(JsonNode root, JsonReading r) {
        r.require(root, MeetupInstance.FORMAT);
        MeetupSettings settings = settings(root, r);
        List<Ministry> ministries = new ArrayList<>();
        for (JsonNode n : r.array(root, "ministries", "")) {
            String code = r.text(n, "code", "ministries[" + ministries.size() + "]", true);
            ministries.add(new Ministry(code == null ? "" : code, r.text(n, "name", code, false),
                    r.text(n, "parent", code, false)));
        }
        List<MeetupPerson> people = new ArrayList<>();
        for (JsonNode n : r.array(root, "participants", "")) {
            String id = r.text(n, "id", "participants[" + people.size() + "]", true);
            String where = id == null ? "participants[" + people.size() + "]" : id;
            people.add(new MeetupPerson(id == null ? "" : id, r.text(n, "name", where, false),
                    r.text(n, "ministry", where, true), r.strings(n, "interests", where), r.strings(n, "offers", where),
                    r.strings(n, "seeks", where), r.integers(n, "absent", where)));
        }
        return new MeetupInstance(settings, ministries, people, r.pairs(root, "history"), r.pairs(root, "apart"));
    }

    private static MeetupSettings settings(JsonNode root, JsonReading r) {
        MeetupSettings d = MeetupSettings.DEFAULT;
        JsonNode n = r.object(root, "settings", "settings");
        if (n == null) {
            return d;
        }
        MeetupWeights w = d.weights();
        JsonNode wn = r.object(n, "weights", "settings");
        if (wn != null) {
            String where = "settings.weights";
            w = new MeetupWeights(r.integer(wn, "repeat", where, w.repeat()),
                    r.integer(wn, "sameMinistry", where, w.sameMinistry()),
                    r.integer(wn, "sharedInterest", where, w.sharedInterest()),
                    r.integer(wn, "knowHow", where, w.knowHow()));
        }
        return new MeetupSettings(r.integer(n, "rounds", "settings", d.rounds()),
                r.integer(n, "groupSize", "settings", d.groupSize()), w);
    }

    public static void write(MeetupInstance instance, Path file) throws IOException {
        AtomicFile.write(file, tmp -> JsonReading.MAPPER.writeValue(tmp.toFile(), toJson(instance)));
    }

    public static ObjectNode toJson(MeetupInstance in) {
        ObjectNode root = JsonReading.MAPPER.createObjectNode();
        root.put("format", MeetupInstance.FORMAT);
        MeetupWeights w = in.settings().weights();
        ObjectNode s = root.putObject("settings").put("rounds", in.settings().rounds())
                .put("groupSize", in.settings().groupSize());
        s.putObject("weights").put("repeat", w.repeat()).put("sameMinistry", w.sameMinistry())
                .put("sharedInterest", w.sharedInterest()).put("knowHow", w.knowHow());
        ArrayNode ministries = root.putArray("ministries");
        for (Ministry m : in.ministries()) {
            ObjectNode n = ministries.addObject().put("code", m.code()).put("name", m.name());
            if (m.parent() != null) {
                n.put("parent", m.parent());
            }
        }
        ArrayNode people = root.putArray("participants");
        for (MeetupPerson p : in.participants()) {
            ObjectNode n = people.addObject().put("id", p.id()).put("name", p.name()).put("ministry", p.ministry());
            p.interests().forEach(n.putArray("interests")::add);
            p.offers().forEach(n.putArray("offers")::add);
            p.seeks().forEach(n.putArray("seeks")::add);
            p.absent().forEach(n.putArray("absent")::add);
        }
        pairs(root.putArray("history"), in.history());
        pairs(root.putArray("apart"), in.apart());
        return root;
    }

    private static void pairs(ArrayNode array, List<Pair> pairs) {
        for (Pair p : pairs) {
            array.addArray().add(p.first()).add(p.second());
        }
    }
}
