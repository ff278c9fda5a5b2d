package fr.equipage.io;

import fr.equipage.model.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column mapping a user gives on the command line ({@code --map "COLUMN=FIELD"}, repeatable) or in
 * a JSON file ({@code {"COLUMN": "FIELD", …}}). A column is named by its header (accents and case
 * aside) or its letter; a field by its French or English name ("Courriel", "Choix 2", "e-mail",
 * "ignorer"). Each named column counts as confirmed, so the import no longer second-guesses it.
 */
public final class MappingOverrides {
    private final Map<String, String> columnToField = new LinkedHashMap<>();
    /** How each entry was written, for error messages: "Choix 1=Choix 1". */
    private final Map<String, String> written = new LinkedHashMap<>();

    /** Reads --map options and the --map-file (null when none); the options win over the file. */
    public static MappingOverrides of(List<String> options, Path file) throws BadMappingException {
        MappingOverrides o = new MappingOverrides();
        if (file != null) {
            try {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                if (root == null || !root.isObject()) {
                    throw new IOException(ImportTexts.text(ImportTexts.FRENCH, "map.notObject"));
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    o.put(e.getKey(), e.getValue().asText(), e.getKey() + "=" + e.getValue().asText());
                }
            } catch (IOException e) {
                throw new BadMappingException(ImportTexts.msg("map.fileUnreadable", file.toString(), e.getMessage()));
            }
        }
        for (String opt : options == null ? List.<String>of() : options) {
            int eq = opt.lastIndexOf('=');
            if (eq <= 0 || eq == opt.length() - 1) {
                throw new BadMappingException(ImportTexts.msg("map.badOption", opt));
            }
            o.put(opt.substring(0, eq), opt.substring(eq + 1), opt);
        }
        return o;
    }

    private void put(String column, String field, String as) {
        columnToField.put(column.strip(), field.strip());
        written.put(column.strip(), as);
    }

    public boolean isEmpty() {
        return columnToField.isEmpty();
    }

    /**
     * Sets the named columns on every included sheet that has them. Fails, changing nothing, when a
     * field is unknown or a column is in no sheet.
     */
    public void applyTo(ImportSource source) throws BadMappingException {
        List<Runnable> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : columnToField.entrySet()) {
            ColumnTarget target = ColumnTarget.parse(e.getValue());
            if (target == null) {
                throw new BadMappingException(ImportTexts.msg("map.unknownField", written.get(e.getKey()), e.getValue()));
            }
            boolean found = false;
            for (SheetSetup s : source.sheets()) {
                int c = s.mapping().columnNamed(e.getKey());
                if (c >= 0 && (s.included() || source.sheets().size() == 1)) {
                    found = true;
                    changes.add(() -> s.mapping().set(c, target));
                }
            }
            if (!found) {
                SheetSetup first = source.sheets().stream().filter(SheetSetup::included).findFirst()
                        .orElse(source.sheets().get(0));
                throw new BadMappingException(ImportTexts.msg("map.unknownColumn", written.get(e.getKey()), e.getKey(),
                        source.fileNames(), String.join(", ", first.mapping().headers().stream()
                                .filter(h -> !h.isBlank()).map(h -> "« " + h + " »").toList())));
            }
        }
        changes.forEach(Runnable::run);
    }

    /** A --map or --map-file the import cannot use; the message says why, in French. */
    public static final class BadMappingException extends Exception {
        private static final long serialVersionUID = 1L;

        BadMappingException(Message msg) {
            super(msg.french());
        }
    }
}
