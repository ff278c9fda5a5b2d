package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.service.ImportService;
import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportPlanner;
import fr.equipage.io.ImportResult;
import fr.equipage.io.ImportSource;
import fr.equipage.io.MinistryMatcher;
import fr.equipage.io.RegistrationFiles;
import fr.equipage.io.TextEncoding;
import fr.equipage.io.WorkshopSnapshot;
import fr.equipage.model.Ministry;
import fr.equipage.model.Workshop;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-import [--rows N] [--format csv|xlsx|ods]}: generates a registration file of N rows
 * (ministries typed in varied ways, five ranked choices among twenty projects), imports it into a
 * throw-away data folder, imports it again (everything unchanged), and reports throughput and peak
 * heap. Never touches the organiser's data.
 */
@Command(name = "bench-import", description = "Mesure la vitesse et la mémoire de l'import sur un fichier généré.")
public class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Ten times the largest file the issue asks for: more is a typing slip (and minutes of generation). */
    static final int MAX_ROWS = 1_000_000;

    @Option(names = "--rows", defaultValue = "100000", paramLabel = "N")
    int rows;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx|ods")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // Options checked before a file is generated: a bad one costs nothing and leaves nothing behind.
        if (rows < 1 || rows > MAX_ROWS) {
            spec.commandLine().getErr().println("--rows : " + rows + " ; indiquez un nombre de lignes de 1 à " + MAX_ROWS + ".");
            return EquipageCommand.INVALID;
        }
        String ext = format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "ods").contains(ext)) {
            spec.commandLine().getErr().println("--format : « " + format + " » ; indiquez csv, xlsx ou ods.");
            return EquipageCommand.INVALID;
        }
        Path dir = Files.createTempDirectory("equipage-bench");
        try {
            Path file = dir.resolve("inscriptions." + ext);
            RegistrationFiles.Table table = table(rows);
            switch (ext) {
                case "csv" -> RegistrationFiles.writeCsv(file, table, ';', TextEncoding.WINDOWS_1252, false);
                case "xlsx" -> RegistrationFiles.writeXlsx(file, List.of(table));
                default -> RegistrationFiles.writeOds(file, List.of(table));
            }
            out.printf("Fichier généré : %s, %d lignes, %.1f Mo%n", file.getFileName(), rows, Files.size(file) / 1e6);
            try (Services services = Services.open(dir.resolve("data"))) {
                Workshop w = services.workshops().create("Banc d'essai").orElseThrow();
                run(out, "Premier import", services.imports(), w, file);
                run(out, "Second import (tout inchangé)", services.imports(), w, file);
            }
            return EquipageCommand.OK;
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(PrintWriter out, String label, ImportService imports, Workshop w, Path file) throws Exception {
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        long process0 = os.getProcessCpuTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        java.util.Map<String, Double> byKind = ThreadGroupsCpu.now();
        long t0 = System.nanoTime();
        WorkshopSnapshot snap = imports.snapshot(w.id());
        ImportPlan plan = ImportPlanner.plan(ImportSource.open(file, null), snap);
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        ImportResult r = imports.commit(w.id(), plan, false, n -> { });
        long t2 = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        long process2 = os.getProcessCpuTime();
        heap.stopSampling();
        double total = (t2 - t0) / 1e9;
        out.printf("%s : lecture et contrôle %.2f s, écriture %.2f s, total %.2f s → %,.0f lignes/s ; "
                        + "pic de tas occupé %.0f Mo, pic de données vivantes (après GC) %.0f Mo, tas max %.0f Mo%n  %s%n",
                label, (t1 - t0) / 1e9, (t2 - t1) / 1e9, total, plan.report().rowsRead() / total, heap.peak / 1e6,
                heap.livePeak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, r.summary());
        // CPU time of the importing thread: what the import costs whatever else the machine runs.
        out.printf("  temps CPU du fil d'import : lecture et contrôle %.2f s, écriture %.2f s → %,.0f lignes par seconde CPU%n",
                (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, plan.report().rowsRead() / ((cpu2 - cpu0) / 1e9));
        // The machine may be shared: its load says how far the elapsed time is from an idle machine's.
        out.printf(java.util.Locale.FRANCE, "  temps CPU de tout le processus (GC, écriture de H2 en tâche de fond compris) : %.2f s ; "
                + "charge de la machine au départ : %.2f pour %d cœurs%n", (process2 - process0) / 1e9, load,
                os.getAvailableProcessors());
        String kinds = ThreadGroupsCpu.since(byKind);
        if (!kinds.isEmpty()) {
            out.printf("  dont, par fils : %s%n", kinds);
        }
    }

    /**
     * Samples the heap every few milliseconds. "Occupied" includes garbage the collector has not
     * reclaimed yet (it grows with -Xmx); "live" is what remains after each collection: what the import
     * really holds.
     */
    private static final class HeapSampler extends Thread {
        volatile boolean running = true;
        volatile long peak;
        volatile long livePeak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                long live = 0;
                for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                livePeak = Math.max(livePeak, live);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() throws InterruptedException {
            running = false;
            join();
        }
    }

    /** N registrations typed the way people type: ministries as codes, names or aliases, in any case. */
    static RegistrationFiles.Table table(int n) {
        List<Ministry> ministries = MinistryMatcher.reference();
        String[] titles = new String[20];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = "Projet d'intérêt général n°" + (i + 1);
        }
        String[] skills = {"python", "sql", "r", "dataviz", "nlp", "sig", "droit", "design", "gestion de projet"};
        Iterable<List<String>> rows = () -> new Iterator<>() {
            private final Random random = new Random(2023);
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public List<String> next() {
                i++;
                Ministry m = ministries.get(random.nextInt(ministries.size()));
                String ministry = switch (i % 3) {
                    case 0 -> m.code();
                    case 1 -> m.name();
                    default -> m.name().toUpperCase(Locale.ROOT);
                };
                String[] row = new String[11];
                row[0] = "Nom" + i;
                row[1] = "Prénom" + i;
                row[2] = "personne." + i + "@" + m.code().toLowerCase(Locale.ROOT) + ".gouv.fr";
                row[3] = ministry;
                row[4] = skills[random.nextInt(skills.length)] + ", " + skills[random.nextInt(skills.length)];
                row[5] = "données, " + (i % 2 == 0 ? "santé" : "territoires");
                int first = random.nextInt(titles.length);
                for (int c = 0; c < 5; c++) {
                    row[6 + c] = titles[(first + c * 3) % titles.length];
                }
                return List.of(row);
            }
        };
        return new RegistrationFiles.Table("Inscriptions", List.of("Nom", "Prénom", "Adresse électronique",
                "Ministère ou administration", "Compétences", "Centres d'intérêt", "Choix 1", "Choix 2", "Choix 3",
                "Choix 4", "Choix 5"), rows);
    }
}
