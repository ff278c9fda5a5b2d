package fr.equipage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The board's texts come from both bundles: every key its classes name exists in French and English,
 * including the keys built at run time (rule names, settings), and no visible literal is hard-coded.
 */
class BoardTextsTest {
    private static final Path BOARD = Path.of("src/main/java/fr/equipage/ui/board");
    private static final Pattern KEY_USE = Pattern.compile("(?:i18n|get|format)\\(\"(board\\.[\\w.]*\\w)\"");
    private static final Pattern CODE_TEXT = Pattern.compile(
            "(setText|setPromptText|setTitle|setHeaderText|setContentText|new Label|new Button|new Tooltip"
                    + "|new MenuItem|new CheckBox)\\(\"([^\"]*)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(BOARD)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyKeyTheBoardNamesExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path f : sources()) {
            Matcher m = KEY_USE.matcher(Files.readString(f));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        for (String rule : List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8")) {
            keys.add("board.rule." + rule + ".short");
        }
        for (String s : List.of("maxTeams", "minDistinct", "maxPerMinistry", "proposersJoin", "onlyChosen", "choice",
                "unassigned", "skillCovered", "extraMinistry", "together")) {
            keys.add("board.settings." + s);
            keys.add("board.settings." + s + ".meaning");
        }
        assertThat(keys).hasSizeGreaterThan(100);
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            assertThat(keys.stream().filter(k -> !p.containsKey(k)).toList()).as(bundle).isEmpty();
        }
    }

    @Test
    void noVisibleTextIsWrittenIntoTheBoardCode() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path f : sources()) {
            Matcher m = CODE_TEXT.matcher(Files.readString(f));
            while (m.find()) {
                if (m.group(2).codePoints().anyMatch(Character::isLetter)) {
                    hardCoded.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void pointsAgreeInNumberOnTheRulesPage() {
        fr.equipage.ui.framework.I18n french = new fr.equipage.ui.framework.I18n(fr.equipage.ui.framework.I18n.FRENCH);
        assertThat(french.format("board.rules.extraMinistry", 1, 3)).startsWith("• 1 point pour chaque ministère");
        assertThat(french.format("board.rules.skill", 0)).startsWith("• 0 point pour");
        assertThat(french.format("board.rules.skill", 4)).startsWith("• 4 points pour");
        assertThat(french.format("board.rules.unassigned", -20)).matches("• .20 points pour.*");
        assertThat(french.format("board.rules.unassigned", -1)).matches("• .1 point pour.*");
        fr.equipage.ui.framework.I18n english = new fr.equipage.ui.framework.I18n(java.util.Locale.ENGLISH);
        assertThat(english.format("board.rules.extraMinistry", 1, 3)).startsWith("• 1 point for each ministry");
        assertThat(english.format("board.rules.together", 0)).startsWith("• 0 points for");
        assertThat(english.format("board.rules.together", 5)).startsWith("• 5 points for");
        assertThat(english.format("board.rules.unassigned", -20)).startsWith("• -20 points for");
    }
}
