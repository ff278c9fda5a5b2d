package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** An edit whose save has returned survives the application being killed (kill -9) right after. */
class KillTest {
    @TempDir
    Path dir;

    @RepeatedTest(3)
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            // Kill it in the middle of a stream of saves, as a crash would.
            while (acknowledged < 20) {
                String line = out.readLine();
                assertThat(line).as("writer output").isNotNull().matches("\\d+");
                acknowledged = Integer.parseInt(line);
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Store store = Store.open(dir)) {
            long workshop = store.tx(c -> store.workshops.findByName(c, "Atelier")).orElseThrow().id();
            Participant p = store.tx(c -> store.participants.find(c, workshop, "u01")).orElseThrow();
            int saved = Integer.parseInt(p.email().substring(0, p.email().indexOf('@')));
            assertThat(saved).isGreaterThanOrEqualTo(acknowledged);
        }
    }
}
