package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The Lagrangian bound on its own thread, as the solve runs it on large open workshops: where it waits for an LP's
 * multipliers ({@link LagrangianTask#startAfter}), it stays out of the LP's way until its time, and starts without them
 * only if the LP has not come by then.
 */
class LagrangianTaskTest {
    private static final CompiledInstance OPEN = CompiledInstance.of(InstanceGenerator.generateOpen(150, 4));
    private static final long MILLI = 1_000_000L;

    @Test
    void waitingForAnLpThatComesItNeverRuns() {
        List<Long> bounds = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        LagrangianTask task = LagrangianTask.startAfter(OPEN, () -> 0, 50, start + 5_000 * MILLI, bounds::add,
                start + 200 * MILLI, () -> System.nanoTime() > start + 50 * MILLI);

        task.join();

        assertThat(task.started()).isFalse();
        assertThat(bounds).isEmpty();
        assertThat(System.nanoTime() - start).as("it ends once the LP has come, not at its time").isLessThan(2_000 * MILLI);
    }

    @Test
    void waitingForAnLpThatDoesNotComeItStartsAtItsTimeWithoutIt() {
        List<Long> at = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        long notBefore = start + 150 * MILLI;
        LagrangianTask task = LagrangianTask.startAfter(OPEN, () -> 0, 50, start + 5_000 * MILLI, b -> at.add(System.nanoTime()),
                notBefore, () -> false);

        task.join();

        assertThat(task.started()).isTrue();
        assertThat(at).isNotEmpty().allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(notBefore));
    }

    @Test
    void stoppedWhileWaitingItNeverRuns() {
        List<Long> bounds = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        LagrangianTask task = LagrangianTask.startAfter(OPEN, () -> 0, 50, start + 5_000 * MILLI, bounds::add,
                start + 300 * MILLI, () -> false);

        task.stop();

        assertThat(task.started()).isFalse();
        assertThat(bounds).isEmpty();
    }
}
