package fr.equipage.store;

import fr.equipage.model.Participant;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate process for {@link KillTest}: saves edits one after the other and prints the number of
 * each once its transaction has returned, until it is killed.
 */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]));
        long workshop = store.tx(c -> store.workshops.create(c, "Atelier", null, "")).id();
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            String email = i + "@exemple.fr";
            store.run(c -> store.participants.save(c, workshop, new Participant("u01", "Camille", "Martin", email,
                    null, List.of(), List.of(), List.of())));
            System.out.println(i);
            System.out.flush();
        }
    }
}
