package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OR-Tools' native libraries unpacked once into the user's cache ({@link NativeCache}), so that a solve from the jar
 * does not spend 0.7 s unpacking them at every start: the same libraries, whole, in a folder of their version; never
 * a partial folder, whatever another process does meanwhile.
 */
class NativeCacheTest {
    @TempDir
    Path tmp;

    @Test
    void theLibrariesAreUnpackedOnceWholeAndOnlyTheirFolders() throws Exception {
        Path jar = jar("v1", Map.of("natives/libjni.so", "jni", "natives/libdep.so", "dep", "other/libx.so", "x"));
        Path root = tmp.resolve("cache");

        Path first = unpack(jar, root);

        assertThat(first.getParent()).isEqualTo(root);
        assertThat(Files.readString(first.resolve("libjni.so"))).isEqualTo("jni");
        assertThat(Files.readString(first.resolve("libdep.so"))).isEqualTo("dep");
        try (var files = Files.list(first)) {
            assertThat(files.count()).as("only the platform's folder").isEqualTo(2);
        }
        Files.setLastModifiedTime(root, FileTime.fromMillis(0));

        Path again = unpack(jar, root);

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(root).toMillis()).as("not unpacked again, not even beside it").isZero();
        try (var folders = Files.list(root)) {
            assertThat(folders.toList()).as("no partial folder left").containsExactly(first);
        }
    }

    @Test
    void anotherVersionGetsItsOwnFolder() throws Exception {
        Path root = tmp.resolve("cache");
        Path v1 = unpack(jar("v1", Map.of("natives/libjni.so", "jni 1")), root);
        Path v2 = unpack(jar("v2", Map.of("natives/libjni.so", "jni 2")), root);

        assertThat(v2).isNotEqualTo(v1);
        assertThat(Files.readString(v1.resolve("libjni.so"))).isEqualTo("jni 1");
        assertThat(Files.readString(v2.resolve("libjni.so"))).isEqualTo("jni 2");
    }

    @Test
    void processesUnpackingAtOnceAllGetTheSameWholeFolder() throws Exception {
        Path jar = jar("v1", Map.of("natives/libjni.so", "jni".repeat(100_000), "natives/libdep.so", "dep"));
        Path root = tmp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Path> task = () -> unpack(jar, root);
            List<Future<Path>> results = pool.invokeAll(List.of(task, task, task, task));
            Path first = results.get(0).get();
            for (Future<Path> r : results) {
                assertThat(r.get()).isEqualTo(first);
            }
            assertThat(Files.readString(first.resolve("libjni.so"))).hasSize(300_000);
            try (var folders = Files.list(root)) {
                assertThat(folders.toList()).containsExactly(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCacheIsItsUsersOnlyWhereTheFileSystemSaysSo() throws Exception {
        Path root = tmp.resolve("cache");
        unpack(jar("v1", Map.of("natives/libjni.so", "jni")), root);

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
        } else {
            assertThat(root).isDirectory();
        }
    }

    @Test
    void aJarWithoutTheFolderIsAnErrorNotAnEmptyFolder() throws Exception {
        Path jar = jar("v1", Map.of("other/libx.so", "x"));

        assertThatThrownBy(() -> unpack(jar, tmp.resolve("cache"))).isInstanceOf(IOException.class).hasMessageContaining("natives");
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    @Test
    void theCacheFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/camille");
        assertThat(NativeCache.platformDefault("Linux", Map.of(), home)).isEqualTo(home.resolve(".cache/equipage"));
        assertThat(NativeCache.platformDefault("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/camille"), home))
                .isEqualTo(Path.of("/var/cache/camille/equipage"));
        assertThat(NativeCache.platformDefault("Mac OS X", Map.of(), home)).isEqualTo(home.resolve("Library/Caches/Equipage"));
        assertThat(NativeCache.platformDefault("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/camille/AppData/Local"), home))
                .isEqualTo(Path.of("/c/Users/camille/AppData/Local/Equipage/cache"));
    }

    private static Path unpack(Path jar, Path root) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return NativeCache.unpack(file, "natives", root);
        }
    }

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = tmp.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
