package fr.equipage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the process's threads by kind (the import's own thread, the JIT compilers, the garbage
 * collector, H2's background writer…), read from Linux's /proc: on two cores, what the other threads
 * burn is time the import waits for. Empty where /proc is missing (Windows, macOS).
 */
final class ThreadGroupsCpu {
    private ThreadGroupsCpu() {
    }

    /** Seconds of CPU per kind of thread, now. */
    static Map<String, Double> now() {
        Map<String, Double> out = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        long ticks = 100; // USER_HZ: 100 on every Linux distribution we run on
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) all::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) ticks;
                    out.merge(kind(name), seconds, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static String kind(String name) {
        if (name.startsWith("C1 Comp") || name.startsWith("C2 Comp")) {
            return "compilation JIT";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "ramasse-miettes";
        }
        if (name.startsWith("H2")) {
            return "H2 en tâche de fond";
        }
        if (name.equals("main") || name.startsWith("java")) {
            return "fil principal";
        }
        return "autres";
    }

    static String since(Map<String, Double> before) {
        Map<String, Double> after = now();
        StringBuilder out = new StringBuilder();
        after.forEach((k, v) -> {
            double d = v - before.getOrDefault(k, 0.0);
            if (d >= 0.05) {
                out.append(out.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.FRANCE, "%s %.2f s", k, d));
            }
        });
        return out.toString();
    }
}
