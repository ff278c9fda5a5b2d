package fr.equipage;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.nio.file.Path;
import java.util.List;

/** Small hand-made fixtures shared by tests. */
public final class TestData {
    private TestData() {
    }

    /**
     * The spec's worked examples: the shared folder beside the project (as CI lays it), or
     * -Dequipage.spec.dir, or the copy kept in the test resources.
     */
    public static Path specExamples() {
        String property = System.getProperty("equipage.spec.dir");
        if (property != null) {
            return Path.of(property);
        }
        for (Path p : new Path[] {Path.of("..", "shared", "spec", "examples"), Path.of("src/test/resources/spec-examples")}) {
            if (java.nio.file.Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Exemples de la spécification introuvables");
    }

    public static Path specExample(String name) {
        return specExamples().resolve(name);
    }

    /** A small workshop using every kind of record and field. */
    public static Instance smallInstance() {
        List<Ministry> ministries = List.of(
                new Ministry("MEFSIN", "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", null),
                new Ministry("INSEE", "Institut national de la statistique et des études économiques", "MEFSIN"),
                new Ministry("MI", "Ministère de l'Intérieur", null),
                new Ministry("MC", "Ministère de la Culture", null));
        List<Proposal> proposals = List.of(
                new Proposal("P01", "Détection de fraude documentaire", "Repérer les faux justificatifs.", "MI",
                        List.of("nlp", "data-engineering"), 3, 6, List.of("u01"), ProposalStatus.PROPOSED),
                new Proposal("P02", "Cartographie des tiers-lieux", "", "MC", List.of("sig"), 2, 5, List.of(),
                        ProposalStatus.RETAINED, java.time.LocalDate.of(2023, 2, 14), "équipe formée à la journée"));
        List<Participant> participants = List.of(
                new Participant("u01", "Camille", "Martin", "camille.martin@interieur.gouv.fr", "MI", List.of("nlp"),
                        List.of("ia-de-confiance"), List.of("P01", "P02"), List.of("IA de confiance", "NLP")),
                new Participant("u02", "Léa", "Dupont-Moreau", "lea.dupont@insee.fr", "INSEE", List.of("sig", "python"),
                        List.of(), List.of("P02", "P01")),
                new Participant("u03", "Éloïse", "N'Diaye", null, "MC", List.of(), List.of("culture"), List.of("P02")),
                new Participant("u04", "", "Zhang", "zhang@finances.gouv.fr", "MEFSIN", List.of("dataviz"), List.of(),
                        List.of()));
        Settings settings = new Settings(2, 2, 2, true, false, new Weights(List.of(9, 4), -15, 3, 2, 6));
        return new Instance(settings, ministries, proposals, participants, List.of(new Lock("u02", "P02")),
                List.of(new Pair("u03", "u04")), List.of(new Pair("u01", "u02")));
    }
}
