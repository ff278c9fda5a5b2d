package fr.equipage.ui.importing;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes that show a value by a text of ours and are never typed into. */
final class Converters {
    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
