package fr.equipage.app;

import fr.equipage.engine.InstanceValidator;
import fr.equipage.format.InstanceJson;
import fr.equipage.format.InvalidInputException;
import fr.equipage.format.MeetupsJson;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.Participant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import fr.equipage.model.Instance;
import fr.equipage.model.Workshop;
import fr.equipage.service.MeetupService;
import fr.equipage.service.Services;
import fr.equipage.service.WorkshopService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/** The invented launch day shipped in the jar, loaded on first start so a newcomer sees a real workshop. */
public final class SampleWorkshop {
    /** The programme's mailbox on the published project list (an invented address, like the people). */
    static final String CONTACT = "programme10@lab-ia.example";
    static final String RESOURCE = "/sample-data/journee-lancement-2023.json";
    /** The same people's interests and know-how for the season's meet-ups (sample-data/generate_rencontres.py). */
    static final String MEETUPS = "/sample-data/rencontres-exemple.json";
    public static final String NAME = "Journée de lancement — 14 février 2023";

    private SampleWorkshop() {
    }

    /** Loads the sample when the data folder has no workshop yet; returns it if it was loaded. */
    public static Optional<Workshop> loadIfEmpty(WorkshopService workshops) {
        if (!workshops.all().isEmpty()) {
            return Optional.empty();
        }
        Workshop w = workshops.saveInstance(read(), NAME);
        Workshop dated = new Workshop(w.id(), w.name(), LocalDate.of(2023, 2, 14), "Paris", CONTACT);
        workshops.update(dated);
        workshops.saveContact(w.id(), CONTACT);
        return Optional.of(dated);
    }

    /**
     * Loads the sample like {@link #loadIfEmpty(WorkshopService)}, and gives its season of meet-ups the
     * settings and the planned absences of sample-data/rencontres-exemple.json (nothing planned yet: the
     * organiser plans the season from the « Rencontres » screen).
     */
    public static Optional<Workshop> loadIfEmpty(Services services) {
        Optional<Workshop> loaded = loadIfEmpty(services.workshops());
        loaded.ifPresent(w -> seedMeetups(services.meetups(w.id())));
        return loaded;
    }

    static void seedMeetups(MeetupService meetups) {
        try (InputStream in = SampleWorkshop.class.getResourceAsStream(MEETUPS)) {
            if (in == null) {
                throw new IllegalStateException("Données d'exemple absentes du programme : " + MEETUPS);
            }
            MeetupInstance season = MeetupsJson.read(in, MEETUPS);
            meetups.changeSettings(season.settings(), false).redo();
            for (MeetupPerson p : season.participants()) {
                for (int round : p.absent()) {
                    meetups.setPresent(round, p.id(), false).redo();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Données d'exemple des rencontres : " + e.getMessage(), e);
        }
    }

    static Instance read() {
        try (InputStream in = SampleWorkshop.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Données d'exemple absentes du programme : " + RESOURCE);
            }
            Instance instance = withMeetupTags(InstanceJson.read(in, RESOURCE));
            var problems = InstanceValidator.validate(instance);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Données d'exemple invalides : " + problems);
            }
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The people with their meet-up interests (the launch day's and their skills' topics) and the
     * know-how they offer and seek, so that the « Rencontres » screen shows true affinities at first start.
     */
    static Instance withMeetupTags(Instance day) throws IOException, InvalidInputException {
        try (InputStream in = SampleWorkshop.class.getResourceAsStream(MEETUPS)) {
            if (in == null) {
                throw new IllegalStateException("Données d'exemple absentes du programme : " + MEETUPS);
            }
            Map<String, MeetupPerson> tags = new HashMap<>();
            MeetupsJson.read(in, MEETUPS).participants().forEach(p -> tags.put(p.id(), p));
            List<Participant> people = day.participants().stream().map(p -> {
                MeetupPerson m = tags.get(p.id());
                return m == null ? p : p.withInterests(m.interests()).withOffers(m.offers()).withSeeks(m.seeks());
            }).toList();
            return new Instance(day.settings(), day.ministries(), day.proposals(), people, day.locks(), day.apart(),
                    day.together());
        }
    }
}
