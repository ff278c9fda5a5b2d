package fr.equipage.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.equipage.model.Pair;
import fr.equipage.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict, located reading of JSON fields: every field of the wrong shape becomes a {@link Problem}
 * naming the element and field, and reading goes on so that one pass reports them all.
 */
class JsonReading {
    /** One mapper for every format of the package: indented output, the same reading everywhere. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's JSON object, or a refusal saying where the JSON breaks (line, column) or that it is no object. */
    static JsonNode parseObject(InputStream in, String source) throws IOException, InvalidInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, List.of(new Problem(null, null,
                    "JSON illisible (ligne " + e.getLocation().getLineNr() + ", colonne "
                            + e.getLocation().getColumnNr() + ") : " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, List.of(new Problem(null, null, "le fichier doit contenir un objet JSON")));
        }
        return root;
    }

    final List<Problem> problems = new ArrayList<>();

    void require(JsonNode root, String format) {
        JsonNode f = root.get("format");
        if (f == null || !format.equals(f.asText())) {
            problems.add(new Problem("format", null, "attendu \"" + format + "\", trouvé "
                    + (f == null ? "rien" : f.toString())));
        }
    }

    Iterable<JsonNode> array(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            problems.add(new Problem(where.isEmpty() ? field : where, where.isEmpty() ? null : field, "attendu une liste"));
            return List.of();
        }
        return n;
    }

    String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(where, field, "champ obligatoire manquant"));
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new Problem(where, field, "attendu un texte, trouvé " + v));
            return null;
        }
        return v.asText();
    }

    List<String> strings(JsonNode n, String field, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, field, where)) {
            if (v.isTextual()) {
                out.add(v.asText());
            } else {
                problems.add(new Problem(where, field, "« " + v + " » n'est pas un texte"));
            }
        }
        return out;
    }

    List<Integer> integers(JsonNode n, String field, String where) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : array(n, field, where)) {
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                out.add(v.intValue());
            } else {
                problems.add(new Problem(where, field, "« " + v + " » n'est pas un nombre entier"));
            }
        }
        return out;
    }

    int integer(JsonNode n, String field, String where, int otherwise) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.add(new Problem(where, field, "attendu un nombre entier, trouvé " + v));
            return otherwise;
        }
        return v.intValue();
    }

    List<Pair> pairs(JsonNode root, String field) {
        List<Pair> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : array(root, field, "")) {
            if (!n.isArray() || n.size() != 2 || !n.get(0).isTextual() || !n.get(1).isTextual()) {
                problems.add(new Problem(field + "[" + i + "]", null, "attendu une paire d'identifiants [\"a\", \"b\"]"));
            } else {
                out.add(new Pair(n.get(0).asText(), n.get(1).asText()));
            }
            i++;
        }
        return out;
    }

    /** An object field, or null (with a problem) when present but not an object. */
    JsonNode object(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            problems.add(new Problem(where, field, "attendu un objet"));
            return null;
        }
        return n;
    }
}
