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
                    Loader.loadNativeLibraries();
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

    /** Why the library is unavailable, or null. */
    public static synchronized String failure() {
        available();
        return failure;
    }
}
