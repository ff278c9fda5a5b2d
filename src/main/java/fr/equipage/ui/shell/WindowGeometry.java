package fr.equipage.ui.shell;

import fr.equipage.service.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position with the data, and restores it only if it is on a screen. */
final class WindowGeometry {
    static final String KEY = "ui.window";

    private WindowGeometry() {
    }

    static void save(Stage stage, Preferences preferences) {
        if (stage.isIconified()) {
            return;
        }
        String value = stage.getX() + ";" + stage.getY() + ";" + stage.getWidth() + ";" + stage.getHeight() + ";"
                + stage.isMaximized();
        preferences.put(KEY, value);
    }

    static void restore(Stage stage, Preferences preferences) {
        preferences.get(KEY).ifPresent(value -> apply(stage, value));
    }

    private static void apply(Stage stage, String value) {
        String[] parts = value.split(";");
        if (parts.length != 5) {
            return;
        }
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            // A window saved on a screen that is no longer plugged in would open out of sight.
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1))).isEmpty();
            if (visible && w >= 400 && h >= 300) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(w);
                stage.setHeight(h);
            }
            stage.setMaximized(Boolean.parseBoolean(parts[4]));
        } catch (NumberFormatException e) {
            // A damaged value only costs the default geometry.
        }
    }
}
