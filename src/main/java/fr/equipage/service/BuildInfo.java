package fr.equipage.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote about itself (its version), for « À propos » and {@code equipage --version}. */
public final class BuildInfo {
    private static final String RESOURCE = "build.properties";

    private BuildInfo() {
    }

    /** The project's version, as in the pom ("0.1.0-SNAPSHOT"). */
    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // Written by every Maven build (filtered resource): missing means a broken build, not a user error.
                throw new IllegalStateException("build.properties absent : construction incomplète");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
