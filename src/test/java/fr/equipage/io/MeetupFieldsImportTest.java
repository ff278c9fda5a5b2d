package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interests and know-how offered and sought (meet-ups) come from registration forms under their
 * French and English names; cells are lists split like skills; a re-import without the column keeps them.
 */
class MeetupFieldsImportTest {
    @TempDir
    Path dir;
    ImportFixture fx;

    @BeforeEach
    void open() {
        fx = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void everySpellingOfTheThreeColumnsIsRecognised() {
        for (String h : List.of("Centres d'intérêt", "Centres d’intérêt", "Intérêts", "Interests", "Vos centres d'intérêt")) {
            assertThat(HeaderMapper.targetOf(h).field()).as(h).isEqualTo(Field.INTERESTS);
        }
        for (String h : List.of("Savoir-faire à partager", "Je peux partager", "Know-how to share", "Skills I can share",
                "SAVOIR-FAIRE À PARTAGER (plusieurs réponses possibles)", "Ce que je peux apporter",
                "Je peux partager :", "Your know-how to share")) {
            assertThat(HeaderMapper.targetOf(h).field()).as(h).isEqualTo(Field.OFFERS);
        }
        for (String h : List.of("Ce que je veux apprendre", "Want to learn", "What I want to learn", "Je veux apprendre",
                "Ce que je souhaite apprendre ?", "Savoir-faire souhaités", "Skills I want to learn (optional)")) {
            assertThat(HeaderMapper.targetOf(h).field()).as(h).isEqualTo(Field.SEEKS);
        }
        assertThat(HeaderMapper.targetOf("Savoir-faire").field()).as("still the skills").isEqualTo(Field.SKILLS);
        assertThat(Field.NEEDED_SKILLS.usedFor(ImportKind.PARTICIPANTS)).as("« Savoir-faire recherchés » of a person")
                .isTrue();
    }

    private Participant person(String first) {
        return fx.store.tx(c -> fx.store.participants.all(c, fx.workshop.id())).stream()
                .filter(p -> p.firstName().equals(first)).findFirst().orElseThrow();
    }

    @Test
    void aRegistrationFormBringsTheTagsOfEachPerson() throws Exception {
        Path file = Sheets.write(dir, "inscriptions.csv", """
                Nom;Prénom;Courriel;Ministère;Centres d'intérêt;Savoir-faire à partager;Savoir-faire recherchés
                Martin;Camille;camille.martin@interieur.gouv.fr;Intérieur;"NLP, dataviz";"SQL; Python";"nlp
                R"
                Durand;Léa;lea.durand@culture.gouv.fr;Culture;dataviz;;SQL
                """, StandardCharsets.UTF_8);
        ImportResult r = fx.importFile(file);
        assertThat(r.participantsAdded()).isEqualTo(2);
        Participant camille = person("Camille");
        assertThat(camille.interests()).containsExactly("NLP", "dataviz");
        assertThat(camille.offers()).containsExactly("SQL", "Python");
        assertThat(camille.seeks()).containsExactly("nlp", "R");
        assertThat(person("Léa").offers()).isEmpty();
        assertThat(person("Léa").seeks()).containsExactly("SQL");

        Path english = Sheets.write(dir, "registrations.csv", """
                Last name,First name,Email,Ministry,Interests,Know-how to share,Want to learn
                Durand,Léa,lea.durand@culture.gouv.fr,Culture,open data,"R, LaTeX",Python
                """, StandardCharsets.UTF_8);
        fx.importFile(english);
        assertThat(person("Léa").interests()).containsExactly("open data");
        assertThat(person("Léa").offers()).containsExactly("R", "LaTeX");
        assertThat(person("Léa").seeks()).containsExactly("Python");

        Path without = Sheets.write(dir, "sans.csv", """
                Nom;Prénom;Courriel;Ministère
                Martin;Camille;camille.martin@interieur.gouv.fr;Intérieur
                """, StandardCharsets.UTF_8);
        fx.importFile(without);
        assertThat(person("Camille").offers()).as("a file without the column keeps what was known").containsExactly("SQL", "Python");

        Path list = dir.resolve("participants.csv");
        WorkshopSnapshot s = fx.snapshot();
        ParticipantListExporter.writeCsv(s.participants(), s.proposals(), s.ministries(), list, CsvOptions.FRENCH_EXCEL);
        assertThat(java.nio.file.Files.readString(list, StandardCharsets.UTF_8))
                .contains("Centres d'intérêt;Savoir-faire à partager;Ce que je veux apprendre", ";NLP, dataviz;SQL, Python;nlp, R");
        assertThat(fx.plan(list).report().participantsUnchanged()).as("the participant list reads back unchanged").isEqualTo(2);
    }
}
