package fr.equipage.ui.shell;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import fr.equipage.model.Workshop;
import fr.equipage.service.WorkshopService;
import java.util.List;
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

    /** Makes {@code w} the open workshop and remembers it. */
    void open(Workshop w) {
        if (w == null || (ctx.workshop() != null && ctx.workshop().id() == w.id())) {
            return;
        }
        var workshops = ctx.services().workshops();
        ctx.tasks().run(() -> {
            workshops.setCurrent(w.id());
            return w;
        }, opened -> {
            ctx.undo().clear();
            ctx.workshopProperty().set(opened);
            ctx.dataChanged();
        });
    }

    void create() {
        Dialogs.askText(ctx, i18n.get("workshop.new.header"), i18n.get("workshop.name"), "").ifPresent(name -> {
            var workshops = ctx.services().workshops();
            ctx.tasks().run(() -> workshops.create(name), created -> created.ifPresentOrElse(this::open, () -> nameTaken(name)));
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
            var workshops = ctx.services().workshops();
            ctx.tasks().run(() -> workshops.nameTakenByOther(w.id(), name), taken -> {
                if (taken) {
                    nameTaken(name);
                    return;
                }
                ctx.undo().perform(workshops.rename(w, name, i18n.format("edit.workshop.rename", w.name(), name)));
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
            var workshops = ctx.services().workshops();
            ctx.tasks().run(() -> workshops.duplicate(w.id(), name), copy -> copy.ifPresentOrElse(this::open, () -> nameTaken(name)));
        });
    }

    void delete() {
        Workshop w = ctx.workshop();
        if (w == null) {
            return;
        }
        var workshops = ctx.services().workshops();
        ctx.tasks().run(() -> workshops.counts(w.id()), counts -> {
            if (counts.workshops() <= 1) {
                warn(i18n.get("workshop.delete.last"));
                return;
            }
            if (!Dialogs.confirm(ctx, i18n.format("workshop.delete.header", w.name()),
                    deletionText(counts), i18n.get("workshop.delete.confirm"))) {
                return;
            }
            ctx.tasks().run(() -> workshops.delete(w.id()), next -> {
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

    /** What will be erased, the season included when it has rounds or sessions (they are easy to forget). */
    private String deletionText(WorkshopService.Counts counts) {
        String text = i18n.format("workshop.delete.content", counts.participants(), counts.proposals());
        if (counts.meetupRounds() + counts.trainingSessions() > 0) {
            text += " " + i18n.format("workshop.delete.season", counts.meetupRounds(), counts.trainingSessions());
        }
        return text;
    }
}
