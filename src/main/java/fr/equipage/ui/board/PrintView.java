package fr.equipage.ui.board;

import fr.equipage.engine.TeamReport;
import fr.equipage.ui.framework.I18n;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The teams on a plain white page for the room or the wall: one block per team with its members
 * and their ministries, shown in a window with a "Print…" button (the system dialog also offers
 * printing to PDF). The page is scaled to fit one A4 landscape sheet.
 */
final class PrintView {
    private PrintView() {
    }

    static void show(BoardModel model, I18n i18n, String workshop, Window owner) {
        Node page = page(model, i18n, workshop);
        Button print = new Button(i18n.get("board.print.button"));
        print.getStyleClass().add("accent");
        Label status = new Label();
        print.setOnAction(e -> print(page, i18n, print.getScene().getWindow(), status));
        Stage stage = new Stage();
        Button close = new Button(i18n.get("board.print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(12, print, close, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new ScrollPane(page), bar, null, null, null);
        stage.initOwner(owner);
        stage.setTitle(i18n.get("board.print.title"));
        Scene scene = new Scene(root, 1100, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    /** The printable page: title, then one block per team. */
    static VBox page(BoardModel model, I18n i18n, String workshop) {
        Label title = new Label(i18n.format("board.print.heading", workshop));
        title.getStyleClass().add("print-title");
        FlowPane teams = new FlowPane(18, 18);
        teams.setPrefWrapLength(1040);
        for (TeamReport t : model.evaluation().teams()) {
            VBox block = new VBox(3);
            block.getStyleClass().add("print-team");
            block.setPrefWidth(240);
            Label name = new Label(model.title(t.proposal()));
            name.getStyleClass().add("print-team-title");
            name.setWrapText(true);
            block.getChildren().add(name);
            for (String m : t.members()) {
                var p = model.participant(m);
                String suffix = model.isProposerOfOwnTeam(m) ? " — " + i18n.get("board.card.proposer") : "";
                block.getChildren().add(line(p.name() + " (" + (p.ministry() == null ? "?" : p.ministry()) + ")" + suffix));
            }
            teams.getChildren().add(block);
        }
        if (!model.unassigned().isEmpty()) {
            VBox block = new VBox(3);
            block.getStyleClass().add("print-team");
            block.setPrefWidth(240);
            Label name = new Label(i18n.get("board.unassigned.title"));
            name.getStyleClass().add("print-team-title");
            block.getChildren().add(name);
            for (String u : model.unassigned()) {
                var p = model.participant(u);
                block.getChildren().add(line(p.name() + " (" + (p.ministry() == null ? "?" : p.ministry()) + ")"));
            }
            teams.getChildren().add(block);
        }
        VBox page = new VBox(16, title, teams);
        page.getStyleClass().add("print-page");
        page.setPadding(new Insets(24));
        return page;
    }

    /** A member's line: whole, on two lines if need be (a cut name on the wall helps nobody). */
    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static void print(Node page, I18n i18n, Window owner, Label status) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || Printer.getDefaultPrinter() == null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.get("board.print.noPrinter"));
            // Titled with the application, not the toolkit's "Message".
            alert.setTitle(i18n.get("board.print.title"));
            alert.setHeaderText(i18n.get("board.print.noPrinter.header"));
            alert.initOwner(owner);
            alert.show();
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        double scale = Math.min(1.0, Math.min(layout.getPrintableWidth() / page.getBoundsInParent().getWidth(),
                layout.getPrintableHeight() / page.getBoundsInParent().getHeight()));
        Scale s = new Scale(scale, scale);
        page.getTransforms().add(s);
        boolean ok = job.printPage(layout, page);
        page.getTransforms().remove(s);
        if (ok && job.endJob()) {
            status.setText(i18n.get("board.print.done"));
        } else {
            status.setText(i18n.get("board.print.failed"));
        }
    }
}
