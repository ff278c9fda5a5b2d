package fr.equipage.ui.board;

import fr.equipage.model.Plan;
import fr.equipage.model.Scenario;
import fr.equipage.service.BoardPersistence;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;

/** Keeping the current plan as a named scenario: the name asked, then the save off the FX thread. */
final class ScenarioSaver {
    private ScenarioSaver() {
    }

    /** Asks for a name ("Scénario n" proposed); empty when cancelled or blank. */
    static Optional<String> ask(AppContext ctx, int number) {
        I18n i18n = ctx.i18n();
        TextInputDialog dialog = new TextInputDialog(i18n.format("board.scenario.defaultName", number));
        dialog.setTitle(i18n.get("board.scenario.save"));
        dialog.setHeaderText(i18n.get("board.scenario.nameHeader"));
        dialog.setContentText(i18n.get("board.scenario.name"));
        dialog.initOwner(ctx.windowProperty().get());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static void save(AppContext ctx, BoardPersistence p, String name, Plan plan, Consumer<List<Scenario>> saved) {
        ctx.tasks().run(() -> {
            p.saveScenario(name, plan);
            return p.scenarios();
        }, saved);
    }
}
