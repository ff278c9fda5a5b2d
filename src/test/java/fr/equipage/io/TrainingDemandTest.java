package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDemandTest {
    private static final List<Ministry> MINISTRIES = List.of(
            new Ministry("MEFSIN", "Ministère de l'Économie", null),
            new Ministry("INSEE", "Institut national de la statistique", "MEFSIN"),
            new Ministry("MC", "Ministère de la Culture", null));

    private static Participant asking(String id, String ministry, String... themes) {
        return new Participant(id, "P", id, null, ministry, List.of(), List.of(), List.of(), List.of(themes));
    }

    @Test
    void anAdministrationCountsForItsMinistryAndEveryThemeOfTheCatalogueIsListed() {
        TrainingDemand d = TrainingDemand.of(List.of("NLP", "Dataviz"), List.of(
                asking("u1", "INSEE", "NLP"), asking("u2", "MEFSIN", "NLP", "Dataviz"), asking("u3", "MC", "NLP"),
                asking("u4", null, "Dataviz"), asking("u5", "MC")), MINISTRIES);
        assertThat(d.headers()).containsExactly("Thème", "Demandes", "Ministère de l'Économie", "Ministère de la Culture",
                "(ministère inconnu)");
        assertThat(d.rows()).extracting(TrainingDemand.Row::theme, TrainingDemand.Row::demands, TrainingDemand.Row::byMinistry)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NLP", 3, List.of(2, 1, 0)),
                        org.assertj.core.groups.Tuple.tuple("Dataviz", 2, List.of(1, 0, 1)));
    }
}
