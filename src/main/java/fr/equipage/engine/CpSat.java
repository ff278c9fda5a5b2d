package fr.equipage.engine;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native library once. When it cannot load (a platform without the native
 * artifact) or {@code -Dequipage.cpsat=off}, the solver falls back to its local search.
 */
public final class CpSat {
    private static Boolean available;
    private static String failure;

    private CpSat() {
    }

    public static synchronized boolean available() {
        if (available == null) {
            if ("off".equals(System.getProperty("equipage.cpsat"))) {
                available = false;
                failure = "disabled by -Dequipage.cpsat=off";
            } else {
                try {
                    load();
                    available = true;
                } catch (Throwable e) {
                    // Any linkage problem means "no native solver here", never a crash.
                    available = false;
                    failure = e.toString();
                }
            }
        }
        return available;
    }

    /**
     * OR-Tools' loader only reads its natives from a jar. Under {@code mvn javafx:run} the native
     * jar cannot be on the path (its name is not a valid module name), so the build unpacks it into
     * the classes folder; there the library is loaded straight from that folder.
     */
    private static void load() throws Exception {
        try {
            Loader.loadNativeLibraries();
        } catch (RuntimeException | LinkageError e) {
            java.net.URL dir = CpSat.class.getClassLoader()
                    .getResource("ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX + "/");
            if (dir == null || !"file".equals(dir.getProtocol())) {
                throw e;
            }
            System.load(java.nio.file.Path.of(dir.toURI()).resolve(System.mapLibraryName("jniortools")).toString());
        }
    }

    /** Why the library is unavailable, or null. */
    public static synchronized String failure() {
        available();
        return failure;
    }
}
