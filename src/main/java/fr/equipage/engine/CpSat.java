package fr.equipage.engine;

import fr.equipage.model.Message;
import com.google.ortools.Loader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads OR-Tools' native library once. When it cannot load (a platform without the native
 * artifact) or {@code -Dequipage.cpsat=off}, the solver falls back to its local search, and
 * {@link #solver()} says so wherever a solve is reported.
 */
public final class CpSat {
    /**
     * Set by the installed launcher (see the pom's installer profile): the folder of the native
     * libraries, OR-Tools' in its {@code ortools-<platform>} subfolder.
     */
    public static final String NATIVE_DIR_PROPERTY = "equipage.nativeDir";

    private static Boolean available;
    private static String failure;

    private CpSat() {
    }

    /**
     * Starts loading the native library on a daemon thread, unless that was tried already: a solve that starts soon
     * after waits for what is left of it only. Loading takes about 0.7 s from the shaded jar and counts in a solve's
     * time limit; a command reading its instance meanwhile, or the window opening, hides part of it. From the
     * cache ({@link NativeCache}) it takes 0.03–0.08 s.
     */
    public static void preload() {
        synchronized (CpSat.class) {
            if (available != null) {
                return;
            }
        }
        Thread t = new Thread(CpSat::available, "equipage-cpsat-load");
        t.setDaemon(true);
        t.start();
    }

    public static synchronized boolean available() {
        if (available == null) {
            if ("off".equals(System.getProperty("equipage.cpsat"))) {
                available = false;
                failure = "désactivé par -Dequipage.cpsat=off";
            } else {
                try {
                    load();
                    available = true;
                } catch (Throwable e) {
                    // Any linkage problem means "no native solver here", never a crash.
                    available = false;
                    failure = e.getMessage() != null ? e.getMessage() : e.toString();
                }
            }
        }
        return available;
    }

    /**
     * Which solver runs, for status lines and command output: the exact one, or the heuristic alone
     * and why (loads the library if that has not been tried yet).
     */
    public static Message solver() {
        return available() ? Message.engine("solver.exact") : Message.engine("solver.heuristic", failure());
    }

    /**
     * The installed application loads the libraries from its own folder (nothing unpacked at each
     * start). From the shaded jar they are unpacked once into the user's cache ({@link NativeCache}); failing
     * that, OR-Tools' loader unpacks them into a temporary folder, at every start. Under {@code mvn javafx:run}
     * the native jar cannot be on the path (its name is not a valid module name), so the build unpacks it
     * into the classes folder, and the library is loaded straight from there.
     */
    private static void load() throws IOException {
        String installed = System.getProperty(NATIVE_DIR_PROPERTY);
        if (installed != null && !installed.isBlank()) {
            // No other attempt: an installed copy without its own library is broken, and says so.
            loadFrom(Path.of(installed).resolve(platformFolder()));
            return;
        }
        try {
            // The classes folder's own copy, or the jar's unpacked into the cache.
            loadFrom(NativeCache.of(platformFolder()));
            return;
        } catch (IOException | RuntimeException | LinkageError e) {
            // No cache here (read-only home, no room…): OR-Tools' own loader unpacks them into a temporary folder.
        }
        Loader.loadNativeLibraries();
    }

    /** {@code ortools-linux-x86-64}, {@code ortools-win32-x86-64}…: the folder name in OR-Tools' native jar. */
    static String platformFolder() {
        return "ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX;
    }

    static void loadFrom(Path dir) throws IOException {
        Path jni = dir.resolve(System.mapLibraryName("jniortools"));
        if (!Files.isRegularFile(jni)) {
            throw new UnsatisfiedLinkError("fichier absent : " + jni);
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            preloadDlls(dir, jni);
        }
        // Linux and macOS libraries find their dependencies next to them ($ORIGIN, @loader_path).
        System.load(jni.toString());
    }

    /**
     * Windows does not look for a DLL's dependencies in its own folder: each DLL of the folder is
     * loaded once the ones it needs are, by retrying until no more loads (the order is not shipped).
     */
    private static void preloadDlls(Path dir, Path jni) throws IOException {
        List<Path> pending = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dll") && !f.equals(jni))
                    .sorted().forEach(pending::add);
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Iterator<Path> it = pending.iterator(); it.hasNext(); ) {
                Path dll = it.next();
                try {
                    System.load(dll.toString());
                    it.remove();
                    progress = true;
                } catch (UnsatisfiedLinkError notYet) {
                    // One of its dependencies comes later in the list; the next round loads it.
                }
            }
        }
    }

    /** Why the library is unavailable, or null. */
    public static synchronized String failure() {
        available();
        return failure;
    }
}
