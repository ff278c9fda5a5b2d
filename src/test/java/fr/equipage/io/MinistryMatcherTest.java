package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Ministry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinistryMatcherTest {
    private final MinistryMatcher matcher = new MinistryMatcher(List.of());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "MIOM|MIOM", "miom|MIOM", "Ministère de l'Intérieur et des Outre-mer|MIOM",
            "ministere de l’interieur et des outre-mer|MIOM", "Ministère de l'Intérieur|MIOM", "Intérieur|MIOM",
            "INTERIEUR|MIOM", "MI|MIOM", "Ministère de l'Interieure|MIOM",
            "Insee|INSEE", "INSEE|INSEE", "Institut national de la statistique et des études économiques|INSEE",
            "Bercy|MEFSIN", "Finances|MEFSIN", "Ministère de l'Économie et des Finances|MEFSIN", "MEFSIN|MEFSIN",
            "DGFiP|DGFIP", "Direction générale des finances publiques|DGFIP", "Insee (Bercy)|INSEE",
            "DGFiP - Bureau SI-2|DGFIP", "MTE|MTECT", "Transition écologique|MTECT", "MTES|MTES",
            "Justice|MJ", "Ministère de la Justice|MJ", "Armées|MINARM", "Défense|MINARM", "DINSIC|DINUM",
            "Etalab|DINUM", "Services du Premier ministre|SPM", "Santé publique France|SPF", "DNUM-MI|DNUM-MI",
            "Éducation nationale|MENJ", "Culture|MC"})
    void matchesCodesNamesAliasesAndVariants(String text, String code) {
        assertThat(matcher.match(text)).contains(code);
    }

    @Test
    void unknownTextMatchesNothingAndGetsAReadableNewCode() {
        assertThat(matcher.match("Agence nationale de la cohésion des territoires")).isEmpty();
        assertThat(matcher.match("Ma boîte")).isEmpty();
        assertThat(matcher.newCode("Agence nationale de la cohésion des territoires", Set.of())).isEqualTo("ANCT");
        assertThat(matcher.newCode("Marine nationale", Set.of())).isEqualTo("MN");
        assertThat(matcher.newCode("Matignon bis", Set.of())).isEqualTo("MB");
        assertThat(matcher.newCode("Mission justice", Set.of())).as("MJ is taken").isEqualTo("MJ-2");
    }

    @Test
    void ministriesOfTheDatabaseAreMatchedByNameToo() {
        MinistryMatcher m = new MinistryMatcher(List.of(new Ministry("ANCT", "Agence nationale de la cohésion des territoires",
                null)));
        assertThat(m.match("agence nationale de la cohesion des territoires")).contains("ANCT");
        assertThat(m.match("anct")).contains("ANCT");
    }

    @Test
    void referenceListIsShippedWithParents() {
        assertThat(MinistryMatcher.reference()).hasSizeGreaterThanOrEqualTo(40)
                .contains(new Ministry("INSEE", "Institut national de la statistique et des études économiques", "MEFSIN"));
    }
}
