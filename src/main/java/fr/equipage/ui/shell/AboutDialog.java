package fr.equipage.ui.shell;

import fr.equipage.engine.CpSat;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * « À propos d'Équipage » (menu Aide): version, data folder (selectable, with a copy button, for
 * whoever helps the organiser on the phone), which solver runs, the Java runtime, and the libraries
 * shipped with their licences.
 */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(AppContext ctx) {
        I18n i18n = ctx.i18n();
        Path dataDir = ctx.services().dataDir();
        AboutInfo info = AboutInfo.of(dataDir);

        Label solver = new Label(i18n.get("about.solver.checking"));
        solver.setWrapText(true);
        String[] solverText = {solver.getText()};
        // Loading OR-Tools' library can take a second or two the first time: never on the FX thread.
        ctx.tasks().run(() -> AboutInfo.solver(i18n, CpSat.available(), CpSat.failure()), text -> {
            solverText[0] = text;
            solver.setText(text);
        });

        TextField folder = new TextField(dataDir.toString());
        folder.setEditable(false);
        folder.setPrefColumnCount(40);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button copyFolder = new Button(i18n.get("about.copyPath"));
        copyFolder.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copyFolder.setOnAction(e -> copy(dataDir.toString()));

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(8);
        facts.addRow(0, caption(i18n, "about.version"), new Label(info.version()));
        facts.addRow(1, caption(i18n, "about.dataDir"), new HBox(6, folder, copyFolder));
        facts.addRow(2, caption(i18n, "about.solver"), solver);
        facts.addRow(3, caption(i18n, "about.runtime"), new Label(info.runtime()));

        Label librariesCaption = new Label(i18n.get("about.libraries"));
        librariesCaption.getStyleClass().add("title-4");
        Label summary = new Label(i18n.get("about.summary"));
        summary.setWrapText(true);
        VBox content = new VBox(12, summary, facts, librariesCaption, libraries(i18n, info));
        content.setPadding(new Insets(16, 20, 8, 20));

        Dialog<Void> dialog = new Dialog<>();
        dialog.setHeaderText(i18n.get("app.title") + " " + info.version());
        var icon = AboutDialog.class.getResourceAsStream("equipage-64.png");
        if (icon != null) {
            dialog.setGraphic(new ImageView(new Image(icon)));
        }
        ButtonType copyAll = new ButtonType(i18n.get("about.copyAll"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(copyAll, ButtonType.CLOSE);
        // « Copier » puts everything on the clipboard without closing the dialog.
        dialog.getDialogPane().lookupButton(copyAll).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            copy(info.text(i18n, solverText[0]));
            e.consume();
        });
        dialog.getDialogPane().setContent(content);
        // Wide enough for the licence table and the longest line; the pane's preferred width alone
        // was not kept by the dialog window (measured: 620 px).
        dialog.getDialogPane().setMinWidth(820);
        dialog.getDialogPane().setPrefWidth(820);
        dialog.setResizable(true);
        // Owner, style sheets and presentation mode's large text, as every dialog.
        Dialogs.prepare(ctx, dialog);
        dialog.setTitle(i18n.get("about.title"));
        dialog.showAndWait();
    }

    private static Label caption(I18n i18n, String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("text-bold");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a caption is never cut
        return l;
    }

    private static TableView<AboutInfo.Library> libraries(I18n i18n, AboutInfo info) {
        TableView<AboutInfo.Library> table = new TableView<>();
        table.getItems().setAll(info.libraries());
        table.getColumns().add(column(i18n.get("about.library"), 260, l -> l.name()));
        table.getColumns().add(column(i18n.get("about.library.version"), 110, l -> l.version()));
        String or = i18n.get("about.licence.or");
        table.getColumns().add(column(i18n.get("about.licence"), 300, l -> String.join(or, l.licences())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        return table;
    }

    private static TableColumn<AboutInfo.Library, String> column(String title, double width,
                                                                  java.util.function.Function<AboutInfo.Library, String> value) {
        TableColumn<AboutInfo.Library, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
