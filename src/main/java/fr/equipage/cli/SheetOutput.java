package fr.equipage.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Mixin for the commands that write a spreadsheet: {@code --out FICHIER} and {@code --format csv|xlsx},
 * the format given, else the file's extension, else CSV.
 */
public class SheetOutput {
    @Option(names = "--out", required = true, paramLabel = "FICHIER")
    Path out;

    @Option(names = "--format", paramLabel = "csv|xlsx", description = "Format (par défaut : d'après l'extension, sinon csv).")
    String format;

    public Path out() {
        return out;
    }

    /** "csv" or "xlsx"; null when {@code --format} names neither (see {@link #unknown}). */
    public String format() {
        String f = format != null ? format.toLowerCase(Locale.ROOT).strip()
                : out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        return f.equals("csv") || f.equals("xlsx") ? f : null;
    }

    /** The refusal of an unknown format, in French. */
    public String unknown() {
        return "--format : « " + format + " » inconnu ; indiquez csv ou xlsx.";
    }
}
