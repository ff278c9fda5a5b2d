package fr.equipage.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file aside then moves it into place, so that a failure (disk full, file open in Excel)
 * never leaves half a file under the name the organiser chose.
 */
final class AtomicFile {
    @FunctionalInterface
    interface Body {
        void write(Path tmp) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path file, Body body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            body.write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
