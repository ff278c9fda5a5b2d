package fr.equipage.engine;

import fr.equipage.format.InstanceJson;
import fr.equipage.format.PlanJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.nio.file.Path;

/** The spec's worked examples, read as instances and plans. */
final class SpecExamples {
    private SpecExamples() {
    }

    static Path dir() {
        return fr.equipage.TestData.specExamples();
    }

    static Instance instance(String name) throws Exception {
        return InstanceJson.read(dir().resolve(name + ".json"));
    }

    static Plan plan(String name) throws Exception {
        return PlanJson.read(dir().resolve(name + ".optimal-plan.json"));
    }
}
