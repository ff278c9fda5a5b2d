package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.model.Workshop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The data folder: validated before use, private, and never emptied by an emptied database file. */
class DataFolderTest {
    @TempDir
    Path dir;

    @Test
    void anEmptiedDatabaseFileIsReplacedByTheNewestBackupAndGoodBackupsSurviveManyStarts() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.run(c -> store.workshops.create(c, "Lancement", null, ""));
        }
        Store.open(data).close(); // this start's backup holds the workshop
        Files.write(data.resolve("equipage.mv.db"), new byte[0]); // a full disk, a failed copy
        try (Store store = Store.open(data)) {
            assertThat(store.db().restoredFrom()).as("the organiser is told").isNotNull();
            assertThat(store.tx(store.workshops::all)).extracting(Workshop::name).containsExactly("Lancement");
        }
        // The scenario: ten starts after emptying the file used to push every good backup out.
        Files.write(data.resolve("equipage.mv.db"), new byte[0]);
        for (int i = 0; i < Backups.KEPT + 2; i++) {
            Store.open(data).close();
        }
        try (Store store = Store.open(data)) {
            assertThat(store.tx(store.workshops::all)).extracting(Workshop::name).containsExactly("Lancement");
        }
        assertThat(Backups.list(data)).isNotEmpty().allMatch(Backups::isGood);
    }

    @Test
    void anEmptyDatabaseTakesNoBackupSoItCannotPushGoodOnesOut() throws Exception {
        for (int i = 0; i < 3; i++) {
            Store.open(dir).close();
        }
        assertThat(Backups.list(dir)).isEmpty();
    }

    @Test
    void aBackupCutShortIsSkippedForTheNewestGoodOne() throws Exception {
        try (Store store = Store.open(dir)) {
            store.run(c -> store.workshops.create(c, "Lancement", null, ""));
        }
        Store.open(dir).close();
        Path broken = dir.resolve(Backups.FOLDER).resolve("equipage-99999999-000000-000.zip"); // sorts newest
        Files.write(broken, new byte[0]);
        Files.write(dir.resolve("equipage.mv.db"), new byte[0]);
        try (Store store = Store.open(dir)) {
            assertThat(store.db().restoredFrom()).isNotEqualTo(broken);
            assertThat(store.tx(store.workshops::all)).extracting(Workshop::name).containsExactly("Lancement");
        }
    }

    @Test
    void aPathH2WouldReadAsSettingsIsRefusedAndNothingIsCreated() {
        Path bad = dir.resolve("X;IFEXISTS=TRUE");
        assertThatThrownBy(() -> Store.open(bad)).isInstanceOf(InvalidDataDirException.class)
                .hasMessageContaining("« " + bad + " »").hasMessageContaining("point-virgule");
        assertThat(dir.resolve("X.mv.db")).doesNotExist();
        assertThat(bad).doesNotExist();
    }

    @Test
    void aFileOrAPathThroughAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "à garder");
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(InvalidDataDirException.class)
                .hasMessageContaining("« " + file + " » est un fichier");
        assertThatThrownBy(() -> Store.open(file.resolve("equipage"))).isInstanceOf(InvalidDataDirException.class)
                .hasMessageContaining("« " + file + " » est un fichier");
        assertThat(Files.readString(file)).isEqualTo("à garder");
    }

    @Test
    void anEmptyDataDirOptionIsRefused() {
        assertThatThrownBy(() -> DataDir.resolve(Path.of(""))).isInstanceOf(InvalidDataDirException.class)
                .hasMessageContaining("--data-dir").hasMessageContaining("vide");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // POSIX permissions; Windows gets an owner-only ACL instead
    void theFolderTheDatabaseAndTheBackupsAreTheUsersAlone() throws Exception {
        Path data = dir.resolve("nouveau").resolve("data");
        try (Store store = Store.open(data)) {
            store.run(c -> store.workshops.create(c, "Lancement", null, ""));
        }
        Store.open(data).close();
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve(Backups.FOLDER))).isEqualTo("rwx------");
        assertThat(mode(data.resolve("equipage.mv.db"))).isEqualTo("rw-------");
        assertThat(Backups.list(data)).isNotEmpty().allMatch(b -> mode(b).equals("rw-------"));
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
