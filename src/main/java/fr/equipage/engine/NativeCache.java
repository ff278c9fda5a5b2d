package fr.equipage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * OR-Tools' native libraries unpacked once into the user's cache folder, where OR-Tools' own loader unpacks them into
 * a new temporary folder at every start: 0.6–0.7 s of each solve from the jar (70 MB on Linux), against 0.03–0.04 s
 * to load them from a folder (measured, fresh processes). The folder's name is a digest of the libraries' names, sizes
 * and checksums in the jar, so another version never uses them; it appears whole or not at all (unpacked beside it,
 * then renamed), so a crash or a second process at the same moment never leaves a partial one in use.
 */
final class NativeCache {
    /** Overrides the cache folder (tests, or a machine whose home is read-only). */
    static final String PROPERTY = "equipage.nativeCache";

    private NativeCache() {
    }

    /**
     * The folder of {@code folder}'s libraries: the classpath's own if it is a folder already, else unpacked from its
     * jar into the cache. Throws when neither is possible; the caller then falls back to OR-Tools' loader.
     */
    static Path of(String folder) throws IOException {
        URL url = NativeCache.class.getClassLoader().getResource(folder + "/");
        if (url == null) {
            throw new IOException("bibliothèques natives absentes du classpath : " + folder);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if (!"jar".equals(url.getProtocol())) {
                throw new IOException("bibliothèques natives hors d'un jar : " + url);
            }
            Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                return unpack(file, folder, root());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("emplacement illisible : " + url, e);
        }
    }

    /** {@code folder}'s files in {@code jar}, in a folder of their own under {@code root}, unpacked if not already. */
    static Path unpack(JarFile jar, String folder, Path root) throws IOException {
        String prefix = folder + "/";
        List<JarEntry> entries = jar.stream()
                .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && e.getName().indexOf('/', prefix.length()) < 0)
                .sorted(Comparator.comparing(JarEntry::getName)).toList();
        if (entries.isEmpty()) {
            throw new IOException("aucune bibliothèque native dans " + jar.getName() + " (" + folder + ")");
        }
        Path target = root.resolve(folder + "-" + digest(entries));
        if (Files.isDirectory(target)) {
            return target;
        }
        createPrivate(root);
        Path partial = Files.createTempDirectory(root, target.getFileName() + ".partiel-");
        try {
            for (JarEntry e : entries) {
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, partial.resolve(e.getName().substring(prefix.length())));
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("renommage atomique impossible dans " + root, e);
        } catch (IOException e) {
            // Another process unpacked the same libraries meanwhile (the error then depends on the platform): its
            // folder is whole, ours goes.
            if (!Files.isDirectory(target)) {
                throw e;
            }
        } finally {
            deleteTree(partial);
        }
        return target;
    }

    /** The cache folder: {@link #PROPERTY}, else the platform's per-user cache. */
    static Path root() {
        String set = System.getProperty(PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        return platformDefault(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path platformDefault(String os, Map<String, String> env, Path home) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Equipage").resolve("cache");
        }
        if (name.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Equipage");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("equipage");
    }

    private static String digest(List<JarEntry> entries) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (JarEntry e : entries) {
                sha.update((e.getName() + '\0' + e.getSize() + '\0' + e.getCrc() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /** The folder, readable by its user only where the file system says so (code loaded from it runs as the user). */
    private static void createPrivate(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // A leftover partial folder is never used (its name says so), only disk space.
        }
    }
}
