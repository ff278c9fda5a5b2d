package fr.equipage.ui.shell;

import fr.equipage.io.ProjectPage;
import fr.equipage.model.Workshop;
import fr.equipage.service.InvalidContactException;
import fr.equipage.service.WorkshopService;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * "Publier la liste des projets…" of the File menu: the contact mailbox (saved with the workshop,
 * undoably), whether to show team members' names (personal data: off unless ticked), the page's
 * language, then where to save the HTML page or Markdown file.
 */
final class PublishAction {
    /** What the organiser chose in the dialog. */
    private record Choice(String contact, boolean names, Locale locale) {
    }

    private PublishAction() {
    }

    static void publish(AppContext ctx) {
        if (ctx.workshop() == null) {
            return;
        }
        long id = ctx.workshopId();
        var workshops = ctx.services().workshops();
        // The contact is read afresh: it may have been changed since the workshop was opened.
        ctx.tasks().run(() -> workshops.all().stream().filter(w -> w.id() == id).findFirst(),
                found -> found.ifPresent(w -> ask(ctx, w).ifPresent(choice -> save(ctx, w, choice))));
    }

    private static Optional<Choice> ask(AppContext ctx, Workshop w) {
        I18n i18n = ctx.i18n();
        TextField contact = new TextField(w.contact());
        contact.setId("publishContact");
        contact.setPromptText(i18n.get("publish.contact.prompt"));
        Label contactLabel = new Label(i18n.get("publish.contact"));
        contactLabel.setLabelFor(contact);
        CheckBox names = new CheckBox(i18n.get("publish.names"));
        names.setId("publishNames");
        ComboBox<Locale> language = new ComboBox<>();
        language.getItems().setAll(Locale.FRANCE, Locale.ENGLISH);
        language.setValue(Locale.FRANCE);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : i18n.get(l == Locale.ENGLISH ? "publish.language.en" : "publish.language.fr");
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        Label languageLabel = new Label(i18n.get("publish.language"));
        languageLabel.setLabelFor(language);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setHeaderText(i18n.get("publish.header"));
        dialog.getDialogPane().setContent(new VBox(8, contactLabel, contact, names, languageLabel, language));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Choice(contact.getText(), names.isSelected(), language.getValue()) : null);
        Dialogs.prepare(ctx, dialog);
        Platform.runLater(contact::requestFocus);
        return dialog.showAndWait();
    }

    private static void save(AppContext ctx, Workshop w, Choice choice) {
        I18n i18n = ctx.i18n();
        String contact;
        try {
            contact = WorkshopService.checkedContact(choice.contact());
        } catch (InvalidContactException e) {
            Dialogs.inform(ctx, e.getMessage());
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("publish.title"));
        chooser.setInitialFileName(i18n.get("publish.fileStem") + ".html");
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter(i18n.get("publish.html"), "*.html");
        FileChooser.ExtensionFilter md = new FileChooser.ExtensionFilter(i18n.get("publish.md"), "*.md");
        chooser.getExtensionFilters().addAll(html, md);
        File chosen = chooser.showSaveDialog(ctx.windowProperty().get());
        if (chosen == null) {
            return;
        }
        boolean markdown = chooser.getSelectedExtensionFilter() == md
                || chosen.getName().toLowerCase(Locale.ROOT).endsWith(".md");
        String ext = markdown ? ".md" : ".html";
        Path target = chosen.getName().toLowerCase(Locale.ROOT).endsWith(ext) ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ext);
        if (!contact.equals(w.contact())) {
            ctx.undo().perform(ctx.services().workshops().setContact(w, contact,
                    i18n.format("edit.workshop.contact", w.name())));
        }
        var exports = ctx.services().exports();
        ctx.tasks().run(() -> exports.publishProjects(w.id(), target,
                        markdown ? ProjectPage.Format.MARKDOWN : ProjectPage.Format.HTML, choice.locale(), choice.names()),
                list -> Dialogs.inform(ctx, list.isPresent()
                        ? i18n.format("publish.done", list.get().projects().size(), target.toAbsolutePath())
                        : i18n.get("publish.none")));
    }
}
