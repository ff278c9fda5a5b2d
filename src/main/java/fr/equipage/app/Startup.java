package fr.equipage.app;

import fr.equipage.store.Store;
import java.nio.file.Path;

/** What the application does before its window can show data: open the store, load the sample day. */
final class Startup {
    private Startup() {
    }

    static Store openStore(Path dataDir) {
        Store store = Store.open(dataDir);
        try {
            SampleWorkshop.loadIfEmpty(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
