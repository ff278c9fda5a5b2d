package fr.equipage.io;

/** What a file really is, whatever its extension says. */
public enum FileFormat {
    /** Delimited text: .csv, .tsv, .txt and the UTF-16 tab-separated ".xls" written by form tools. */
    TEXT("texte délimité (CSV)"),
    XLSX("classeur Excel (XLSX)"),
    ODS("classeur OpenDocument (ODS)");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
