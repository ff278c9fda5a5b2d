package fr.equipage.io;

import fr.equipage.files.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an XLSX or ODS archive before any parser touches it. Sizes declared in the archive can lie,
 * so each part is actually inflated (and thrown away) while counting, and reading stops at the first
 * part whose size or compression ratio is out of bounds: a zip bomb costs at most a fraction of a
 * second and no memory.
 */
final class ZipGuard {
    private ZipGuard() {
    }

    static void check(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > Limits.MAX_ZIP_ENTRIES) {
                    throw bomb(name, "il contient plus de " + Limits.MAX_ZIP_ENTRIES + " parties");
                }
                if (e.isDirectory()) {
                    continue;
                }
                long compressed = Math.max(e.getCompressedSize(), 1);
                long size = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        size += n;
                        total += n;
                        if (total > Limits.MAX_UNCOMPRESSED_BYTES) {
                            throw bomb(name, "une fois décompressé il dépasse "
                                    + Texts.number(Limits.MAX_UNCOMPRESSED_BYTES / (1024 * 1024)) + " Mo");
                        }
                        // Small parts may compress very well (a run of empty cells); only big ones count.
                        if (size > 1024 * 1024 && size / compressed > Limits.MAX_COMPRESSION_RATIO) {
                            throw bomb(name, "la partie « " + e.getName() + " » est comprimée plus de "
                                    + Limits.MAX_COMPRESSION_RATIO + " fois (bombe de décompression)");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new UnreadableFileException("Le fichier « " + name + " » est un classeur abîmé (archive illisible : "
                    + e.getMessage() + "). Ouvrez-le dans votre tableur et enregistrez-le à nouveau.", e);
        } catch (IOException e) {
            throw new UnreadableFileException("Lecture impossible : " + FileErrors.describe(e, file), e);
        }
    }

    private static UnreadableFileException bomb(String name, String why) {
        return new UnreadableFileException("Le fichier « " + name + " » est refusé par sécurité : " + why + ".");
    }
}
