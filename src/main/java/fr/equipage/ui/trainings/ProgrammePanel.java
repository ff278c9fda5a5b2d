package fr.equipage.ui.trainings;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.TrainingSession;
import fr.equipage.service.Season;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The season's programme: the sessions in season order (add, edit, remove, each undoable and saved at
 * once) and, for the chosen one, its invite list with the sentence that explains it, and the exports.
 */
final class ProgrammePanel {
    /** The controls of the programme side, from the view. */
    record Controls(TableView<InviteList> sessions, TableColumn<InviteList, String> date, TableColumn<InviteList, String> theme,
                    TableColumn<InviteList, String> speaker, TableColumn<InviteList, String> seats,
                    TableColumn<InviteList, String> place, Button edit, Button remove, Label invitesTitle,
                    Label explanation, TableView<ProgrammeTexts.InviteRow> invites,
                    TableColumn<ProgrammeTexts.InviteRow, String> rank,
                    TableColumn<ProgrammeTexts.InviteRow, String> name,
                    TableColumn<ProgrammeTexts.InviteRow, String> ministry,
                    TableColumn<ProgrammeTexts.InviteRow, String> email, MenuButton export, Label status) {
    }

    private static final javafx.css.PseudoClass WAITING = javafx.css.PseudoClass.getPseudoClass("waiting");
    private final AppContext ctx;
    private final Controls c;
    private final ProgrammeTexts texts;
    private final InviteSaver saver;
    private Season season;
    /** A session was just added: the next read chooses it (the newest number) to show its invite list. */
    private boolean chooseNewest;

    ProgrammePanel(AppContext ctx, Controls controls) {
        this.ctx = ctx;
        this.c = controls;
        this.texts = new ProgrammeTexts(ctx.i18n());
        this.saver = new InviteSaver(ctx);
        column(c.date(), l -> texts.date(l.session()));
        column(c.theme(), l -> l.session().theme());
        column(c.speaker(), l -> texts.speaker(l.session()));
        column(c.seats(), l -> Integer.toString(l.session().capacity()));
        column(c.place(), l -> texts.where(l.session()));
        c.rank().setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().rank()));
        // The waiting list follows the invited, set apart in muted type.
        c.invites().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProgrammeTexts.InviteRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(WAITING, !empty && row != null && row.waiting());
            }
        });
        c.name().setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        c.ministry().setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().ministry()));
        c.email().setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().email()));
        c.sessions().getSelectionModel().selectedItemProperty().addListener((o, a, now) -> showInvites(now));
        c.sessions().setRowFactory(t -> {
            TableRow<InviteList> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        c.sessions().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                remove();
                e.consume();
            }
        });
        var none = c.sessions().getSelectionModel().selectedItemProperty().isNull();
        c.edit().disableProperty().bind(none);
        c.remove().disableProperty().bind(none);
        showInvites(null);
    }

    private static void column(TableColumn<InviteList, String> column, Function<InviteList, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    void setDestination(InviteDestination destination) {
        saver.setDestination(destination);
    }

    /** Shows a new read, keeping the chosen session chosen (or choosing the one just added). */
    void show(Season read) {
        this.season = read;
        int newest = read.sessions().stream().mapToInt(l -> l.session().id()).max().orElse(0);
        int keep = chooseNewest ? newest : selected().map(TrainingSession::id).orElse(0);
        chooseNewest = false;
        c.sessions().getItems().setAll(read.sessions());
        read.sessions().stream().filter(l -> l.session().id() == keep).findFirst()
                .ifPresentOrElse(l -> c.sessions().getSelectionModel().select(l), () -> {
                    if (!read.sessions().isEmpty()) {
                        c.sessions().getSelectionModel().select(0);
                    }
                });
        showInvites(c.sessions().getSelectionModel().getSelectedItem());
        c.export().setDisable(read.sessions().isEmpty());
    }

    private void showInvites(InviteList list) {
        I18n i18n = ctx.i18n();
        if (list == null) {
            c.invitesTitle().setText(i18n.get("trainings.invites.noSession"));
            c.explanation().setText("");
            c.explanation().setVisible(false);
            c.invites().getItems().clear();
            return;
        }
        c.invitesTitle().setText(texts.invitesTitle(list));
        c.explanation().setText(texts.explanation(list));
        c.explanation().setVisible(true);
        c.invites().getItems().setAll(texts.invites(list));
    }

    Optional<TrainingSession> selected() {
        return Optional.ofNullable(c.sessions().getSelectionModel().getSelectedItem()).map(InviteList::session);
    }

    /** A new session, on {@code theme} when one is chosen in the chart; Ctrl+N. */
    void add(String theme) {
        if (season == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        SessionForm form = SessionForm.forNew(i18n, season.themes(), theme, theme == null ? 0 : season.demandFor(theme));
        SessionDialog.ask(ctx, i18n.get("trainings.session.add.header"), form, ProgrammeTexts.speakersByTheme(season))
                .ifPresent(s -> {
                    chooseNewest = true;
                    ctx.undo().perform(ctx.services().season(ctx.workshopId()).edits(ctx.labels()).addSession(s));
                });
    }

    void edit() {
        selected().ifPresent(before -> {
            I18n i18n = ctx.i18n();
            SessionForm form = SessionForm.of(i18n, season.themes(), before);
            SessionDialog.ask(ctx, i18n.format("trainings.session.edit.header", before.id(), before.theme()), form,
                    ProgrammeTexts.speakersByTheme(season)).filter(after -> !after.equals(before))
                    .ifPresent(after -> ctx.undo().perform(ctx.services().season(ctx.workshopId()).edits(ctx.labels())
                            .editSession(before, after)));
        });
    }

    /** Removes the chosen session after asking (its invite list goes with it; Ctrl+Z brings both back). */
    void remove() {
        selected().ifPresent(s -> {
            I18n i18n = ctx.i18n();
            if (Dialogs.confirm(ctx, i18n.format("trainings.session.remove.header", s.id(), s.theme()),
                    i18n.get("trainings.session.remove.content"), i18n.get("trainings.session.remove.confirm"))) {
                ctx.undo().perform(ctx.services().season(ctx.workshopId()).edits(ctx.labels()).removeSession(s));
            }
        });
    }

    /** Exports the chosen session's invite list ({@code all}: every session's). */
    void export(boolean all, boolean xlsx) {
        if (season == null || season.sessions().isEmpty()) {
            c.status().setText(ctx.i18n().get("trainings.invites.nothing"));
            return;
        }
        int session = all ? 0 : selected().map(TrainingSession::id).orElse(0);
        saver.save(session, xlsx, c.status()::setText);
    }

    List<InviteList> sessions() {
        return List.copyOf(c.sessions().getItems());
    }
}
