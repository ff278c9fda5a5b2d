package fr.equipage.ui;

import fr.equipage.model.Ministry;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/** Ministries and their administrations, as a tree. */
public class MinistriesController {
    private final AppContext ctx;

    @FXML
    private TreeTableView<Ministry> tree;
    @FXML
    private TreeTableColumn<Ministry, String> codeColumn;
    @FXML
    private TreeTableColumn<Ministry, String> nameColumn;

    public MinistriesController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        tree.setShowRoot(false);
        ctx.dataVersion().addListener((o, a, b) -> reload());
        reload();
    }

    private void reload() {
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(store.ministries::all), this::show);
    }

    private void show(List<Ministry> ministries) {
        TreeItem<Ministry> root = new TreeItem<>(new Ministry("", "", null));
        Map<String, TreeItem<Ministry>> items = new HashMap<>();
        List<Ministry> sorted = ministries.stream().sorted(Comparator.comparing(Ministry::name)).toList();
        sorted.forEach(m -> items.put(m.code(), new TreeItem<>(m)));
        for (Ministry m : sorted) {
            TreeItem<Ministry> parent = m.parent() == null ? root : items.getOrDefault(m.parent(), root);
            parent.getChildren().add(items.get(m.code()));
        }
        root.getChildren().forEach(i -> i.setExpanded(true));
        tree.setRoot(root);
    }
}
