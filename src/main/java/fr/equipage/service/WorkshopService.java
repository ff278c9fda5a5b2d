package fr.equipage.service;

import fr.equipage.model.Instance;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Workshops of the data folder: list, open (the current one is remembered), create, rename,
 * duplicate, delete, and writing a whole instance into one.
 */
public final class WorkshopService {
    private final Store store;

    WorkshopService(Store store) {
        this.store = store;
    }

    /** How much a workshop holds, for the confirmation before deleting it. */
    /** What deleting a workshop would erase, for the confirmation. */
    public record Counts(int workshops, int participants, int proposals, int meetupRounds, int trainingSessions) {
    }

    public List<Workshop> all() {
        return store.tx(store.workshops::all);
    }

    public Optional<Workshop> byName(String name) {
        return store.tx(c -> store.workshops.findByName(c, name));
    }

    /** The workshop opened last, if any. */
    public Optional<Workshop> current() {
        return store.tx(store.workshops::current);
    }

    /** The workshop named {@code name}, or the current one when {@code name} is null. */
    public Optional<Workshop> namedOrCurrent(String name) {
        return name != null ? byName(name) : current();
    }

    public void setCurrent(long id) {
        store.run(c -> store.workshops.setCurrent(c, id));
    }

    /** A new empty workshop; empty when the name is taken. */
    public Optional<Workshop> create(String name) {
        return store.tx(c -> {
            if (store.workshops.findByName(c, name).isPresent()) {
                return Optional.<Workshop>empty();
            }
            return Optional.of(store.workshops.create(c, name, LocalDate.now(), ""));
        });
    }

    /** True when another workshop than {@code id} already has this name. */
    public boolean nameTakenByOther(long id, String name) {
        return store.tx(c -> store.workshops.findByName(c, name).filter(other -> other.id() != id).isPresent());
    }

    /** Renaming, as an undoable edit. */
    public UndoableEdit rename(Workshop w, String name, String label) {
        Workshop renamed = new Workshop(w.id(), name, w.date(), w.place(), w.contact());
        return StoreEdit.of(store, label, c -> store.workshops.update(c, renamed), c -> store.workshops.update(c, w));
    }

    /**
     * Sets the contact mailbox of the published project list, as an undoable edit; "" clears it.
     * Throws {@link InvalidContactException} when the text is not a mailbox address.
     */
    public UndoableEdit setContact(Workshop w, String contact, String label) {
        String address = checkedContact(contact);
        String old = w.contact();
        return StoreEdit.of(store, label, c -> store.workshops.saveContact(c, w.id(), address),
                c -> store.workshops.saveContact(c, w.id(), old));
    }

    /** Sets the contact mailbox at once (command line, sample day); checked as {@link #setContact}. */
    public void saveContact(long id, String contact) {
        String address = checkedContact(contact);
        store.run(c -> store.workshops.saveContact(c, id, address));
    }

    /** The address, stripped, or "" to clear it; refuses what is not one mailbox. */
    public static String checkedContact(String contact) {
        String address = contact == null ? "" : contact.strip();
        if (!address.isEmpty() && !address.matches("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+")) {
            throw new InvalidContactException("« " + address + " » n'est pas une adresse de messagerie "
                    + "(attendu par exemple programme10@exemple.gouv.fr).");
        }
        return address;
    }

    /** A copy of people, proposals, pins, pairs, settings and current plan; empty when the name is taken. */
    public Optional<Workshop> duplicate(long from, String name) {
        return store.tx(c -> {
            if (store.workshops.findByName(c, name).isPresent()) {
                return Optional.<Workshop>empty();
            }
            return Optional.of(store.duplicate(c, from, name));
        });
    }

    public Counts counts(long id) {
        return store.tx(c -> new Counts(store.workshops.all(c).size(), store.participants.all(c, id).size(),
                store.proposals.all(c, id).size(),
                (int) store.meetups.rounds(c, id).stream().filter(r -> r.planned() || r.held()).count(),
                store.trainingSessions.all(c, id).size()));
    }

    /** Deletes a workshop and everything in it; returns the workshop to open next. */
    public Workshop delete(long id) {
        return store.tx(c -> {
            store.workshops.delete(c, id);
            return store.workshops.all(c).get(0);
        });
    }

    /** Changes the workshop's name, date or place. */
    public void update(Workshop w) {
        store.run(c -> store.workshops.update(c, w));
    }

    /** Writes a validated instance into the workshop of that name (created if needed) and makes it current. */
    public Workshop saveInstance(Instance instance, String name) {
        return store.tx(c -> {
            Workshop w = store.saveInstance(c, instance, name);
            store.workshops.setCurrent(c, w.id());
            return w;
        });
    }
}
