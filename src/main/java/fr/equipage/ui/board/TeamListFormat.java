package fr.equipage.ui.board;

/** The team-list files the board writes. */
enum TeamListFormat {
    CSV(".csv", "CSV (Excel, LibreOffice)"),
    XLSX(".xlsx", "Excel (.xlsx)");

    private final String extension;
    private final String description;

    TeamListFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    String extension() {
        return extension;
    }

    String description() {
        return description;
    }
}
