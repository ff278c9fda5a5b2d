package fr.equipage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Message;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's sentences (broken rules, holds, alternatives) exist in French and English for every
 * key the engine names, and each renders with its arguments in both languages.
 */
class EngineTextsLocalisationTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path ENGINE = Path.of("src/main/java/fr/equipage/engine");
    private static final Pattern KEY_USE = Pattern.compile("Message\\.engine\\(\\s*\"([\\w.]+)\"");
    private static final Pattern CONDITIONAL_KEY = Pattern.compile("Message\\.engine\\(\\s*\\w+\\s*\\?\\s*\"([\\w.]+)\"\\s*:\\s*\"([\\w.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> fr = new TreeSet<>(load("engine.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("engine_en.properties").stringPropertyNames());
        assertThat(fr).isNotEmpty();
        assertThat(en).isEqualTo(fr);
    }

    @Test
    void everyKeyTheEngineNamesExists() throws IOException {
        Properties fr = load("engine.properties");
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ENGINE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = KEY_USE.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher c = CONDITIONAL_KEY.matcher(code);
                while (c.find()) {
                    used.add(c.group(1));
                    used.add(c.group(2));
                }
            }
        }
        assertThat(used).as("keys named in engine code").contains("rule.H1", "rule.H8", "hold.H3");
        assertThat(used.stream().filter(k -> !fr.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void everySentenceRendersInBothLanguagesWithoutLeftovers() throws IOException {
        for (String bundle : List.of("engine.properties", "engine_en.properties")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                Object[] args = {2, 3, 4, 5};
                String out = new MessageFormat(p.getProperty(key), Locale.ROOT).format(args);
                assertThat(out).as(bundle + " " + key).doesNotContain("{").doesNotContain("}");
            }
        }
    }

    @Test
    void rulesAgreeInNumberInBothLanguages() {
        assertThat(Message.engine("rule.H2", "P01", 1, 3, 6).french()).isEqualTo("P01 compte 1 membre, il en faut entre 3 et 6");
        assertThat(Message.engine("rule.H2", "P01", 2, 3, 6).french()).isEqualTo("P01 compte 2 membres, il en faut entre 3 et 6");
        assertThat(Message.engine("rule.H3", "P01", 1, 3).english())
                .isEqualTo("P01 brings together 1 ministry, it needs at least 3");
        assertThat(Message.engine("rule.H1", 9, 8).french()).isEqualTo("9 équipes retenues, au plus 8 autorisées");
        assertThat(Message.engine("rule.H5", "u01", "P01", "P02").french())
                .isEqualTo("l’organisateur a épinglé u01 à P01, mais cette personne est dans P02");
    }
}
