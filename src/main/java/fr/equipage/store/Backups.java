package fr.equipage.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.tools.Restore;

/**
 * Safety copies of the database in {@code sauvegardes/} beside it. One is taken at each start (H2's
 * online BACKUP gives a consistent copy); when the database file cannot be opened any more (a
 * damaged disk, a crash at the wrong moment), the newest copy is put back and the damaged file kept
 * aside, so that the organiser loses at most the work since the last start.
 */
final class Backups {
    static final String FOLDER = "sauvegardes";
    static final int KEPT = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /** Writes a new backup and keeps the {@value #KEPT} newest. */
    static Path take(Path dir, Connection c) throws SQLException, IOException {
        Path folder = dir.resolve(FOLDER);
        PrivateFiles.createFolder(folder);
        Path zip = folder.resolve("equipage-" + LocalDateTime.now().format(STAMP) + ".zip");
        try (Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        PrivateFiles.restrict(zip, false);
        List<Path> all = list(dir);
        for (Path old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return zip;
    }

    /** Backups of this data folder, newest first. */
    static List<Path> list(Path dir) throws IOException {
        Path folder = dir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("equipage-.*\\.zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    /**
     * Moves the damaged database aside and restores the newest good backup in its place; returns the
     * backup used, or empty when there is none (nothing is moved then).
     */
    static Optional<Path> restoreNewest(Path dir) throws IOException {
        List<Path> backups = list(dir).stream().filter(Backups::isGood).toList();
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        Path db = dir.resolve(Database.FILE);
        if (Files.exists(db, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.move(db, dir.resolve("equipage.mv.db.endommagee-" + LocalDateTime.now().format(STAMP)),
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Restore.execute(backups.get(0).toString(), dir.toString(), "equipage");
        PrivateFiles.restrict(db, false);
        return Optional.of(backups.get(0));
    }

    /** A backup that holds a non-empty database file (a copy cut short by a full disk does not). */
    static boolean isGood(Path zip) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            java.util.zip.ZipEntry e = z.getEntry(Database.FILE);
            return e != null && e.getSize() != 0;
        } catch (IOException e) {
            return false;
        }
    }
}
