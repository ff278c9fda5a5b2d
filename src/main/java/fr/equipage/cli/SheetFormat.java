package fr.equipage.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The {@code --format csv|xlsx} of the export commands: given, else from the file's extension, else CSV. */
final class SheetFormat {
    private SheetFormat() {
    }

    /** "csv" or "xlsx"; null when {@code format} names neither. */
    static String of(String format, Path out) {
        String f = format != null ? format.toLowerCase(Locale.ROOT).strip()
                : out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        return f.equals("csv") || f.equals("xlsx") ? f : null;
    }

    /** The refusal of an unknown format, in French. */
    static String unknown(String format) {
        return "--format : « " + format + " » inconnu ; indiquez csv ou xlsx.";
    }
}
