package fr.equipage.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file aside then moves it into place, so that a failure (disk full, file open in Excel)
 * never leaves half a file under the name the organiser chose. The file aside has a fresh name
 * that no file of the organiser's can have ({@code .equipage-<random>.tmp}, created new), so an
 * existing "X.part" or the like is never touched.
 */
public final class AtomicFile {
    @FunctionalInterface
    public interface Body {
        public void write(Path tmp) throws IOException;
    }

    private AtomicFile() {
    }

    /** Errors name {@code file}, never the file aside. */
    public static void write(Path file, Body body) throws IOException {
        Path tmp = aside(file);
        try {
            body.write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFileException("Écriture impossible : " + FileErrors.describe(e, file), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Fails as {@link #write} would on a name that is a folder, a folder missing, not writable or on a read-only disk:
     * for a command to check its output before a long computation (a solve of up to 24 h), not after it.
     */
    public static void checkWritable(Path file) throws IOException {
        Files.deleteIfExists(aside(file));
    }

    private static Path aside(Path file) throws UserFileException {
        if (Files.isDirectory(file)) {
            throw new UserFileException("« " + file + " » est un dossier : indiquez un nom de fichier dans ce dossier"
                    + " (par exemple « " + file.resolve("export.csv") + " »).", null);
        }
        try {
            return createAside(file);
        } catch (IOException e) {
            throw new UserFileException("Écriture impossible : " + FileErrors.describe(e, file), e);
        }
    }

    /**
     * A new empty file beside the target. Not Files.createTempFile: that one is always private
     * (600), and the organiser's export must get the usual rights of their files once moved in place.
     */
    private static Path createAside(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".equipage-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}
