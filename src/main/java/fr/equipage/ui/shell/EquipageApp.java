package fr.equipage.ui.shell;

import fr.equipage.ui.framework.I18n;
import atlantafx.base.theme.PrimerLight;
import fr.equipage.service.Services;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The desktop application. The store is opened in {@link #init()} (off the FX thread); when it
 * cannot be opened (another Équipage has the data) the organiser gets the message, not a trace.
 */
public final class EquipageApp extends Application {
    private static Supplier<Services> storeOpener;

    private Services services;
    private RuntimeException startupFailure;
    private MainWindow window;

    /** Starts JavaFX; the supplier opens the store (and loads the sample day on first start). */
    public static void launchWith(Supplier<Services> opener) {
        storeOpener = opener;
        Application.launch(EquipageApp.class);
    }

    @Override
    public void init() {
        try {
            services = storeOpener.get();
        } catch (RuntimeException e) {
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            Locale.setDefault(I18n.FRENCH);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Alert alert = new Alert(Alert.AlertType.ERROR, startupFailure.getMessage(), ButtonType.OK);
            // The stored language cannot be read without the store: French, the default.
            I18n i18n = new I18n(I18n.FRENCH);
            alert.setTitle(i18n.get("app.title"));
            alert.setHeaderText(i18n.get("error.startup"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = MainWindow.open(stage, services);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
