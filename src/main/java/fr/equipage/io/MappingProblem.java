package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A field the import would lose without a word: columns that look like project choices (or like a
 * known field) but go nowhere, or choice columns that leave most rows without any choice. Carries
 * the mapping it proposes; the import waits until the organiser applies it or maps the columns
 * himself (in the dialog, or with --map on the command line).
 */
public record MappingProblem(SheetSetup sheet, Kind kind, List<Suggestion> suggestions, int rowsWithoutChoice,
                             int rows) {
    public enum Kind {
        /** Columns that look like project choices go nowhere. */
        UNMAPPED_CHOICES,
        /** A column looks like a field (e-mail, ministry, name) the mapping lacks. */
        UNMAPPED_FIELD,
        /** Choice columns are mapped, yet most rows end up with no choice. */
        FEW_CHOICES
    }

    /** A column and where the check proposes it goes. */
    public record Suggestion(int column, String header, ColumnTarget target) {
    }

    public MappingProblem {
        suggestions = List.copyOf(suggestions);
    }

    /** The headers concerned, as the file writes them. */
    public List<String> columns() {
        return suggestions.stream().map(Suggestion::header).toList();
    }

    /** Applies the proposed mapping (for FEW_CHOICES: confirms the current one). */
    public void apply() {
        for (Suggestion s : suggestions) {
            sheet.mapping().set(s.column(), s.target());
        }
    }

    /** The problem in plain words, with the proposed mapping. */
    public Message text() {
        Message where = sheet.where();
        List<Object> pairs = new ArrayList<>();
        for (Suggestion s : suggestions) {
            pairs.add(ImportTexts.msg("mapping.pair", s.header(), s.target().text()));
        }
        return switch (kind) {
            case UNMAPPED_CHOICES -> ImportTexts.msg("mapping.unmappedChoices", where, quoted(), pairs);
            case UNMAPPED_FIELD -> ImportTexts.msg("mapping.unmappedField", where, quoted(), pairs,
                    suggestions.get(0).target().text());
            case FEW_CHOICES -> ImportTexts.msg("mapping.fewChoices", where, rowsWithoutChoice, rows, pairs);
        };
    }

    private List<Message> quoted() {
        return columns().stream().map(c -> ImportTexts.msg("mapping.column", c)).toList();
    }

    /** The --map options that import these columns as proposed: {@code --map "Choix 1=Choix 1"}. */
    public List<String> mapOptions() {
        return suggestions.stream().map(s -> "--map \"" + s.header().strip() + "=" + s.target().text()
                .french() + "\"").toList();
    }
}
