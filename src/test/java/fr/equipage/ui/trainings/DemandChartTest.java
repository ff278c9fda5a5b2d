package fr.equipage.ui.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.io.TrainingDemand;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The demand chart as the room reads it: most asked first, numbers written out, people per ministry. */
class DemandChartTest {
    static final List<Ministry> MINISTRIES = List.of(new Ministry("DINUM", "DINUM", null),
            new Ministry("INSEE", "Insee", "MEFSIN"), new Ministry("MC", "Culture", null));

    static Participant asking(String id, String ministry, String... themes) {
        return new Participant(id, "P" + id, "N" + id, null, ministry, List.of(), List.of(), List.of(), List.of(themes));
    }

    static List<Participant> people() {
        return List.of(asking("u1", "DINUM", "NLP", "Dataviz"), asking("u2", "INSEE", "NLP"),
                asking("u3", "INSEE", "NLP", "IA de confiance"), asking("u4", "MC", "Dataviz"),
                asking("u5", null, "NLP"), asking("u6", "MC"));
    }

    private static DemandChart chart(List<String> catalogue, List<Participant> people, Locale locale) {
        return DemandChart.of(TrainingDemand.of(catalogue, people, MINISTRIES), new I18n(locale));
    }

    @Test
    void barsGoFromMostAskedToLeastWithTheirNumberWrittenOut() {
        DemandChart c = chart(List.of("Dataviz", "IA de confiance", "NLP", "Éco-responsabilité"), people(), I18n.FRENCH);
        assertThat(c.bars()).extracting(DemandChart.Bar::theme)
                .containsExactly("NLP", "Dataviz", "IA de confiance", "Éco-responsabilité");
        assertThat(c.bars()).extracting(DemandChart.Bar::people).containsExactly(4, 2, 1, 0);
        assertThat(c.bars()).extracting(DemandChart.Bar::value)
                .containsExactly("4 personnes", "2 personnes", "1 personne", "personne");
        assertThat(c.bars()).extracting(DemandChart.Bar::length).containsExactly(1.0, 0.5, 0.25, 0.0);
        assertThat(c.mostAsked()).isEqualTo(4);
        assertThat(c.empty()).isFalse();
    }

    @Test
    void eachBarCountsItsPeoplePerMinistryMostFirstUnknownMinistryIncluded() {
        DemandChart.Bar nlp = chart(List.of("NLP"), people(), I18n.FRENCH).bar("NLP").orElseThrow();
        assertThat(nlp.byMinistry()).containsExactly(new DemandChart.MinistryCount("Insee", 2),
                new DemandChart.MinistryCount("(ministère inconnu)", 1), new DemandChart.MinistryCount("DINUM", 1));
        assertThat(nlp.breakdown()).isEqualTo("2 Insee · 1 (ministère inconnu) · 1 DINUM");
        int sum = nlp.byMinistry().stream().mapToInt(DemandChart.MinistryCount::people).sum();
        assertThat(sum).as("every person counted once, in their ministry").isEqualTo(nlp.people());
    }

    @Test
    void tiesAreInFrenchAlphabeticalOrderAccentsIgnored() {
        List<Participant> one = List.of(asking("u1", "MC", "Éco-responsabilité", "Dataviz", "Zoologie", "ergonomie"));
        DemandChart c = chart(List.of("Zoologie", "Éco-responsabilité", "ergonomie", "Dataviz"), one, I18n.FRENCH);
        assertThat(c.themes()).containsExactly("Dataviz", "Éco-responsabilité", "ergonomie", "Zoologie");
    }

    @Test
    void aThemePeopleHoldButTheCatalogueLacksStillHasItsBar() {
        DemandChart c = chart(List.of("NLP"), List.of(asking("u1", "MC", "Sobriété numérique")), I18n.FRENCH);
        assertThat(c.themes()).containsExactly("Sobriété numérique", "NLP");
    }

    @Test
    void nobodyAskedYetIsAnEmptyChartWithEveryThemeAtZero() {
        DemandChart c = chart(List.of("NLP", "Dataviz"), List.of(asking("u1", "MC")), I18n.FRENCH);
        assertThat(c.empty()).isTrue();
        assertThat(c.bars()).allSatisfy(b -> assertThat(b.length()).isZero());
    }

    @Test
    void numbersInEnglish() {
        DemandChart c = chart(List.of("NLP", "Dataviz", "IA de confiance", "X"), people(), Locale.UK);
        assertThat(c.bars()).extracting(DemandChart.Bar::value)
                .containsExactly("4 people", "2 people", "1 person", "nobody");
    }
}
