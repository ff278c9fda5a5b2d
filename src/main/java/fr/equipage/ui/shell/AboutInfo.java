package fr.equipage.ui.shell;

import fr.equipage.service.BuildInfo;
import fr.equipage.ui.framework.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What « À propos d'Équipage » shows, JavaFX-free: the build's version, where the data is, the Java
 * runtime, and the bundled libraries with their licences (both files written by the build: the version
 * by resource filtering, the licences by license-maven-plugin's add-third-party from the POMs).
 */
public record AboutInfo(String version, Path dataDir, String runtime, List<Library> libraries) {
    static final String LICENCES_RESOURCE = "/fr/equipage/ui/shell/licences.txt";

    /** One bundled library: its name, Maven coordinates, version, licence(s) and home page (may be empty). */
    public record Library(String name, String coordinates, String version, List<String> licences, String url) {
    }

    /** add-third-party's line: "(Licence A) (Licence B) Name (group:artifact:version - url)". */
    private static final Pattern LINE = Pattern.compile("^\\s*((?:\\([^()]*\\)\\s*)+)(.+?)\\s+\\(([^\\s:]+:[^\\s:]+:(\\S+)) - (.*)\\)\\s*$");
    private static final Pattern LICENCE = Pattern.compile("\\(([^()]*)\\)");

    public AboutInfo {
        libraries = List.copyOf(libraries);
    }

    /** Reads the build's files; {@code dataDir} is the data folder the running application uses. */
    public static AboutInfo of(Path dataDir) {
        return new AboutInfo(readVersion(), dataDir, javaRuntime(), parseLicences(read(LICENCES_RESOURCE)));
    }

    static String readVersion() {
        return BuildInfo.version();
    }

    /** "OpenJDK 17.0.15 (Debian)": the runtime shipped with the installer, or the one running the jar. */
    static String javaRuntime() {
        String name = System.getProperty("java.runtime.name", "Java").replace(" Runtime Environment", "");
        return name + " " + System.getProperty("java.runtime.version", System.getProperty("java.version", "?"))
                + " (" + System.getProperty("java.vendor", "?") + ")";
    }

    static List<Library> parseLicences(String text) {
        List<Library> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue; // the header line and blank lines
            }
            List<String> licences = new ArrayList<>();
            Matcher l = LICENCE.matcher(m.group(1));
            while (l.find()) {
                licences.add(l.group(1).strip());
            }
            String url = m.group(5).strip();
            String name = m.group(2).strip();
            String coordinates = m.group(3);
            if (coordinates.startsWith(name + ":")) {
                // A POM without a name is listed as "group:artifact": the artifact reads better.
                name = name.substring(name.indexOf(':') + 1);
            }
            out.add(new Library(name, coordinates, m.group(4), licences,
                    url.equals("no url defined") ? "" : url));
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = AboutInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                // Written by every Maven build (see the pom): missing means a broken build, not a user error.
                throw new IllegalStateException("Fichier absent du programme : " + resource + " (reconstruisez avec Maven)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The solver line in the interface's language: the exact solver, or the heuristic alone and why. */
    public static String solver(I18n i18n, boolean exact, String failure) {
        return exact ? i18n.get("about.solver.exact") : i18n.format("about.solver.heuristic", failure);
    }

    /** Everything as plain text, for « Copier » (to paste in a support e-mail). */
    public String text(I18n i18n, String solver) {
        StringBuilder b = new StringBuilder(i18n.get("app.title")).append('\n');
        line(b, i18n, "about.version", version);
        line(b, i18n, "about.dataDir", dataDir.toString());
        line(b, i18n, "about.solver", solver);
        line(b, i18n, "about.runtime", runtime);
        b.append('\n').append(i18n.get("about.libraries")).append('\n');
        String or = i18n.get("about.licence.or");
        for (Library l : libraries) {
            b.append("- ").append(l.name()).append(' ').append(l.version()).append(" — ")
                    .append(String.join(or, l.licences()));
            if (!l.url().isEmpty()) {
                b.append(" — ").append(l.url());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void line(StringBuilder b, I18n i18n, String key, String value) {
        b.append(i18n.format("about.line", i18n.get(key), value)).append('\n');
    }
}
