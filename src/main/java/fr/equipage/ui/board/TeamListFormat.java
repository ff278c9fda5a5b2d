package fr.equipage.ui.board;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.TeamList;
import fr.equipage.io.TeamListExporter;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The team-list files the board writes, through the shared exporters of {@code fr.equipage.io}
 * (the same files as the File menu and the command line). Those write aside then move into place,
 * so a failure never leaves half a file under the chosen name.
 */
enum TeamListFormat {
    /** Opens right in French Excel: UTF-8 with BOM, ";", CRLF, formula-like cells neutralised. */
    CSV(".csv", "export.teams.csv"),
    /** A summary sheet, then one sheet per team and one for the people without a team. */
    XLSX(".xlsx", "export.teams.xlsx");

    private final String extension;
    private final String descriptionKey;

    TeamListFormat(String extension, String descriptionKey) {
        this.extension = extension;
        this.descriptionKey = descriptionKey;
    }

    String extension() {
        return extension;
    }

    /** The message key naming this format in a save dialog's file-type filter. */
    String descriptionKey() {
        return descriptionKey;
    }

    /** Writes the team lists of {@code plan} over {@code instance} to {@code file}. */
    void write(Instance instance, Plan plan, Path file) throws IOException {
        TeamList list = TeamList.of(instance, plan);
        switch (this) {
            case CSV -> TeamListExporter.writeCsv(list, file, CsvOptions.FRENCH_EXCEL);
            case XLSX -> TeamListExporter.writeXlsx(list, file);
        }
    }
}
