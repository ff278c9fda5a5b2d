package fr.equipage.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the data lives: --data-dir, then -Dequipage.dataDir, then the platform's user data folder. */
public final class DataDir {
    public static final String PROPERTY = "equipage.dataDir";

    private DataDir() {
    }

    public static Path resolve(Path option) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        return platformDefault(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
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
