package fr.equipage.ui.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view from the fxml/ folder with the UI texts, giving its controller the
 * {@link AppContext} through a constructor {@code (AppContext)} when it has one.
 */
public final class Views {
    private Views() {
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    public static <C> Loaded<C> load(AppContext ctx, String name) {
        URL url = Views.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("Vue introuvable : fxml/" + name + ".fxml");
        }
        FXMLLoader loader = new FXMLLoader(url, ctx.i18n().bundle());
        loader.setControllerFactory(type -> instantiate(type, ctx));
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Vue " + name + " illisible", e);
        }
    }

    private static Object instantiate(Class<?> type, AppContext ctx) {
        try {
            try {
                return type.getConstructor(AppContext.class).newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return type.getConstructor().newInstance();
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Contrôleur " + type.getSimpleName() + " : " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Contrôleur " + type.getSimpleName() + " non instanciable", e);
        }
    }
}
