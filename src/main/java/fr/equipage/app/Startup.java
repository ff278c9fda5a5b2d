package fr.equipage.app;

import fr.equipage.service.Services;
import java.nio.file.Path;

/** What the application does before its window can show data: open the store, load the sample day. */
final class Startup {
    private Startup() {
    }

    static Services open(Path dataDir) {
        Services services = Services.open(dataDir);
        try {
            SampleWorkshop.loadIfEmpty(services);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }
}
