package fr.equipage.engine;

import fr.equipage.io.InstanceJson;
import fr.equipage.io.PlanJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared spec examples (../shared/spec/examples from the work tree, or -Dequipage.spec.dir). */
final class SpecExamples {
    private SpecExamples() {
    }

    static Path dir() {
        String prop = System.getProperty("equipage.spec.dir");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p : new Path[] {Path.of("../shared/spec/examples"), Path.of("/work/shared/spec/examples"),
                Path.of("src/test/resources/spec-examples")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("spec examples not found");
    }

    static Instance instance(String name) throws Exception {
        return InstanceJson.read(dir().resolve(name + ".json"));
    }

    static Plan plan(String name) throws Exception {
        return PlanJson.read(dir().resolve(name + ".optimal-plan.json"));
    }
}
