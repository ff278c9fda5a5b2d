package fr.equipage.ui.trainings;

import fr.equipage.model.SpeakerIdea;
import fr.equipage.service.Season;
import fr.equipage.service.SeasonEdits;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** The speaker ideas of the theme chosen in the chart: who suggested whom, and their note; add, edit, remove. */
final class IdeasPanel {
    private final AppContext ctx;
    private final ListView<SpeakerIdea> list;
    private final Supplier<Season> season;
    private final Supplier<String> theme;

    IdeasPanel(AppContext ctx, ListView<SpeakerIdea> list, Supplier<Season> season, Supplier<String> theme) {
        this.ctx = ctx;
        this.list = list;
        this.season = season;
        this.theme = theme;
        ProgrammeTexts texts = new ProgrammeTexts(ctx.i18n());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SpeakerIdea idea, boolean empty) {
                super.updateItem(idea, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || idea == null || season.get() == null ? null : texts.ideaLine(idea, season.get()));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                remove();
            } else {
                return;
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
    }

    /** Shows the chosen theme's ideas; returns how many. */
    int show() {
        Season s = season.get();
        String t = theme.get();
        SpeakerIdea kept = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(s == null || t == null ? List.of() : s.ideasOn(t));
        if (kept != null) {
            list.getItems().stream().filter(i -> i.id() == kept.id()).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
        }
        return list.getItems().size();
    }

    private SeasonEdits edits() {
        return ctx.services().season(ctx.workshopId()).edits(ctx.labels());
    }

    void add() {
        String t = theme.get();
        if (season.get() == null || t == null) {
            return;
        }
        IdeaDialog.ask(ctx, ctx.i18n().format("trainings.idea.add.header", t), new SpeakerIdea(0, null, "", "", t, ""),
                season.get().themes()).ifPresent(idea -> ctx.undo().perform(edits().addIdea(idea)));
    }

    void edit() {
        SpeakerIdea before = list.getSelectionModel().getSelectedItem();
        if (before == null) {
            return;
        }
        IdeaDialog.ask(ctx, ctx.i18n().format("trainings.idea.edit.header", before.speaker()), before,
                season.get().themes()).filter(after -> !after.equals(before))
                .ifPresent(after -> ctx.undo().perform(edits().editIdea(before, after)));
    }

    void remove() {
        SpeakerIdea idea = list.getSelectionModel().getSelectedItem();
        if (idea == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        if (Dialogs.confirm(ctx, i18n.format("trainings.idea.remove.header", idea.speaker()),
                i18n.get("trainings.idea.remove.content"), i18n.get("trainings.idea.remove.confirm"))) {
            ctx.undo().perform(edits().removeIdea(idea));
        }
    }
}
