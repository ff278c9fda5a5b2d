package fr.equipage.ui.board;

import fr.equipage.ui.framework.AppContext;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** The board's alerts: titled with the application's name (never the toolkit's "Message"), over the window. */
final class BoardAlerts {
    private BoardAlerts() {
    }

    static void show(AppContext ctx, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.setTitle(ctx.i18n().get("app.title"));
        alert.setHeaderText(header);
        alert.initOwner(ctx.windowProperty().get());
        alert.show();
    }
}
