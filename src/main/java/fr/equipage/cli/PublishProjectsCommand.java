package fr.equipage.cli;

import fr.equipage.io.ProjectList;
import fr.equipage.io.ProjectPage;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publish-projects --out FILE [--format html|md] [--lang fr|en] [--show-names]}: the season's
 * retained projects as a page for the programme's website. No one's name or e-mail unless asked.
 */
@Command(name = "publish-projects", description = "Écrit la liste publique des projets retenus : page HTML autonome "
        + "(lisible sur téléphone, imprimable) ou Markdown, sans nom ni courriel de participant sauf --show-names.")
public class PublishProjectsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--out", required = true, paramLabel = "FICHIER")
    Path out;

    @Option(names = "--format", paramLabel = "html|md", description = "Format (par défaut : d'après l'extension, sinon html).")
    String format;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Langue de la page (par défaut : fr).")
    String lang;

    @Option(names = "--show-names", description = "Donne les noms des membres de chaque équipe (jamais leurs courriels).")
    boolean showNames;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String f = format != null ? format.toLowerCase(Locale.ROOT).strip()
                : name.endsWith(".md") || name.endsWith(".markdown") ? "md" : "html";
        ProjectPage.Format chosen = switch (f) {
            case "html", "htm" -> ProjectPage.Format.HTML;
            case "md", "markdown" -> ProjectPage.Format.MARKDOWN;
            default -> null;
        };
        if (chosen == null) {
            err.println("--format : « " + format + " » inconnu ; indiquez html ou md.");
            return EquipageCommand.INVALID;
        }
        if (lang != null && !lang.strip().equalsIgnoreCase("fr") && !lang.strip().equalsIgnoreCase("en")) {
            err.println("--lang : « " + lang + " » inconnue ; indiquez fr ou en.");
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            Optional<ProjectList> list = services.exports().publishProjects(w.id(), out, chosen,
                    ProjectPage.language(lang), showNames);
            if (list.isEmpty()) {
                err.println("L'atelier « " + w.name() + " » n'a aucun projet retenu : formez les équipes (optimise) "
                        + "ou donnez aux propositions le statut « retenue », « cadrée » ou « lancée ». Aucun fichier écrit.");
                return EquipageCommand.INVALID;
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d projet(s) publié(s) dans %s%s.%n", list.get().projects().size(), out,
                    showNames ? " (avec les noms des membres des équipes)" : "");
            if (list.get().contact().isEmpty()) {
                err.println("Attention : aucune adresse de contact n'est donnée sur la page ; définissez-la avec "
                        + "« workshop-contact ADRESSE » puis publiez à nouveau.");
            }
            return EquipageCommand.OK;
        }
    }
}
