package fr.equipage.ui.trainings;

import fr.equipage.service.Season;
import fr.equipage.service.ThemeCatalogueEdits;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Changing the catalogue of themes from the chart: add, rename, merge, remove. Names are checked as
 * they are typed ({@link CatalogueChecks}); each change is one undoable edit, saved at once, and the
 * theme it leaves is chosen in the chart once the season is read again.
 */
final class CatalogueActions {
    private final AppContext ctx;
    private final Supplier<String> selected;
    private final Supplier<Season> season;

    CatalogueActions(AppContext ctx, Supplier<String> selected, Supplier<Season> season) {
        this.ctx = ctx;
        this.selected = selected;
        this.season = season;
    }

    private CatalogueChecks checks() {
        return new CatalogueChecks(ctx.i18n(), season.get().themes());
    }

    private ThemeCatalogueEdits edits() {
        return ctx.services().season(ctx.workshopId()).catalogue(ctx.labels());
    }

    void add(Consumer<String> choose) {
        if (season.get() == null) {
            return;
        }
        CatalogueChecks checks = checks();
        ThemeDialogs.askName(ctx, ctx.i18n().get("trainings.catalogue.add.header"), "", checks::add).ifPresent(name -> {
            choose.accept(name);
            ctx.undo().perform(edits().add(name));
        });
    }

    void rename(Consumer<String> choose) {
        String theme = selected.get();
        if (theme == null || season.get() == null) {
            return;
        }
        CatalogueChecks checks = checks();
        Function<String, CatalogueChecks.Result> check = typed -> checks.rename(theme, typed);
        ThemeDialogs.askName(ctx, ctx.i18n().format("trainings.catalogue.rename.header", theme), theme, check)
                .ifPresent(name -> {
                    choose.accept(name);
                    ctx.undo().perform(edits().rename(theme, name));
                });
    }

    void merge(Consumer<String> choose) {
        String theme = selected.get();
        if (theme == null || season.get() == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        CatalogueChecks checks = checks();
        if (checks.mergeTargets(theme).isEmpty()) {
            Dialogs.inform(ctx, i18n.get("trainings.catalogue.mergeChoose"));
            return;
        }
        Dialogs.choose(ctx, i18n.format("trainings.catalogue.merge.header", theme),
                i18n.format("trainings.catalogue.merge.caption", theme, season.get().demandFor(theme)),
                checks.mergeTargets(theme), null, t -> t).map(into -> checks.merge(theme, into))
                .filter(CatalogueChecks.Result::ok).ifPresent(r -> {
                    choose.accept(r.name());
                    ctx.undo().perform(edits().merge(theme, r.name()));
                });
    }

    /** Removes a theme nobody uses; otherwise says who uses it and to merge instead. */
    void remove() {
        String theme = selected.get();
        Season s = season.get();
        if (theme == null || s == null) {
            return;
        }
        int sessions = (int) s.sessionList().stream().filter(x -> x.theme().equals(theme)).count();
        CatalogueChecks.Result r = checks().remove(theme, s.demandFor(theme), sessions, s.ideasOn(theme).size());
        if (!r.ok()) {
            Dialogs.inform(ctx, r.problem());
            return;
        }
        ctx.undo().perform(edits().remove(theme));
    }
}
