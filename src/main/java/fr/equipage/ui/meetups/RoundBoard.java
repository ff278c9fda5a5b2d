package fr.equipage.ui.meetups;

import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The rounds of the season, one board each: the list of rounds on the left (held, planned, to
 * plan), and the selected round's tables — or who comes to it — with its actions: re-plan this round
 * for the people present, mark it as held.
 */
final class RoundBoard extends BorderPane {
    /** What the board asks of the screen. */
    interface Actions {
        void swap(int round, String a, String b);

        void setPresent(int round, String person, boolean present);

        void replan(int round);

        void markHeld(int round);
    }

    private final MeetupsModel model;
    private final MeetupTexts texts;
    private final I18n i18n;
    private final ListView<Integer> rounds = new ListView<>();
    private final Label heading = new Label();
    private final Label parts = new Label();
    private final Label preview = new Label();
    /** The tables (or who comes), with the swap preview over them. */
    private final StackPane body = new StackPane();
    private final Button replan = new Button();
    private final Button held = new Button();
    private final ToggleButton presence = new ToggleButton();
    /** The tables; each layout pass shares the width among them (the font grows in presentation mode). */
    private final FlowPane tables = new FlowPane(12, 12) {
        @Override
        protected void layoutChildren() {
            fitCards(getWidth());
            super.layoutChildren();
        }
    };
    /** Notices (people seated but absent, present but seated nowhere, a round not planned) above the tables, full width. */
    private final VBox notices = new VBox(6);
    private final ScrollPane tablesScroll = new ScrollPane(new VBox(10, notices, tables));
    private final PresencePanel presencePanel;
    private final ScrollPane presenceScroll;
    private final SwapGesture gesture;
    private final Label empty = new Label();
    private boolean filling;

    RoundBoard(MeetupsModel model, MeetupTexts texts, I18n i18n, Actions actions) {
        this.model = model;
        this.texts = texts;
        this.i18n = i18n;
        setId("roundBoard");
        gesture = new SwapGesture(model, texts, (a, b) -> actions.swap(round(), a, b), this::showPreview);
        presencePanel = new PresencePanel(model, i18n, (p, on) -> actions.setPresent(round(), p, on));
        presenceScroll = new ScrollPane(presencePanel);
        presenceScroll.setFitToWidth(true);

        rounds.setId("rounds");
        rounds.setCellFactory(v -> new RoundCell());
        rounds.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!filling) {
                gesture.cancel();
                showRound();
            }
        });
        setLeft(rounds);

        heading.setId("roundHeading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        parts.getStyleClass().add("muted");
        parts.setWrapText(true);
        parts.setMaxWidth(Double.MAX_VALUE);
        parts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        parts.managedProperty().bind(parts.textProperty().isNotEmpty());
        parts.visibleProperty().bind(parts.textProperty().isNotEmpty());
        replan.setId("replanRound");
        replan.setText(i18n.get("meetups.replan"));
        replan.setOnAction(e -> actions.replan(round()));
        held.setId("markHeld");
        held.setText(i18n.get("meetups.markHeld"));
        held.setOnAction(e -> actions.markHeld(round()));
        presence.setId("presenceToggle");
        presence.selectedProperty().addListener((o, a, on) -> showRound());
        FlowPane buttons = new FlowPane(10, 8, replan, presence, held);
        buttons.setAlignment(Pos.CENTER_LEFT);
        preview.setId("swapPreview");
        preview.getStyleClass().add("swap-preview");
        preview.setWrapText(true);
        preview.visibleProperty().bind(preview.textProperty().isNotEmpty());
        // Over the tables, at the bottom, and never in the way: the tables must not move under a dragged card.
        preview.setMouseTransparent(true);
        // A fixed width, so that its height counts the lines the text wraps onto at that width.
        preview.prefWidthProperty().bind(javafx.beans.binding.Bindings.min(640, body.widthProperty().subtract(24)));
        preview.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(preview, Pos.BOTTOM_CENTER);
        StackPane.setMargin(preview, new javafx.geometry.Insets(0, 0, 12, 0));
        tables.setId("tables");
        tables.getStyleClass().add("board-flow");
        tablesScroll.setFitToWidth(true);
        tablesScroll.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.getStyleClass().add("board-empty");
        VBox top = new VBox(6, heading, parts, buttons);
        top.getStyleClass().add("round-top");
        body.getChildren().setAll(tablesScroll, preview);
        setCenter(new VBox(8, top, body));
        VBox.setVgrow(body, Priority.ALWAYS);
    }

    int round() {
        Integer r = rounds.getSelectionModel().getSelectedItem();
        return r == null ? 0 : r;
    }

    void select(int round) {
        rounds.getSelectionModel().select(Integer.valueOf(round));
    }

    ListView<Integer> roundList() {
        return rounds;
    }

    SwapGesture gesture() {
        return gesture;
    }

    private void showPreview(String text) {
        preview.setText(text);
        preview.pseudoClassStateChanged(TableCard.WARNED, text.contains("⚠") || text.contains("\n"));
    }

    /** Shows the model again, keeping the selected round (the next round to hold at first). */
    void refresh() {
        if (!model.isLoaded()) {
            return;
        }
        int keep = round();
        List<Integer> numbers = new ArrayList<>();
        for (int r = 1; r <= model.roundCount(); r++) {
            numbers.add(r);
        }
        filling = true;
        try {
            rounds.getItems().setAll(numbers);
            int target = keep >= 1 && keep <= numbers.size() ? keep : Math.max(1, model.nextRound());
            rounds.getSelectionModel().select(Integer.valueOf(Math.min(target, numbers.size())));
        } finally {
            filling = false;
        }
        rounds.refresh();
        showRound();
    }

    private void showRound() {
        int r = round();
        gesture.cancel();
        if (r < 1) {
            return;
        }
        boolean isHeld = model.isHeld(r);
        boolean planned = model.isPlanned(r);
        heading.setText(texts.roundHeading(r));
        parts.setText(planned ? texts.parts(model.roundScore(r)) : "");
        replan.setText(i18n.get(planned ? "meetups.replan" : "meetups.planRound"));
        replan.setDisable(isHeld);
        held.setDisable(isHeld || !planned);
        presence.setText(i18n.format("meetups.presence.toggle", model.presentCount(r), model.instance().participants().size()));
        if (presence.isSelected()) {
            presencePanel.refresh(r);
            body.getChildren().set(0, presenceScroll);
            return;
        }
        body.getChildren().set(0, tablesScroll);
        List<Node> cards = new ArrayList<>();
        List<Node> notes = new ArrayList<>();
        for (GroupView g : model.groups(r)) {
            cards.add(new TableCard(model, texts, r, g, gesture));
        }
        notice(notes, "meetups.absentPlaced", model.placedButAbsent(r));
        notice(notes, "meetups.unplaced", model.unplaced(r));
        if (!planned) {
            empty.setText(i18n.get(isHeld ? "meetups.round.heldEmpty" : "meetups.round.notPlanned"));
            notes.add(empty);
        } else if (isHeld) {
            Label l = new Label(i18n.get("meetups.round.readOnly"));
            l.getStyleClass().add("muted");
            l.setWrapText(true);
            notes.add(0, l);
        }
        notices.getChildren().setAll(notes);
        notices.setManaged(!notes.isEmpty());
        // The tables are rebuilt after every edit and reload: the person who had the keyboard focus keeps it.
        String focused = focusedMember();
        tables.getChildren().setAll(cards);
        if (focused != null) {
            Node n = tables.lookup("#" + focused);
            if (n != null) {
                n.requestFocus();
            }
        }
    }

    /**
     * Tables share the width: as many columns as fit at their narrowest (the style sheet's, in em, or
     * {@link #CARD_WIDTH}), then each widens so that the row fills the screen (no ragged empty strip
     * on the right of a projector).
     */
    private void fitCards(double width) {
        if (width <= 0 || tables.getChildren().isEmpty()) {
            return;
        }
        double narrowest = CARD_WIDTH;
        for (Node n : tables.getChildren()) {
            if (n instanceof TableCard card) {
                card.applyCss();
                narrowest = Math.max(narrowest, card.minWidth(-1));
            }
        }
        double gap = tables.getHgap();
        int columns = Math.max(1, (int) ((width - 2 + gap) / (narrowest + gap)));
        double each = Math.max(narrowest, Math.floor((width - 2 - gap * (columns - 1)) / columns));
        for (Node n : tables.getChildren()) {
            if (n instanceof TableCard card && card.getPrefWidth() != each) {
                card.setPrefWidth(each);
                card.setMaxWidth(each);
            }
        }
    }

    /** The narrowest a table gets: a name and its ministry on one line each. */
    private static final double CARD_WIDTH = 250;

    /** The id of the member card that has the keyboard focus, or null. */
    private String focusedMember() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        return owner != null && owner.getId() != null && owner.getId().startsWith("member-") ? owner.getId() : null;
    }

    /** A red line over the tables naming people who sit where they should not, or nowhere. */
    private void notice(List<Node> notes, String key, List<String> people) {
        if (!people.isEmpty()) {
            Label l = new Label("⚠ " + i18n.format(key, String.join(", ", people.stream().map(model::name).toList())));
            l.setWrapText(true);
            l.getStyleClass().add("team-violation");
            notes.add(l);
        }
    }

    private final class RoundCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer r, boolean isEmpty) {
            super.updateItem(r, isEmpty);
            getStyleClass().removeAll("round-held", "round-planned", "round-empty");
            if (isEmpty || r == null) {
                setText(null);
                return;
            }
            setText(texts.round(r));
            getStyleClass().add(model.isHeld(r) ? "round-held" : model.isPlanned(r) ? "round-planned" : "round-empty");
        }
    }
}
