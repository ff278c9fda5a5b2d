package fr.equipage.ui;

import fr.equipage.ui.shell.MainWindow;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.service.Services;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window on a fresh data folder with a small workshop, for the headless flows. Assertions on
 * stored data are made on a store reopened on the same folder, as after a restart.
 */
public class UiTestSupport extends FxRobot {
    public static final String WORKSHOP = "Atelier d'essai";

    Path dataDir;
    public Store store;
    public MainWindow window;
    public long workshopId;

    /** The small workshop: three proposals and one person, with reference ministries from the migration. */
    public void open(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("equipage-ui-test");
        store = Store.open(dataDir);
        Workshop w = store.tx(c -> {
            Workshop created = store.workshops.create(c, WORKSHOP, LocalDate.of(2023, 2, 14), "Paris");
            store.proposals.save(c, created.id(), new Proposal("P01", "Cartiflette", "DINUM", List.of("python"), 3, 6, List.of()));
            store.proposals.save(c, created.id(), new Proposal("P02", "Ateliers du code", "INSEE", List.of("r"), 2, 5, List.of()));
            store.proposals.save(c, created.id(), new Proposal("P03", "Data Explorer", "MENJ", List.of("sql"), 3, 8, List.of()));
            store.participants.save(c, created.id(), new Participant("u01", "Alex", "Durand", "alex.durand@example.org",
                    "DINUM", List.of("python"), List.of("santé"), List.of("P01", "P03")));
            store.workshops.setCurrent(c, created.id());
            return created;
        });
        workshopId = w.id();
        window = MainWindow.open(stage, Services.over(store));
        stage.toFront();
    }

    /** Waits for pending database work and the screens' reloads to finish. */
    public void settle() {
        for (int i = 0; i < 3; i++) {
            CountDownLatch done = new CountDownLatch(1);
            window.context().tasks().run(() -> null, ignored -> done.countDown());
            try {
                if (!done.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("database thread still busy after 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Polls the database until the condition holds (edits are saved on a background thread). */
    public <T> T awaitStored(Function<Store, T> read, Predicate<T> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.test(read.apply(store)));
        } catch (TimeoutException e) {
            throw new AssertionError("stored value never matched; last: " + read.apply(store), e);
        }
        settle();
        return read.apply(store);
    }

    public java.util.Optional<Participant> participantNamed(Store s, String lastName) {
        return s.tx(c -> s.participants.all(c, workshopId)).stream().filter(p -> p.lastName().equals(lastName)).findFirst();
    }

    /** Closes the window's background work and the store, then reads from a store reopened on the same folder. */
    public <T> T afterRestart(Function<Store, T> read) {
        settle();
        window.context().tasks().close();
        store.close();
        store = null;
        try (Store reopened = Store.open(dataDir)) {
            return read.apply(reopened);
        }
    }

    public void close() {
        if (window != null) {
            window.context().tasks().close();
        }
        if (store != null) {
            store.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The button of the dialog that is showing, found by its text. */
    public Button dialogButton(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : listTargetWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            for (Node n : w.getScene().getRoot().lookupAll(".button")) {
                if (n instanceof Button b && text.equals(b.getText()) && b.isVisible()) {
                    return b;
                }
            }
        }
        throw new AssertionError("no dialog button " + text);
    }

    /** The dialog pane of the dialog that is showing. */
    public javafx.scene.control.DialogPane dialogPane() {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : listTargetWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
                return pane;
            }
        }
        throw new AssertionError("no dialog showing");
    }

    public String text(String key) {
        return window.context().i18n().get(key);
    }

    public static void assertVisible(Node n) {
        assertThat(n.isVisible() && n.getScene() != null).as(n + " visible").isTrue();
    }
}
