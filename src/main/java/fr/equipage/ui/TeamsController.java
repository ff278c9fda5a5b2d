package fr.equipage.ui;

import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Team;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The current plan's teams (the full board comes with the engine). */
public class TeamsController {
    private final AppContext ctx;

    @FXML
    private TreeView<String> teams;
    @FXML
    private Label summary;

    public TeamsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        teams.setShowRoot(false);
        ctx.workshopProperty().addListener((o, a, b) -> reload());
        ctx.dataVersion().addListener((o, a, b) -> reload());
        reload();
    }

    private void reload() {
        if (ctx.workshop() == null) {
            return;
        }
        long id = ctx.workshopId();
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(c -> new Data(store.plans.current(c, id), store.participants.all(c, id),
                store.proposals.all(c, id))), this::show);
    }

    private void show(Data data) {
        TreeItem<String> root = new TreeItem<>();
        if (data.plan.isEmpty()) {
            summary.setText(ctx.i18n().get("teams.noPlan"));
            teams.setRoot(root);
            return;
        }
        Map<String, Participant> people = data.participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<String, Proposal> proposals = data.proposals.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
        Plan plan = data.plan.get();
        for (Team t : plan.teams()) {
            Proposal p = proposals.get(t.proposal());
            TreeItem<String> team = new TreeItem<>((p == null ? t.proposal() : p.title()) + " (" + t.members().size() + ")");
            t.members().forEach(m -> team.getChildren().add(new TreeItem<>(name(people, m))));
            team.setExpanded(true);
            root.getChildren().add(team);
        }
        summary.setText(ctx.i18n().format("teams.summary", plan.teams().size(), plan.unassigned().size(), plan.score().total()));
        teams.setRoot(root);
    }

    private static String name(Map<String, Participant> people, String id) {
        Participant p = people.get(id);
        return p == null ? id : p.name() + " — " + p.ministry();
    }

    private record Data(Optional<Plan> plan, List<Participant> participants, List<Proposal> proposals) {
    }
}
