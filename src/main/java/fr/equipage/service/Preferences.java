package fr.equipage.service;

import fr.equipage.store.Store;
import java.util.Optional;

/** The organiser's preferences kept in the data folder (language, presentation mode, window size). */
public final class Preferences {
    private final Store store;

    Preferences(Store store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.tx(c -> store.appState.get(c, key));
    }

    public void put(String key, String value) {
        store.run(c -> store.appState.put(c, key, value));
    }
}
