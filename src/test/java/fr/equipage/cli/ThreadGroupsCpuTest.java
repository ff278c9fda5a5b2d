package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** bench-import's CPU split by kind of thread reads Linux's /proc; elsewhere it stays silent. */
class ThreadGroupsCpuTest {
    @Test
    @EnabledOnOs(OS.LINUX)
    void theWorkOfThisThreadShowsUnderTheMainKinds() {
        Map<String, Double> before = ThreadGroupsCpu.now();
        long sink = 0;
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        assertThat(sink).isNotNegative();
        Map<String, Double> after = ThreadGroupsCpu.now();
        assertThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
        double spent = after.values().stream().mapToDouble(Double::doubleValue).sum()
                - before.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(spent).as("300 ms of busy work, counted in 1/100 s ticks").isGreaterThan(0.1);
        assertThat(ThreadGroupsCpu.since(before)).isNotEmpty();
    }
}
