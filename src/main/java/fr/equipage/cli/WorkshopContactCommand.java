package fr.equipage.cli;

import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code workshop-contact [ADRESSE | --clear]}: the mailbox the published project list gives for
 * questions. Without an argument it says which one is set.
 */
@Command(name = "workshop-contact", description = "Affiche ou définit l'adresse de contact de l'atelier, donnée "
        + "sur la liste publiée des projets (une boîte du programme plutôt qu'une adresse personnelle).")
public class WorkshopContactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Parameters(arity = "0..1", paramLabel = "ADRESSE", description = "Adresse de messagerie, par exemple programme10@exemple.gouv.fr.")
    String address;

    @Option(names = "--clear", description = "Retire l'adresse de contact.")
    boolean clear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (clear && address != null) {
            spec.commandLine().getErr().println("Donnez une adresse ou --clear, pas les deux.");
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            if (address == null && !clear) {
                out.println(w.contact().isEmpty() ? "L'atelier « " + w.name() + " » n'a pas d'adresse de contact."
                        : "Contact de l'atelier « " + w.name() + " » : " + w.contact());
                return EquipageCommand.OK;
            }
            services.workshops().saveContact(w.id(), clear ? "" : address);
            out.println(clear ? "Adresse de contact de l'atelier « " + w.name() + " » retirée."
                    : "Contact de l'atelier « " + w.name() + " » : " + address.strip());
            return EquipageCommand.OK;
        }
    }
}
