package fr.equipage.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the screen on the FX thread and waiting for it, as every headless flow does. */
public final class FxWait {
    private FxWait() {
    }

    /** {@code read} run on the FX thread (a control is only read there), its result within 10 s. */
    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to 30 s for {@code condition}, read on the FX thread, then for the events it set off. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(30, condition);
    }

    /** As {@link #waitUntil(Callable)}, for work that may take longer (planning a season). */
    public static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
