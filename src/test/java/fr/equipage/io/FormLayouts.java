package fr.equipage.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Registration exports as real form tools write them (Google Forms, LimeSurvey, Microsoft Forms,
 * Framaforms, hand-made sheets), in French and English, for the same three people and their ordered
 * choices. Each layout can be written as a UTF-8 CSV, a French Excel CSV (";", Windows-1252), an
 * XLSX or an ODS workbook.
 */
final class FormLayouts {
    private FormLayouts() {
    }

    static final String TRANSFORMERS = "Transformers pour tous";
    static final String LAKE = "Lac de données";
    static final String CHATBOT = "Chatbot RH";

    /** A person as the import must store her, and how forms type her ministry. */
    record Person(String first, String last, String email, String ministryTyped, String ministryCode,
                  List<String> choices) {
        String firstLast() {
            return first + " " + last.toUpperCase(java.util.Locale.ROOT);
        }

        String lastFirst() {
            return last.toUpperCase(java.util.Locale.ROOT) + " " + first;
        }

        String choice(int i) {
            return i < choices.size() ? choices.get(i) : "";
        }

        /** The rank a grid cell gives a project, "" when not chosen. */
        int rankOf(String title) {
            return choices.indexOf(title) + 1;
        }
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Camille", "Martin", "camille.martin@interieur.gouv.fr", "Ministère de l'Intérieur et des Outre-mer",
                    "MIOM", List.of(TRANSFORMERS, LAKE, CHATBOT)),
            new Person("Anne-Sophie", "Le Gall", "anne-sophie.le-gall@intradef.gouv.fr", "Ministère des Armées", "MINARM",
                    List.of(CHATBOT, TRANSFORMERS)),
            new Person("Jean Pierre", "Durand", "jean-pierre.durand@numerique.gouv.fr", "DINUM", "DINUM", List.of(LAKE)));

    /** A layout: its name, headers and how a person fills a row. */
    record Layout(String name, List<String> headers, Function<Person, List<String>> row) {
        RegistrationFiles.Table table() {
            return new RegistrationFiles.Table("Réponses", headers, PEOPLE.stream().map(row).toList());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String[] GRID_FR = {"", "1er choix", "2e choix", "3e choix"};
    static final String[] GRID_WORDS = {"", "Premier choix", "Deuxième choix", "Troisième choix"};
    static final String[] GRID_EN = {"", "First choice", "Second choice", "Third choice"};

    static List<Layout> all() {
        List<Layout> out = new ArrayList<>();
        out.add(new Layout("Google Forms, question (1er choix)", List.of("Horodateur", "Adresse e-mail", "Nom", "Prénom",
                "Votre ministère ou administration", "Quels projets souhaitez-vous rejoindre ? (1er choix)",
                "Quels projets souhaitez-vous rejoindre ? (2e choix)", "Quels projets souhaitez-vous rejoindre ? (3e choix)"),
                p -> List.of("12/01/2023 10:02:03", p.email(), p.last(), p.first(), p.ministryTyped(), p.choice(0),
                        p.choice(1), p.choice(2))));
        out.add(new Layout("LimeSurvey, NOM Prénom, Projet souhaité (1er choix)", List.of("ID de la réponse",
                "Date de soumission", "Dernière page", "Langue de départ", "Nom et prénom", "Courriel", "Structure",
                "Projet souhaité (1er choix)", "Projet souhaité (2e choix)", "Projet souhaité (3e choix)"),
                p -> List.of("7", "2023-01-12 10:02:03", "2", "fr", p.lastFirst(), p.email(), p.ministryTyped(),
                        p.choice(0), p.choice(1), p.choice(2))));
        out.add(new Layout("Microsoft Forms, signed in, Choix n°1", List.of("ID", "Heure de début", "Heure de fin",
                "Adresse de messagerie", "Nom", "Ministère", "Choix n°1", "Choix n°2", "Choix n°3"),
                p -> List.of("1", "1/12/23 10:01:00", "1/12/23 10:03:00", p.email(), p.firstLast(), p.ministryTyped(),
                        p.choice(0), p.choice(1), p.choice(2))));
        out.add(new Layout("Microsoft Forms, anonymous, ranking as A;B;C;", List.of("ID", "Heure de début", "Heure de fin",
                "Adresse de messagerie", "Nom", "Nom", "Prénom", "Courriel professionnel", "Administration",
                "Classez les projets par ordre de préférence"),
                p -> List.of("1", "1/12/23 10:01:00", "1/12/23 10:03:00", "anonymous", "", p.last(), p.first(), p.email(),
                        p.ministryTyped(), String.join(";", p.choices()) + ";")));
        out.add(new Layout("Google Forms ranking grid, 1er choix", List.of("Horodateur", "Nom complet", "E-mail", "Ministère",
                "Classez les projets [" + TRANSFORMERS + "]", "Classez les projets [" + LAKE + "]",
                "Classez les projets [" + CHATBOT + "]"),
                p -> List.of("12/01/2023 10:02:03", p.firstLast(), p.email(), p.ministryTyped(),
                        GRID_FR[p.rankOf(TRANSFORMERS)], GRID_FR[p.rankOf(LAKE)], GRID_FR[p.rankOf(CHATBOT)])));
        out.add(new Layout("Ranking grid, numbers", List.of("Nom", "Prénom", "Courriel", "Ministère",
                "Ordre de préférence [" + CHATBOT + "]", "Ordre de préférence [" + TRANSFORMERS + "]",
                "Ordre de préférence [" + LAKE + "]"),
                p -> List.of(p.last(), p.first(), p.email(), p.ministryTyped(), rank(p, CHATBOT), rank(p, TRANSFORMERS),
                        rank(p, LAKE))));
        out.add(new Layout("Ranking grid, Premier choix", List.of("Nom", "Prénom", "Courriel", "Ministère",
                "Vos préférences [" + LAKE + "]", "Vos préférences [" + CHATBOT + "]",
                "Vos préférences [" + TRANSFORMERS + "]"),
                p -> List.of(p.last(), p.first(), p.email(), p.ministryTyped(), GRID_WORDS[p.rankOf(LAKE)],
                        GRID_WORDS[p.rankOf(CHATBOT)], GRID_WORDS[p.rankOf(TRANSFORMERS)])));
        out.add(new Layout("English ranking grid, First choice", List.of("Timestamp", "Full name", "Email address", "Agency",
                "Rank the projects [" + TRANSFORMERS + "]", "Rank the projects [" + LAKE + "]",
                "Rank the projects [" + CHATBOT + "]"),
                p -> List.of("1/12/2023 10:02:03", p.firstLast(), p.email(), p.ministryTyped(),
                        GRID_EN[p.rankOf(TRANSFORMERS)], GRID_EN[p.rankOf(LAKE)], GRID_EN[p.rankOf(CHATBOT)])));
        out.add(new Layout("List, one per line", List.of("Nom", "Prénom", "Courriel", "Ministère",
                "Projets souhaités (par ordre de préférence)"),
                p -> List.of(p.last(), p.first(), p.email(), p.ministryTyped(), String.join("\n", p.choices()))));
        out.add(new Layout("List, commas, numbered", List.of("Prénom Nom", "Mél", "Ministère de rattachement", "Vos choix"),
                p -> List.of(p.firstLast(), p.email(), p.ministryTyped(), numbered(p))));
        out.add(new Layout("English, [First choice]", List.of("First name", "Last name", "Email address", "Agency",
                "Which projects would you like to join? [First choice]",
                "Which projects would you like to join? [Second choice]",
                "Which projects would you like to join? [Third choice]"),
                p -> List.of(p.first(), p.last(), p.email(), p.ministryTyped(), p.choice(0), p.choice(1), p.choice(2))));
        out.add(new Layout("1er vœu, NOM Prénom", List.of("NOM Prénom", "Adresse électronique", "Administration",
                "1er vœu", "2e vœu", "3e vœu"),
                p -> List.of(p.lastFirst(), p.email(), p.ministryTyped(), p.choice(0), p.choice(1), p.choice(2))));
        out.add(new Layout("Choix 1 with typos", List.of("Nom", "Prénom", "Courriel", "Ministère", "Choix 1", "Choix 2",
                "Choix 3"),
                p -> List.of(p.last(), p.first(), p.email(), p.ministryTyped(), typo(p.choice(0)), typo(p.choice(1)),
                        typo(p.choice(2)))));
        out.add(new Layout("(rank 1), Name", List.of("Name", "E-mail", "Ministry", "Project (rank 1)", "Project (rank 2)",
                "Project (rank 3)"),
                p -> List.of(p.firstLast(), p.email(), p.ministryTyped(), p.choice(0), p.choice(1), p.choice(2))));
        out.add(new Layout("Projets [1]", List.of("Nom", "Prénom", "Courriel", "Ministère", "Projets [1]", "Projets [2]",
                "Projets [3]"),
                p -> List.of(p.last(), p.first(), p.email(), p.ministryTyped(), p.choice(0), p.choice(1), p.choice(2))));
        out.add(new Layout("Question – Choix 1", List.of("Nom", "Prénom", "Courriel", "Ministère",
                "Projet à rejoindre – Choix 1", "Projet à rejoindre – Choix 2", "Projet à rejoindre – Choix 3"),
                p -> List.of(p.last(), p.first(), p.email(), p.ministryTyped(), p.choice(0), p.choice(1), p.choice(2))));
        return out;
    }

    private static String rank(Person p, String title) {
        int r = p.rankOf(title);
        return r == 0 ? "" : String.valueOf(r);
    }

    private static String numbered(Person p) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < p.choices().size(); i++) {
            items.add((i + 1) + ". " + p.choices().get(i));
        }
        return String.join(", ", items);
    }

    /** A letter dropped or doubled, as people type. */
    private static String typo(String title) {
        return switch (title) {
            case LAKE -> "Lac de donées";
            case TRANSFORMERS -> "Transformer pour tous";
            case CHATBOT -> "chatbot rh";
            default -> title;
        };
    }

    enum Format {
        CSV_UTF8("csv"), CSV_EXCEL_FR("csv"), XLSX("xlsx"), ODS("ods");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    static Path write(Path dir, Layout layout, Format format) throws Exception {
        Path file = dir.resolve("inscriptions-" + Math.abs(layout.name().hashCode()) + "-" + format.name().toLowerCase(
                java.util.Locale.ROOT) + "." + format.extension);
        switch (format) {
            case CSV_UTF8 -> RegistrationFiles.writeCsv(file, layout.table(), ',', StandardCharsets.UTF_8, false);
            case CSV_EXCEL_FR -> RegistrationFiles.writeCsv(file, layout.table(), ';', TextEncoding.WINDOWS_1252, false);
            case XLSX -> RegistrationFiles.writeXlsx(file, List.of(layout.table()));
            case ODS -> RegistrationFiles.writeOds(file, List.of(layout.table()));
            default -> throw new IllegalStateException();
        }
        return file;
    }
}
