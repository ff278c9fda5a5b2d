package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.InviteListExporter.SessionInvites;
import fr.equipage.model.TrainingSession;
import fr.equipage.model.Workshop;
import fr.equipage.service.Season;
import fr.equipage.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-invites --out FILE [--format csv|xlsx] [--session N]}: the invite list of each training session. */
@Command(name = "export-invites", description = "Écrit la liste d'invitation de chaque session de formation : les "
        + "personnes qui ont demandé le thème, dans la limite des places (CSV Session;Thème;Date;Nom;Prénom;Courriel;"
        + "Ministère pour Excel, ou XLSX avec une feuille par session).")
public class ExportInvitesCommand extends SheetExport {
    @Option(names = "--session", paramLabel = "N", description = "Seulement la session numéro N (par défaut : toutes).")
    Integer session;

    @Override
    String refusal() {
        return session != null && session < 1
                ? "--session : « " + session + " » n'est pas un numéro de session (1, 2, 3…)." : null;
    }

    @Override
    int write(Services services, Workshop w, Path out, boolean xlsx) throws IOException {
        Season season = services.season(w.id()).read();
        List<TrainingSession> planned = season.sessionList();
        if (planned.isEmpty()) {
            err().println("L'atelier « " + w.name() + " » n'a encore aucune session de formation : prévoyez-en dans "
                    + "l'écran « Formations » avant d'exporter les invitations.");
            return EquipageCommand.INVALID;
        }
        List<SessionInvites> written = services.exports().writeInvites(w.id(), out, xlsx, CsvOptions.FRENCH_EXCEL,
                session == null ? 0 : session);
        if (written.isEmpty()) {
            err().println("--session : l'atelier « " + w.name() + " » n'a pas de session " + session + " ; sessions "
                    + "prévues : " + planned.stream().map(s -> Integer.toString(s.id())).collect(Collectors.joining(", "))
                    + ".");
            return EquipageCommand.INVALID;
        }
        // Each session's one-sentence reason, so the organiser can answer "why not me?".
        for (SessionInvites s : written) {
            season.session(s.session().id()).ifPresent(l -> out().printf("Session %d (%s) : %s%n", s.session().id(),
                    s.session().theme(), l.explanation().french()));
        }
        int people = written.stream().mapToInt(s -> s.invited().size()).sum();
        out().printf("%d session(s), %d invitation(s) écrites dans %s.%n", written.size(), people, out);
        return EquipageCommand.OK;
    }
}
