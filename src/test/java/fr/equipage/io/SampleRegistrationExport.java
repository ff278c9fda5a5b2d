package fr.equipage.io;

import fr.equipage.format.InstanceJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the sample launch day (sample-data/journee-lancement-2023.json) as the registration export
 * an organiser receives from a form tool, in three forms: a French Excel CSV pair (";", Windows-1252),
 * an XLSX and an ODS workbook with a "Propositions" and an "Inscriptions" sheet. Ministries are typed
 * the way people type them (full name, acronym, usual short name) so the files exercise the matching.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=fr.equipage.io.SampleRegistrationExport} (or from the IDE), from the project root.
 */
public final class SampleRegistrationExport {
    static final Path DIR = Path.of("sample-data");
    static final String JSON = "journee-lancement-2023.json";
    static final String CSV_PEOPLE = "inscriptions-2023.csv";
    static final String CSV_PROPOSALS = "propositions-2023.csv";
    static final String XLSX = "journee-lancement-2023.xlsx";
    static final String ODS = "journee-lancement-2023.ods";
    static final int CHOICES = 5;

    private SampleRegistrationExport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : DIR;
        write(InstanceJson.read(dir.resolve(JSON)), dir);
        System.out.println("Écrit dans " + dir + " : " + CSV_PROPOSALS + ", " + CSV_PEOPLE + ", " + XLSX + ", " + ODS);
    }

    static void write(Instance in, Path dir) throws Exception {
        RegistrationFiles.Table proposals = proposals(in);
        RegistrationFiles.Table people = participants(in);
        RegistrationFiles.writeCsv(dir.resolve(CSV_PROPOSALS), proposals, ';', TextEncoding.WINDOWS_1252, false);
        RegistrationFiles.writeCsv(dir.resolve(CSV_PEOPLE), people, ';', TextEncoding.WINDOWS_1252, false);
        RegistrationFiles.writeXlsx(dir.resolve(XLSX), List.of(proposals, people));
        RegistrationFiles.writeOds(dir.resolve(ODS), List.of(proposals, people));
    }

    static RegistrationFiles.Table proposals(Instance in) {
        Map<String, Participant> people = byId(in.participants());
        Map<String, Ministry> ministries = ministries(in);
        List<List<String>> rows = new ArrayList<>();
        for (Proposal p : in.proposals()) {
            List<String> proposers = new ArrayList<>();
            p.proposers().forEach(id -> proposers.add(people.get(id).email()));
            rows.add(List.of(p.title(), p.description(), p.ministry() == null ? "" : ministries.get(p.ministry()).name(),
                    String.join(", ", p.skills()), String.valueOf(p.minSize()), String.valueOf(p.maxSize()),
                    String.join(", ", proposers)));
        }
        return new RegistrationFiles.Table("Propositions", List.of("Titre du projet", "Description", "Ministère porteur",
                "Compétences recherchées", "Taille min", "Taille max", "Porteurs (courriel)"), rows);
    }

    static RegistrationFiles.Table participants(Instance in) {
        Map<String, Proposal> proposals = new HashMap<>();
        in.proposals().forEach(p -> proposals.put(p.id(), p));
        Map<String, Ministry> ministries = ministries(in);
        List<String> headers = new ArrayList<>(List.of("Horodateur", "Nom", "Prénom", "Adresse électronique",
                "Ministère ou administration", "Compétences", "Centres d'intérêt"));
        for (int r = 1; r <= CHOICES; r++) {
            headers.add("Choix " + r);
        }
        headers.add("Formations souhaitées");
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (Participant p : in.participants()) {
            List<String> row = new ArrayList<>(List.of(String.format("2023-01-%02d %02d:%02d", 9 + i % 20, 8 + i % 10,
                    (i * 7) % 60), p.lastName(), p.firstName(), p.email() == null ? "" : p.email(),
                    typed(p.ministry(), ministries, i), String.join(", ", p.skills()), String.join(", ", p.interests())));
            for (int r = 0; r < CHOICES; r++) {
                row.add(r < p.choices().size() ? proposals.get(p.choices().get(r)).title() : "");
            }
            row.add(trainings(p.trainings(), i));
            rows.add(row);
            i++;
        }
        return new RegistrationFiles.Table("Inscriptions", headers, rows);
    }

    /** As people type a list of themes: separators and case vary, accents are sometimes left out. */
    private static String trainings(List<String> themes, int i) {
        String separator = i % 3 == 0 ? ", " : i % 3 == 1 ? "; " : "\n";
        List<String> typed = new ArrayList<>();
        for (String t : themes) {
            typed.add(i % 4 == 0 ? t.toLowerCase(java.util.Locale.ROOT) : i % 4 == 1
                    ? java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "") : t);
        }
        return String.join(separator, typed);
    }

    /** As people type it: mostly the full name, sometimes the acronym, sometimes in capitals. */
    private static String typed(String code, Map<String, Ministry> ministries, int i) {
        if (code == null) {
            return "";
        }
        Ministry m = ministries.get(code);
        return switch (i % 4) {
            case 1 -> m.code();
            case 3 -> m.name().toUpperCase(java.util.Locale.ROOT);
            default -> m.name();
        };
    }

    private static Map<String, Ministry> ministries(Instance in) {
        Map<String, Ministry> out = new HashMap<>();
        in.ministries().forEach(m -> out.put(m.code(), m));
        return out;
    }

    private static Map<String, Participant> byId(List<Participant> people) {
        Map<String, Participant> out = new HashMap<>();
        people.forEach(p -> out.put(p.id(), p));
        return out;
    }
}
