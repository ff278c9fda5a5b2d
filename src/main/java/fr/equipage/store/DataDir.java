package fr.equipage.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where the data lives: --data-dir, then -Dequipage.dataDir, then the platform's user data folder. */
public final class DataDir {
    public static final String PROPERTY = "equipage.dataDir";

    private DataDir() {
    }

    /**
     * The folder to use; an empty --data-dir is refused rather than silently meaning the current
     * folder (a script with an unset variable would otherwise scatter data wherever it runs).
     */
    public static Path resolve(Path option) {
        if (option != null && option.toString().isBlank()) {
            throw new InvalidDataDirException("Le dossier de données indiqué (--data-dir) est vide : indiquez le chemin "
                    + "d'un dossier.");
        }
        Path dir;
        String property = System.getProperty(PROPERTY);
        if (option != null) {
            dir = option.toAbsolutePath();
        } else if (property != null && !property.isBlank()) {
            dir = Path.of(property).toAbsolutePath();
        } else {
            dir = platformDefault(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
        }
        check(dir);
        return dir;
    }

    /**
     * Refuses a folder the database cannot live in, before anything is created. H2 reads its settings
     * after a ';' in the connection URL, so a path containing one would change the settings (and write
     * elsewhere): it is refused rather than escaped, H2 offering no escape.
     */
    public static void check(Path dir) {
        String text = dir.toString();
        if (text.isBlank()) {
            throw new InvalidDataDirException("Le dossier de données indiqué est vide : indiquez le chemin d'un dossier.");
        }
        if (text.indexOf(';') >= 0) {
            throw new InvalidDataDirException("Le dossier de données « " + dir + " » contient un point-virgule, que la base "
                    + "de données n'accepte pas dans un chemin : choisissez un dossier sans « ; ».");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidDataDirException("« " + dir + " » est un fichier, pas un dossier : indiquez un dossier pour "
                    + "les données d'Équipage.");
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new InvalidDataDirException("Le dossier de données « " + dir + " » ne peut pas être créé : « " + p
                        + " » est un fichier, pas un dossier.");
            }
        }
    }

    static Path platformDefault(String osName, java.util.Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Equipage");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Equipage");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("equipage");
    }
}
