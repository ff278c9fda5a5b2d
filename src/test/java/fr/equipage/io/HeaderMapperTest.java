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

    @ParameterizedTest(name = "{0} → choix {1}")
    @CsvSource(delimiter = '|', value = {
            "Quels projets souhaitez-vous rejoindre ? (1er choix)|1", "Quels projets souhaitez-vous rejoindre ? (2e choix)|2",
            "Projet souhaité (1er choix)|1", "Projet souhaité (3ème choix)|3", "1er vœu|1", "2e vœu|2", "Choix n°1|1",
            "Choix n° 2|2", "Choix 1|1", "Projets [1]|1", "Projet [2]|2", "[1] Projet|1",
            "Which projects would you like to join? [First choice]|1", "Which projects? [Second choice]|2",
            "Project (rank 1)|1", "Project (rank 3)|3", "Projet à rejoindre – Choix 2|2", "Votre projet : 1er choix|1",
            "Préférence 2|2", "Rang 1|1", "Priorité 3|3", "Third choice|3", "Choice #2|2"})
    void recognisesRankMarkersAroundQuestions(String header, int rank) {
        assertThat(HeaderMapper.targetOf(header)).isEqualTo(ColumnTarget.choice(rank));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Adresse de messagerie|EMAIL", "Email address|EMAIL", "Work email|EMAIL", "Votre adresse électronique|EMAIL",
            "Prénom Nom|FULL_NAME", "NOM Prénom|FULL_NAME", "Your name|FULL_NAME", "First and last name|FULL_NAME",
            "Given name|FIRST_NAME", "Surname|LAST_NAME", "Family name|LAST_NAME",
            "Agency|MINISTRY", "Structure d'affectation|MINISTRY", "Votre ministère ou administration|MINISTRY",
            "Ministry or agency|MINISTRY", "Organisation|MINISTRY",
            "Classez les projets par ordre de préférence|CHOICE_LIST", "Quels projets souhaitez-vous rejoindre ?|CHOICE_LIST",
            "Project ranking|CHOICE_LIST", "Nom (2)|IGNORE", "Courriel [pro]|EMAIL",
            "Avez-vous déjà participé à un projet ?|IGNORE"})
    void recognisesEnglishAndFrenchSynonyms(String header, Field field) {
        assertThat(HeaderMapper.targetOf(header).field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ID", "Heure de début", "Heure de fin", "Start time", "Completion time",
            "ID de la réponse", "Date de soumission", "Horodateur", "Timestamp"})
    void formToolColumnsAreKnownMetadata(String header) {
        assertThat(HeaderMapper.isMetadata(header)).isTrue();
        assertThat(HeaderMapper.targetOf(header)).isEqualTo(ColumnTarget.IGNORE);
    }

    @Test
    void rankingGridColumnsAreFoundFromTheirSharedQuestionAndRankedCells() {
        ColumnMapping m = HeaderMapper.propose(List.of(
                new SourceRow(1, List.of("Nom", "Classez les projets [Chatbot RH]", "Classez les projets [Lac de données]",
                        "Compétences [Python]", "Compétences [SQL]")),
                new SourceRow(2, List.of("Martin", "1er choix", "", "Oui", "Non")),
                new SourceRow(3, List.of("Durand", "2", "1", "Non", "Oui"))));
        assertThat(m.targets()).containsExactly(ColumnTarget.of(Field.LAST_NAME), ColumnTarget.of(Field.RANK),
                ColumnTarget.of(Field.RANK), ColumnTarget.of(Field.SKILLS), ColumnTarget.IGNORE);
        assertThat(HeaderMapper.gridTitle(m.header(2))).isEqualTo("Lac de données");
    }

    @Test
    void aDuplicatedFieldGoesToTheColumnWithUsableValues() {
        // Microsoft Forms, anonymous answers: its own e-mail and name columns come first and hold nothing useful.
        ColumnMapping m = HeaderMapper.propose(List.of(
                new SourceRow(1, List.of("ID", "Adresse de messagerie", "Nom", "Nom", "Prénom", "Courriel")),
                new SourceRow(2, List.of("1", "anonymous", "", "Martin", "Camille", "c.martin@x.gouv.fr"))));
        assertThat(m.columnOf(Field.EMAIL)).isEqualTo(5);
        assertThat(m.columnOf(Field.LAST_NAME)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"Courriel|EMAIL", "e-mail|EMAIL", "EMAIL|EMAIL", "Ministère|MINISTRY",
            "ministry|MINISTRY", "ignorer|IGNORE", "ignore|IGNORE", "rang|RANK", "Projets souhaités|CHOICE_LIST",
            "Nom complet|FULL_NAME", "first name|FIRST_NAME"})
    void targetsAreNamedInFrenchOrEnglishOnTheCommandLine(String text, Field field) {
        assertThat(ColumnTarget.parse(text).field()).isEqualTo(field);
    }

    @Test
    void choiceTargetsParseWithTheirRank() {
        assertThat(ColumnTarget.parse("Choix 2")).isEqualTo(ColumnTarget.choice(2));
        assertThat(ColumnTarget.parse("choice 3")).isEqualTo(ColumnTarget.choice(3));
        assertThat(ColumnTarget.parse("CHOICE_4")).isEqualTo(ColumnTarget.choice(4));
        assertThat(ColumnTarget.parse("Pizza")).isNull();
    }
}
