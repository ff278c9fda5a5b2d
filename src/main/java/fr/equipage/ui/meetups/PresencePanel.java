package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupPerson;
import fr.equipage.ui.framework.I18n;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Who comes to a round: one box per person, in alphabetical order, with a filter to find a name
 * fast while people arrive. Ticking or unticking is an edit (saved, undoable); in a planned round
 * the person joins or leaves a table at once, and « Re-planifier ce tour » then redoes the tables.
 */
final class PresencePanel extends VBox {
    interface Change {
        void set(String person, boolean present);
    }

    private final MeetupsModel model;
    private final I18n i18n;
    private final Change change;
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final FlowPane boxes = new FlowPane(18, 6);
    private int round;
    private boolean filling;

    PresencePanel(MeetupsModel model, I18n i18n, Change change) {
        super(10);
        this.model = model;
        this.i18n = i18n;
        this.change = change;
        setId("presence");
        getStyleClass().add("presence-panel");
        filter.setId("presenceFilter");
        filter.setPromptText(i18n.get("meetups.presence.filter"));
        filter.setMaxWidth(320);
        filter.textProperty().addListener((o, a, b) -> refresh(round));
        Label intro = new Label(i18n.get("meetups.presence.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        count.getStyleClass().add("title-4");
        getChildren().addAll(count, intro, filter, boxes);
    }

    void refresh(int shownRound) {
        round = shownRound;
        if (!model.isLoaded() || round < 1) {
            boxes.getChildren().clear();
            return;
        }
        count.setText(i18n.format("meetups.presence.count", round, model.presentCount(round),
                model.instance().participants().size()));
        String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(i18n.locale());
        Collator collator = Collator.getInstance(i18n.locale());
        List<MeetupPerson> people = model.instance().participants().stream()
                .filter(p -> f.isEmpty() || p.name().toLowerCase(i18n.locale()).contains(f))
                .sorted(Comparator.comparing(MeetupPerson::name, collator)).toList();
        filling = true;
        try {
            boxes.getChildren().setAll(people.stream().map(this::box).toList());
        } finally {
            filling = false;
        }
    }

    private CheckBox box(MeetupPerson p) {
        CheckBox box = new CheckBox(p.name());
        box.setId("present-" + p.id());
        box.setPrefWidth(260);
        box.setSelected(p.presentAt(round));
        box.setDisable(model.isHeld(round));
        box.selectedProperty().addListener((o, was, now) -> {
            if (!filling) {
                change.set(p.id(), now);
            }
        });
        return box;
    }
}
