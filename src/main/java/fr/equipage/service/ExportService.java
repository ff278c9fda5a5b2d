package fr.equipage.service;

import fr.equipage.model.Participant;
import fr.equipage.model.Message;
import fr.equipage.model.MeetupPerson;
import fr.equipage.engine.meetup.ConversationStarters;
import fr.equipage.format.InstanceJson;
import fr.equipage.format.MeetupsJson;
import fr.equipage.io.MeetupCards;
import fr.equipage.io.MeetupListExporter;
import fr.equipage.io.MeetupLists;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupSeason;
import fr.equipage.io.CsvOptions;
import fr.equipage.io.InviteListExporter;
import fr.equipage.io.SpeakerIdeaExporter;
import fr.equipage.io.ParticipantListExporter;
import fr.equipage.io.ProjectList;
import fr.equipage.io.ProjectPage;
import fr.equipage.io.TeamList;
import fr.equipage.io.TeamListExporter;
import fr.equipage.io.TrainingDemand;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Files the organiser takes away: team lists, the participant list, the whole workshop as JSON, and
 * the season's published project list, the training demand, the sessions' invite lists and the
 * speaker ideas.
 */
public final class ExportService {
    private final Store store;

    ExportService(Store store) {
        this.store = store;
    }

    /** The team lists of the workshop's current plan; empty when no teams were formed yet. */
    private Optional<TeamList> teamList(long workshop) {
        return Optional.ofNullable(store.tx(c -> {
            Optional<Plan> plan = store.plans.current(c, workshop);
            return plan.isEmpty() ? null : TeamList.of(plan.get(), store.participants.all(c, workshop),
                    store.proposals.all(c, workshop), store.ministries.all(c));
        }));
    }

    /** Writes the team lists as XLSX or CSV; empty (nothing written) when there are no teams yet. */
    public Optional<TeamList> writeTeams(long workshop, Path target, boolean xlsx, CsvOptions csv) throws IOException {
        Optional<TeamList> list = teamList(workshop);
        if (list.isPresent()) {
            if (xlsx) {
                TeamListExporter.writeXlsx(list.get(), target);
            } else {
                TeamListExporter.writeCsv(list.get(), target, csv);
            }
        }
        return list;
    }

    /**
     * The season's published project list (see {@link ProjectList#of}); names of team members only
     * when {@code showNames}, never an e-mail address.
     */
    public ProjectList projectList(long workshop, boolean showNames, LocalDate publishedOn) {
        return store.tx(c -> {
            Workshop w = store.workshops.find(c, workshop)
                    .orElseThrow(() -> new WorkshopNotFoundException("L'atelier n'existe plus."));
            return ProjectList.of(w.name(), w.contact(), publishedOn, store.proposals.all(c, workshop),
                    store.participants.all(c, workshop), store.ministries.all(c),
                    store.plans.current(c, workshop).orElse(null), showNames);
        });
    }

    /**
     * Writes the published project list (HTML or Markdown, whole or not at all) dated today; empty,
     * and nothing written, when no project is retained yet.
     */
    public Optional<ProjectList> publishProjects(long workshop, Path target, ProjectPage.Format format, Locale locale,
                                                 boolean showNames) throws IOException {
        ProjectList list = projectList(workshop, showNames, LocalDate.now());
        if (list.projects().isEmpty()) {
            return Optional.empty();
        }
        ProjectPage.write(list, format, locale, target);
        return Optional.of(list);
    }

    /** The demand per training theme (every theme of the workshop's catalogue, by ministry). */
    public TrainingDemand trainingDemand(long workshop) {
        return store.tx(c -> TrainingDemand.of(store.trainingThemes.all(c, workshop), store.participants.all(c, workshop),
                store.ministries.all(c)));
    }

    /** Writes the training demand as XLSX or CSV; returns what was written. */
    public TrainingDemand writeTrainings(long workshop, Path target, boolean xlsx, CsvOptions csv) throws IOException {
        TrainingDemand demand = trainingDemand(workshop);
        if (xlsx) {
            demand.writeXlsx(target);
        } else {
            demand.writeCsv(target, csv);
        }
        return demand;
    }

    /**
     * Writes the invite lists of the season's sessions (all of them when {@code session} is 0, else the
     * session of that number) as XLSX or CSV; returns what was written. Nothing is written, and the
     * list is empty, when there is no such session.
     */
    public List<InviteListExporter.SessionInvites> writeInvites(long workshop, Path target, boolean xlsx, CsvOptions csv,
                                                                int session) throws IOException {
        Season season = new SeasonService(store, workshop).read();
        List<InviteListExporter.SessionInvites> lists = season.sessions().stream()
                .filter(s -> session == 0 || s.session().id() == session)
                .map(s -> new InviteListExporter.SessionInvites(s.session(), s.invited(), s.asked())).toList();
        if (lists.isEmpty()) {
            return lists;
        }
        List<fr.equipage.model.Ministry> ministries = store.tx(store.ministries::all);
        if (xlsx) {
            InviteListExporter.writeXlsx(lists, ministries, target);
        } else {
            InviteListExporter.writeCsv(lists, ministries, target, csv);
        }
        return lists;
    }

    /**
     * The season's planned meet-up rounds as people read them, or only round {@code round} when not
     * null (empty when that round is not planned).
     */
    public MeetupLists meetupLists(long workshop, Integer round) {
        MeetupSeason season = new MeetupService(store, Services.FRENCH, workshop).season();
        return store.tx(c -> MeetupLists.of(store.workshops.find(c, workshop).map(Workshop::name).orElse(""), season,
                store.participants.all(c, workshop), store.ministries.all(c), round, ExportService::starters));
    }

    /** A table's conversation starters, the same sentences as on the « Rencontres » screen. */
    private static List<Message> starters(List<Participant> table) {
        return ConversationStarters.of(table.stream().map(p -> new MeetupPerson(p.id(), p.name(), p.ministry(),
                p.interests(), p.offers(), p.seeks(), List.of())).toList(), ConversationStarters.DEFAULT_MAX);
    }

    /**
     * Writes the meet-up rounds: lists as CSV or XLSX, printable cards as HTML ({@code locale}'s language),
     * or the mail-merge CSV. Returns what was written.
     */
    public MeetupLists writeMeetups(long workshop, Path target, MeetupListExporter.Format format, Integer round,
                                    CsvOptions csv, Locale locale) throws IOException {
        MeetupLists lists = meetupLists(workshop, round);
        switch (format) {
            case CSV -> MeetupListExporter.writeCsv(lists, target, csv);
            case XLSX -> MeetupListExporter.writeXlsx(lists, target);
            case HTML -> MeetupCards.write(lists, locale, target);
            case MAILING -> MeetupListExporter.writeMailing(lists, target, csv);
            default -> throw new IllegalArgumentException(format.name());
        }
        return lists;
    }

    /** Writes the speaker ideas (by theme, with who suggested them) as XLSX or CSV; returns how many. */
    public int writeSpeakerIdeas(long workshop, Path target, boolean xlsx, CsvOptions csv) throws IOException {
        Season season = new SeasonService(store, workshop).read();
        if (xlsx) {
            SpeakerIdeaExporter.writeXlsx(season.ideas(), season.themes(), season.people(), target);
        } else {
            SpeakerIdeaExporter.writeCsv(season.ideas(), season.themes(), season.people(), target, csv);
        }
        return season.ideas().size();
    }

    /**
     * Writes what planning the rest of the season gives the engine, as {@code equipage-meetups/1} (see
     * {@link MeetupService#remainingInstance()}); returns it.
     */
    public MeetupInstance writeMeetupInstance(long workshop, Path target) throws IOException {
        MeetupInstance instance = new MeetupService(store, Services.FRENCH, workshop).remainingInstance();
        MeetupsJson.write(instance, target);
        return instance;
    }

    /** Writes the participant list as CSV; returns how many people it holds. */
    public int writeParticipants(long workshop, Path target, CsvOptions csv) throws IOException {
        WorkshopData data = store.tx(c -> WorkshopData.load(store, c, workshop));
        ParticipantListExporter.writeCsv(data.participants(), data.proposals(), data.ministries(), target, csv);
        return data.participants().size();
    }

    /** Writes the workshop as an {@code equipage-instance/1} file; returns what was written. */
    public Instance writeInstance(long workshop, Path target) throws IOException {
        Instance instance = store.tx(c -> store.loadInstance(c, workshop));
        InstanceJson.write(instance, target);
        return instance;
    }
}
