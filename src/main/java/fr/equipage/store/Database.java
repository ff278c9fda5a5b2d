package fr.equipage.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database in the data folder. One process at a time: H2's file lock makes a second
 * process fail fast, which we turn into {@link DataInUseException}. No server mode, no TCP port:
 * personal data never leaves the laptop.
 */
public final class Database implements AutoCloseable {
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int FILE_CORRUPTED = 90030;
    static final int GENERAL_ERROR = 50000;
    static final String FILE = "equipage.mv.db";
    /**
     * Flyway reports every step at INFO through java.util.logging; organisers only need failures.
     * Held in a field because JUL keeps loggers weakly and would forget the level.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private final Path dir;
    private final JdbcDataSource dataSource;
    /** Held open for the application's lifetime: it keeps the database (and its lock) open. */
    private final Connection keeper;

    private final Path restoredFrom;

    private Database(Path dir, JdbcDataSource dataSource, Connection keeper, Path restoredFrom) {
        this.dir = dir;
        this.dataSource = dataSource;
        this.keeper = keeper;
        this.restoredFrom = restoredFrom;
    }

    public static Database open(Path dir) {
        DataDir.check(dir);
        try {
            PrivateFiles.createFolder(dir);
        } catch (IOException e) {
            throw new InvalidDataDirException("Impossible de créer le dossier de données « " + dir + " »"
                    + (e instanceof java.nio.file.AccessDeniedException ? " : accès refusé." : "."), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        // Plain file mode; DB_CLOSE_ON_EXIT=FALSE because we close it ourselves, after the last write.
        // A 128 MB page cache (16 MB by default) cuts a 100,000-row import's write time by about a third.
        // The path cannot carry settings of its own: DataDir.check refused any ';'.
        ds.setURL("jdbc:h2:file:" + dir.resolve("equipage").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072");
        ds.setUser("equipage");
        ds.setPassword("");
        Path restoredFrom = restoreIfUnusable(dir);
        Connection keeper;
        try {
            keeper = ds.getConnection();
        } catch (SQLException | RuntimeException e) {
            if (e instanceof SQLException s && isAlreadyOpen(s)) {
                throw new DataInUseException(dir, e);
            }
            if (!isDamaged(e) || restoredFrom != null) {
                throw new StoreException("Impossible d'ouvrir la base de données dans « " + dir + " » : " + e.getMessage(), e);
            }
            restoredFrom = restoreAfter(dir, e);
            keeper = connectAfterRestore(ds, dir);
        }
        Database db = new Database(dir, ds, keeper, restoredFrom);
        db.migrate();
        db.restrictFiles();
        db.backUp();
        return db;
    }

    /**
     * An empty database file (a full disk, a failed copy) would open as a NEW empty database, and each
     * start would then back that up and push a good backup out: it is replaced by the newest good
     * backup instead. An unreadable one too. With no backup, an empty file holds nothing to lose and
     * H2 starts afresh in it; an unreadable one is reported.
     */
    private static Path restoreIfUnusable(Path dir) {
        Path file = dir.resolve(FILE);
        boolean exists = Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        boolean empty = exists && Files.isRegularFile(file) && size(file) == 0;
        boolean unreadable = exists && (!Files.isRegularFile(file) || !Files.isReadable(file));
        if (!empty && !unreadable) {
            return null;
        }
        try {
            Optional<Path> restored = Backups.restoreNewest(dir);
            if (restored.isEmpty() && unreadable) {
                throw new StoreException("La base de données « " + file + " » ne peut pas être lue (droits d'accès ou "
                        + "fichier remplacé) et aucune sauvegarde n'existe dans « " + dir.resolve(Backups.FOLDER) + " ».");
            }
            return restored.orElse(null);
        } catch (IOException io) {
            throw new StoreException("La base de données « " + file + " » est " + (empty ? "vide" : "illisible")
                    + " et sa sauvegarde n'a pas pu être restaurée : " + io.getMessage(), io);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The database file cannot be read: put the newest backup back, or say that none exists. */
    private static Path restoreAfter(Path dir, Exception failure) {
        try {
            return Backups.restoreNewest(dir).orElseThrow(() -> new StoreException(
                    "Impossible d'ouvrir la base de données dans « " + dir + " » : " + failure.getMessage(), failure));
        } catch (IOException io) {
            throw new StoreException("La base de données de « " + dir + " » est illisible et sa sauvegarde n'a pas pu "
                    + "être restaurée : " + io.getMessage(), failure);
        }
    }

    private static Connection connectAfterRestore(JdbcDataSource ds, Path dir) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Impossible d'ouvrir la sauvegarde restaurée dans " + dir + " : " + e.getMessage(), e);
        }
    }

    /** The files H2 created (database, lock, trace) are personal data: the user's alone. */
    private void restrictFiles() {
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith("equipage.") && Files.isRegularFile(p))
                    .forEach(p -> PrivateFiles.restrict(p, false));
        } catch (IOException e) {
            // Best effort, as PrivateFiles.restrict.
        }
    }

    /**
     * A safety copy at each start; failing to take one must not stop the organiser from working. An
     * empty database (no workshop) is not copied: its copies would only push good ones out.
     */
    private void backUp() {
        try {
            if (isEmpty()) {
                return;
            }
            Backups.take(dir, keeper);
        } catch (SQLException | IOException e) {
            java.util.logging.Logger.getLogger(Database.class.getName())
                    .warning("Sauvegarde impossible dans " + dir + " : " + e.getMessage());
        }
    }

    private boolean isEmpty() throws SQLException {
        try (java.sql.Statement st = keeper.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM workshop")) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    /**
     * The backup put back at this start because the database file was damaged, or null. The
     * application tells the organiser, since the work since that backup is gone.
     */
    public Path restoredFrom() {
        return restoredFrom;
    }

    /** Errors that mean the file itself is damaged, as opposed to locked or not readable by this user. */
    private static boolean isDamaged(Exception e) {
        if (e instanceof SQLException s) {
            return s.getErrorCode() == FILE_CORRUPTED || s.getErrorCode() == GENERAL_ERROR;
        }
        return e instanceof org.h2.mvstore.MVStoreException;
    }

    private static boolean isAlreadyOpen(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private void migrate() {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        // V8 is Java (it finds constraints H2 named itself and converts arrays); V1–V7 are the SQL files.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V8__Lighter_participant_rows()).load().migrate();
    }

    public Path dir() {
        return dir;
    }

    /** Runs the work in one transaction: all of it is saved, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                flush(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Erreur de la base de données : " + e.getMessage(), e);
        }
    }

    /**
     * H2 writes committed changes to the file up to a second later (MVStore auto-commit delay): an
     * organiser's edit would be lost if the laptop or the application were killed in that second.
     * CHECKPOINT writes them now; with nothing new to write it costs nothing.
     */
    private static void flush(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new StoreException("Fermeture de la base impossible : " + e.getMessage(), e);
        }
    }
}
