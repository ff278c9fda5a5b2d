package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMapperTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Nom|LAST_NAME", "NOM|LAST_NAME", "Nom de famille|LAST_NAME", "Last name|LAST_NAME",
            "Prénom|FIRST_NAME", "prenom|FIRST_NAME", "First Name|FIRST_NAME", "Prénom(s)|FIRST_NAME",
            "Nom complet|FULL_NAME", "Nom et prénom|FULL_NAME", "Full name|FULL_NAME", "Name|FULL_NAME",
            "Courriel|EMAIL", "E-mail|EMAIL", "Email|EMAIL", "Adresse électronique|EMAIL", "Adresse e-mail|EMAIL",
            "Adresse électronique professionnelle (obligatoire)|EMAIL", "Mél|EMAIL", "courriel *|EMAIL",
            "Ministère|MINISTRY", "MINISTERE|MINISTRY", "Administration|MINISTRY", "Direction|MINISTRY",
            "Organisme|MINISTRY", "Structure|MINISTRY", "Ministère ou administration de rattachement|MINISTRY",
            "Compétences|SKILLS", "Savoir-faire|SKILLS", "Skills|SKILLS",
            "Centres d'intérêt|INTERESTS", "Centres d’intérêt|INTERESTS", "Intérêts|INTERESTS", "Interests|INTERESTS",
            "Projets souhaités|CHOICE_LIST", "Projets souhaités (par ordre de préférence)|CHOICE_LIST", "Vos choix|CHOICE_LIST",
            "Titre du projet|TITLE", "Intitulé|TITLE", "Project title|TITLE",
            "Description|DESCRIPTION", "Résumé|DESCRIPTION",
            "Porteur|PROPOSERS", "Proposé par|PROPOSERS", "Porteur(s)|PROPOSERS",
            "Taille min|MIN_SIZE", "Taille minimale|MIN_SIZE", "Taille max|MAX_SIZE", "Effectif maximum|MAX_SIZE",
            "Taille|SIZE_RANGE", "Taille de l'équipe|SIZE_RANGE",
            "Compétences recherchées|NEEDED_SKILLS", "Profils recherchés|NEEDED_SKILLS",
            "Horodateur|IGNORE", "Timestamp|IGNORE", "|IGNORE"})
    void recognisesHeaders(String header, Field field) {
        assertThat(HeaderMapper.targetOf(header).field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} → choix {1}")
    @CsvSource(delimiter = '|', value = {"Choix 1|1", "choix 2|2", "Choix n°3|3", "Vœu 1|1", "VOEU 4|4", "Voeu n° 5|5",
            "1er choix|1", "2e choix|2", "3ème choix|3", "Premier choix|1", "Deuxième choix|2", "Choice 1|1",
            "1st choice|1", "Souhait 2|2", "Projet 3|3"})
    void recognisesRankedChoices(String header, int rank) {
        assertThat(HeaderMapper.targetOf(header)).isEqualTo(ColumnTarget.choice(rank));
    }

    @Test
    void headerRowIsFoundBelowTitleRowsAndDuplicatesGoToTheFirstColumn() {
        List<SourceRow> rows = List.of(
                new SourceRow(1, List.of("Export Framaforms — inscriptions")),
                new SourceRow(2, List.of("Généré le 12/01/2023", "", "")),
                new SourceRow(3, List.of("Nom", "Prénom", "Courriel", "E-mail (confirmation)", "Ministère")),
                new SourceRow(4, List.of("Martin", "Camille", "c@x.fr", "c@x.fr", "MI")));
        ColumnMapping m = HeaderMapper.propose(rows);
        assertThat(m.headerRow()).isEqualTo(3);
        assertThat(m.targets()).containsExactly(ColumnTarget.of(Field.LAST_NAME), ColumnTarget.of(Field.FIRST_NAME),
                ColumnTarget.of(Field.EMAIL), ColumnTarget.IGNORE, ColumnTarget.of(Field.MINISTRY));
        assertThat(m.guessKind()).isEqualTo(ImportKind.PARTICIPANTS);
    }

    @Test
    void proposalHeadersMakeAProposalsSheet() {
        ColumnMapping m = HeaderMapper.propose(List.of(new SourceRow(1,
                List.of("Titre", "Description", "Ministère porteur", "Porteur", "Taille"))));
        assertThat(m.guessKind()).isEqualTo(ImportKind.PROPOSALS);
    }
}
