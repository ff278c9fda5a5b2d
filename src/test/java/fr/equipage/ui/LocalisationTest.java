package fr.equipage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import fr.equipage.model.ProposalStatus;
import org.junit.jupiter.api.Test;

/**
 * Every UI text comes from the bundles: both languages have the same keys, every key the views and
 * controllers name exists, and no visible text is written into an FXML file or a controller.
 */
class LocalisationTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path FXML = Path.of("fxml");
    private static final Path UI = Path.of("src/main/java/fr/equipage/ui");
    /** Attributes that put text on screen. */
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|title|headerText|contentText|accessibleText)=\"([^\"]*)\"");
    /** Calls that put a literal on screen; a literal with no letter (an arrow, ×) is not language. */
    private static final Pattern CODE_TEXT = Pattern.compile(
            "(setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText|new Label|new Button"
                    + "|new Tooltip|new MenuItem|new CheckBox|new RadioButton)\\(\"([^\"]*)\"");
    /** A whole key; a literal ending in "." is the prefix of a key built at run time, checked apart. */
    private static final Pattern KEY_USE = Pattern.compile("i18n(?:\\(\\))?\\.(?:get|format)\\(\"([A-Za-z][\\w.]*\\w)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The files under {@code dir}, sub-packages included (the board lives in fr.equipage.ui.board). */
    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> fr = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(fr).as("keys").isNotEmpty();
        assertThat(en).as("keys missing in English or only in English").isEqualTo(fr);
    }

    @Test
    void everyKeyNamedInViewsAndControllersExists() throws IOException {
        Properties fr = load("messages.properties");
        List<String> missing = new ArrayList<>();
        Pattern percentKey = Pattern.compile("=\"%([^\"]+)\"");
        for (Path f : files(FXML, ".fxml")) {
            Matcher m = percentKey.matcher(Files.readString(f));
            while (m.find()) {
                if (!fr.containsKey(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        for (Path f : files(UI, ".java")) {
            Matcher m = KEY_USE.matcher(Files.readString(f));
            while (m.find()) {
                if (!fr.containsKey(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        List<String> built = new ArrayList<>(List.of("settings.language.fr", "settings.language.en"));
        for (ProposalStatus s : ProposalStatus.values()) {
            built.add("proposal.status." + s.name());
        }
        for (String kind : List.of("apart", "together")) {
            built.add("edit.participant." + kind + ".add");
            built.add("edit.participant." + kind + ".remove");
        }
        built.stream().filter(k -> !fr.containsKey(k)).forEach(missing::add);
        assertThat(missing).isEmpty();
    }

    @Test
    void noTextIsWrittenIntoViews() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path f : files(FXML, ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(f));
            while (m.find()) {
                String value = m.group(2);
                if (!value.startsWith("%") && LETTER.matcher(value).find()) {
                    hardCoded.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void noTextIsWrittenIntoControllers() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path f : files(UI, ".java")) {
            Matcher m = CODE_TEXT.matcher(Files.readString(f));
            while (m.find()) {
                if (LETTER.matcher(m.group(2)).find()) {
                    hardCoded.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /**
     * Texts with {0} go through MessageFormat, where a lone apostrophe swallows the rest of the
     * sentence ("l'atelier {0}" shows "latelier {0}"); plain texts must not double it.
     */
    @Test
    void apostrophesSuitHowEachTextIsShown() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                boolean formatted = v.contains("{");
                if (formatted && v.replace("''", "").contains("'")) {
                    wrong.add(bundle + " " + key + ": lone ' in a formatted text");
                } else if (!formatted && v.contains("''")) {
                    wrong.add(bundle + " " + key + ": doubled '' in a plain text");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Keys of the import bundles (fr.equipage.io texts) as io and cli code writes them: "participant.noName". */
    private static final Pattern IO_KEY = Pattern.compile("\"((?:where|kind|field|sheet|file|column|participant|ministry|tag|"
            + "choice|proposal|mapping|map|report|result)\\.[A-Za-z][\\w.]*\\w)\"");

    @Test
    void importBundlesHaveTheSameKeys() throws IOException {
        Set<String> fr = new TreeSet<>(load("import.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("import_en.properties").stringPropertyNames());
        assertThat(fr).as("keys").isNotEmpty();
        assertThat(en).as("import keys missing in English or only in English").isEqualTo(fr);
    }

    /** Every import message key the io and cli code names, and every key it builds, exists. */
    @Test
    void everyImportKeyUsedInCodeExists() throws IOException {
        Properties bundle = load("import.properties");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path dir : List.of(Path.of("src/main/java/fr/equipage/io"), Path.of("src/main/java/fr/equipage/cli"))) {
            for (Path f : files(dir, ".java")) {
                Matcher m = IO_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        for (fr.equipage.io.Field f : fr.equipage.io.Field.values()) {
            if (!bundle.containsKey("field." + f.name())) {
                missing.add("field." + f.name());
            }
        }
        for (fr.equipage.io.ImportKind k : fr.equipage.io.ImportKind.values()) {
            if (!bundle.containsKey("kind." + k.name())) {
                missing.add("kind." + k.name());
            }
        }
        assertThat(found).as("keys found in the code").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    /** Import texts all go through MessageFormat: an apostrophe is always doubled, or it eats the text. */
    @Test
    void importTextsDoubleEveryApostrophe() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("import.properties", "import_en.properties")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key).replace("'{'", "").replace("'}'", "");
                if (v.replace("''", "").contains("'")) {
                    wrong.add(bundle + " " + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The English interface shows English import reports and summaries, the French one French. */
    @Test
    void importReportsFollowTheLanguage() {
        var result = new fr.equipage.io.ImportResult(2, 1, 0, 3, 0, 0, List.of("PV"), 1);
        assertThat(result.summary(java.util.Locale.UK)).isEqualTo("Participants: 2 added, 1 updated, 0 unchanged. "
                + "Proposals: 3 added, 0 updated, 0 unchanged. Ministries created: PV. 1 row(s) in error not imported.");
        assertThat(result.summary(fr.equipage.io.ImportTexts.FRENCH)).startsWith("Participants : 2 ajouté(s), 1 mis à jour")
                .endsWith("Ministères créés : PV. 1 ligne(s) en erreur non importée(s).");
        var issue = new fr.equipage.io.Issue(fr.equipage.io.Issue.Severity.WARNING, "a.csv", null, 12, "Courriel",
                "camille@", fr.equipage.io.ImportTexts.msg("participant.emailMalformed"));
        assertThat(issue.describe(java.util.Locale.UK))
                .isEqualTo("a.csv, row 12, column \"Courriel\", value \"camille@\": malformed e-mail (kept as typed)");
        assertThat(issue.toString())
                .isEqualTo("a.csv, ligne 12, colonne « Courriel », valeur « camille@ » : courriel mal formé (gardé tel quel)");
    }
}
