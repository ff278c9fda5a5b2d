package fr.equipage.ui.records;

import fr.equipage.ui.controls.Fields;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.service.UndoableEdit;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextInputControl;

/**
 * The record a form shows, kept up to date at once when the organiser changes a field (before the
 * reload), and each change saved as one undoable edit.
 */
public final class FormRecord<T> {
    /** Makes the undoable edit of one change: {@code apply} makes it, {@code revert} takes it back. */
    @FunctionalInterface
    public interface Updates<T> {
        UndoableEdit update(String labelKey, T before, UnaryOperator<T> apply, UnaryOperator<T> revert);
    }

    private final AppContext ctx;
    private final Updates<T> updates;
    private T current;

    public FormRecord(AppContext ctx, Updates<T> updates) {
        this.ctx = ctx;
        this.updates = updates;
    }

    /** The record shown (null: none). */
    public T get() {
        return current;
    }

    public void set(T record) {
        current = record;
    }

    /** Records the change on screen at once, then saves it as an undoable edit. */
    public void edit(String labelKey, TextInputControl field, String shown, UnaryOperator<T> apply, UnaryOperator<T> revert) {
        T before = current;
        current = apply.apply(before);
        if (field != null) {
            Fields.saved(field, shown);
        }
        ctx.undo().perform(updates.update(labelKey, before, apply, revert));
    }

    /**
     * A value chosen outside a text field (a list, a picker): saved as an edit unless no record is shown
     * or the value is the one the record has.
     */
    public <V> void change(String labelKey, V value, Function<T, V> get, BiFunction<T, V, T> with) {
        if (current == null || Objects.equals(value, get.apply(current))) {
            return;
        }
        V old = get.apply(current);
        edit(labelKey, null, null, r -> with.apply(r, value), r -> with.apply(r, old));
    }
}
