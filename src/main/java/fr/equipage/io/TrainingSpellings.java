package fr.equipage.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds, before anything is written, the training spellings of an import that the catalogue lacks. */
final class TrainingSpellings {
    private TrainingSpellings() {
    }

    static List<UnknownTraining> unknown(List<String> catalogue, List<PlannedParticipant> rows) {
        TrainingThemes probe = new TrainingThemes(catalogue);
        Map<String, Integer> people = new LinkedHashMap<>();
        for (PlannedParticipant row : rows) {
            List<String> themes = probe.resolve(row.trainings());
            List<String> added = probe.added();
            for (String t : themes) {
                if (added.contains(t)) {
                    people.merge(t, 1, Integer::sum);
                }
            }
        }
        TrainingThemes known = new TrainingThemes(catalogue);
        List<UnknownTraining> out = new ArrayList<>();
        people.forEach((spelling, n) -> out.add(new UnknownTraining(spelling, known.closest(spelling), n)));
        return out;
    }
}
