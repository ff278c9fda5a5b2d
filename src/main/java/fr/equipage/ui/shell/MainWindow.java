package fr.equipage.ui.shell;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.TaskRunner;
import fr.equipage.ui.framework.UndoKeys;
import fr.equipage.ui.framework.Views;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** Builds the main window on the services of a data folder: texts, context, the main view, remembered geometry. */
public final class MainWindow {
    public static final String LANGUAGE_KEY = "ui.language";

    private final AppContext ctx;
    private final Stage stage;

    private MainWindow(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
    }

    /** Opens the window; loads the current workshop in the background. */
    public static MainWindow open(Stage stage, Services services) {
        String language = services.preferences().get(LANGUAGE_KEY).orElse("fr");
        Locale locale = I18n.localeOf(language);
        // JavaFX's own texts (dialog buttons, empty tables) follow the default locale.
        Locale.setDefault(locale);
        // Set here too (not only in EquipageApp) so that tests see the window exactly as organisers do.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(locale);
        TaskRunner tasks = new TaskRunner(e -> showError(i18n, e));
        AppContext ctx = new AppContext(services, i18n, tasks);
        ctx.windowProperty().set(stage);
        Views.Loaded<MainController> main = Views.load(ctx, "main");
        // First start: most of the screen (a laptop's 1366×768 included); later, the remembered geometry.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main.root(), Math.min(1440, screen.getWidth() * 0.95),
                Math.min(900, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource("/css/equipage.css").toExternalForm());
        stage.setScene(scene);
        UndoKeys.install(scene, ctx.undo());
        main.controller().installKeys(scene);
        boolean presentation = services.preferences().get(Presentation.KEY).map(Boolean::parseBoolean)
                .orElse(false);
        main.controller().setPresentation(presentation);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> title(i18n, ctx.workshop()), ctx.workshopProperty()));
        WindowGeometry.restore(stage, services.preferences());
        stage.show();
        tellIfRestored(i18n, services);
        tasks.run(() -> services.workshops().current(), w -> w.ifPresent(ctx.workshopProperty()::set));
        return new MainWindow(ctx, stage);
    }

    static String title(I18n i18n, Workshop w) {
        return w == null ? i18n.get("app.title") : i18n.get("app.title") + " — " + w.name();
    }

    public AppContext context() {
        return ctx;
    }

    /** Saves the geometry and waits for pending saves. */
    public void close() {
        WindowGeometry.save(stage, ctx.services().preferences());
        ctx.tasks().close();
    }

    /** The database was damaged and a backup was put back: the organiser must know what may be missing. */
    private static void tellIfRestored(I18n i18n, Services services) {
        services.restoredFrom().ifPresent(backup -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, i18n.format("store.restored.text", backup.getFileName(),
                    services.dataDir()), ButtonType.OK);
            alert.setHeaderText(i18n.get("store.restored.header"));
            alert.show();
        });
    }

    static void showError(I18n i18n, Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(i18n.get("error.header"));
        alert.show();
    }
}
