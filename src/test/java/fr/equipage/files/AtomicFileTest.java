package fr.equipage.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are written aside then moved in place, touching no other file of the organiser's. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfTheUsersNamedLikeTheOldTemporaryFileIsLeftAlone() throws Exception {
        Path target = dir.resolve("equipes.csv");
        Path part = Files.writeString(dir.resolve("equipes.csv.part"), "mon brouillon");
        AtomicFile.write(target, tmp -> Files.writeString(tmp, "Équipe;Nom\n"));
        assertThat(Files.readString(target)).isEqualTo("Équipe;Nom\n");
        assertThat(Files.readString(part)).isEqualTo("mon brouillon");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("equipes.csv", "equipes.csv.part");
        }
    }

    @Test
    void aFolderIsRefusedAndKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("sorties"));
        assertThatThrownBy(() -> AtomicFile.write(folder, tmp -> Files.writeString(tmp, "x")))
                .isInstanceOf(UserFileException.class).hasMessageContaining("« " + folder + " » est un dossier");
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }

    @Test
    void aFailureNamesTheUsersFileNeverTheTemporaryOneAndLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("absent").resolve("equipes.csv");
        assertThatThrownBy(() -> AtomicFile.write(target, tmp -> Files.writeString(tmp, "x")))
                .isInstanceOf(UserFileException.class).hasMessageContaining("« " + target + " »")
                .hasMessageNotContaining(".tmp").hasMessageNotContaining("No such");
        Path ok = dir.resolve("equipes.csv");
        assertThatThrownBy(() -> AtomicFile.write(ok, tmp -> {
            throw new java.nio.file.AccessDeniedException(tmp.toString());
        })).hasMessageContaining("« " + ok + " »").hasMessageNotContaining(".tmp");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
