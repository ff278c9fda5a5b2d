package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.model.Workshop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void eachStartKeepsACopyAndOnlyTheNewestTen() throws Exception {
        try (Store store = Store.open(dir)) {
            store.run(c -> store.workshops.create(c, "Lancement", null, ""));
        }
        for (int i = 0; i < Backups.KEPT + 2; i++) {
            Store.open(dir).close();
        }
        assertThat(Backups.list(dir)).hasSize(Backups.KEPT);
    }

    @Test
    void aDamagedDatabaseIsReplacedByTheNewestBackupAndKeptAside() throws Exception {
        try (Store store = Store.open(dir)) {
            store.run(c -> store.workshops.create(c, "Lancement", null, ""));
        }
        try (Store store = Store.open(dir)) { // this start's backup holds the workshop
            assertThat(store.db().restoredFrom()).isNull();
        }
        damage(dir.resolve("equipage.mv.db"));

        try (Store store = Store.open(dir)) {
            assertThat(store.db().restoredFrom()).isNotNull();
            var names = store.tx(store.workshops::all).stream().map(Workshop::name).toList();
            assertThat(names).containsExactly("Lancement");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("equipage.mv.db.endommagee-"));
        }
    }

    @Test
    void withoutABackupADamagedDatabaseIsReportedAndLeftAlone() throws Exception {
        Path db = dir.resolve("equipage.mv.db");
        Files.write(db, garbage());
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Impossible d'ouvrir la base de données");
        assertThat(Files.readAllBytes(db)).isEqualTo(garbage());
    }

    /** Overwrites the file's headers and first chunks, as a disk error or a torn write would. */
    private static void damage(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] noise = garbage();
        System.arraycopy(noise, 0, bytes, 0, Math.min(noise.length, bytes.length));
        Files.write(file, bytes);
    }

    private static byte[] garbage() {
        byte[] b = new byte[16384];
        new Random(7).nextBytes(b);
        return b;
    }
}
