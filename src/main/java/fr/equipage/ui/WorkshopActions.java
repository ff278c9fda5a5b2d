package fr.equipage.ui;

import fr.equipage.model.Workshop;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creating, renaming, duplicating, deleting and opening workshops. The open workshop is remembered
 * in the data folder. Undo history belongs to a workshop's content, so opening another one starts a
 * fresh history; renaming is undoable, deleting a workshop asks first and is final.
 */
final class WorkshopActions {
    private final AppContext ctx;
    private final I18n i18n;

    WorkshopActions(AppContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
    }

    void list(Consumer<List<Workshop>> then) {
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(store.workshops::all), then);
    }

    /** Makes {@code w} the open workshop and remembers it. */
    void open(Workshop w) {
        if (w == null || (ctx.workshop() != null && ctx.workshop().id() == w.id())) {
            return;
        }
        var store = ctx.store();
        ctx.tasks().run(() -> {
            store.run(c -> store.workshops.setCurrent(c, w.id()));
            return w;
        }, opened -> {
            ctx.undo().clear();
            ctx.workshopProperty().set(opened);
            ctx.dataChanged();
        });
    }

    void create() {
        Dialogs.askText(ctx, i18n.get("workshop.new.header"), i18n.get("workshop.name"), "").ifPresent(name -> {
            var store = ctx.store();
            ctx.tasks().run(() -> store.tx(c -> {
                if (store.workshops.findByName(c, name).isPresent()) {
                    return Optional.<Workshop>empty();
                }
                return Optional.of(store.workshops.create(c, name, LocalDate.now(), ""));
            }), created -> created.ifPresentOrElse(this::open, () -> nameTaken(name)));
        });
    }

    void rename() {
        Workshop w = ctx.workshop();
        if (w == null) {
            return;
        }
        Dialogs.askText(ctx, i18n.get("workshop.rename.header"), i18n.get("workshop.name"), w.name()).ifPresent(name -> {
            if (name.equals(w.name())) {
                return;
            }
            var store = ctx.store();
            ctx.tasks().run(() -> store.tx(c -> store.workshops.findByName(c, name)
                    .filter(other -> other.id() != w.id()).isPresent()), taken -> {
                if (taken) {
                    nameTaken(name);
                    return;
                }
                Workshop renamed = new Workshop(w.id(), name, w.date(), w.place());
                ctx.undo().perform(StoreEdit.of(store, i18n.format("edit.workshop.rename", w.name(), name),
                        c -> store.workshops.update(c, renamed), c -> store.workshops.update(c, w)));
            });
        });
    }

    void duplicate() {
        Workshop w = ctx.workshop();
        if (w == null) {
            return;
        }
        Dialogs.askText(ctx, i18n.format("workshop.duplicate.header", w.name()), i18n.get("workshop.name"),
                i18n.format("workshop.duplicate.defaultName", w.name())).ifPresent(name -> {
            var store = ctx.store();
            ctx.tasks().run(() -> store.tx(c -> {
                if (store.workshops.findByName(c, name).isPresent()) {
                    return Optional.<Workshop>empty();
                }
                return Optional.of(store.duplicate(c, w.id(), name));
            }), copy -> copy.ifPresentOrElse(this::open, () -> nameTaken(name)));
        });
    }

    void delete() {
        Workshop w = ctx.workshop();
        if (w == null) {
            return;
        }
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(c -> new int[] {store.workshops.all(c).size(),
                store.participants.all(c, w.id()).size(), store.proposals.all(c, w.id()).size()}), counts -> {
            if (counts[0] <= 1) {
                warn(i18n.get("workshop.delete.last"));
                return;
            }
            if (!Dialogs.confirm(ctx, i18n.format("workshop.delete.header", w.name()),
                    i18n.format("workshop.delete.content", counts[1], counts[2]), i18n.get("workshop.delete.confirm"))) {
                return;
            }
            ctx.tasks().run(() -> store.tx(c -> {
                store.workshops.delete(c, w.id());
                return store.workshops.all(c).get(0);
            }), next -> {
                ctx.workshopProperty().set(null);
                open(next);
            });
        });
    }

    private void nameTaken(String name) {
        warn(i18n.format("workshop.nameTaken", name));
    }

    private void warn(String message) {
        Dialogs.inform(ctx, message);
    }
}
