package fr.equipage.io;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an import will write, computed without touching the database: valid rows (rows in
 * error are already left out), the catalogue of projects named, and the ministries to create for
 * texts no known ministry matches. The organiser may still map such a text to an existing ministry
 * ({@link #useMinistry}) before committing.
 */
public final class ImportPlan {
    private final ImportReport report;
    private final List<PlannedProposal> proposals;
    private final List<PlannedParticipant> participants;
    private final ProposalCatalogue catalogue;
    private final Map<String, Ministry> ministriesToCreate;
    private final Set<String> ministriesUsed;
    private final Map<String, String> ministryReplacements = new HashMap<>();
    /** The people the rows were matched against, and whom each row was about (ParticipantApplier). */
    private List<Participant> matchedAgainst;
    private int[] targets;

    ImportPlan(ImportReport report, List<PlannedProposal> proposals, List<PlannedParticipant> participants,
               ProposalCatalogue catalogue, Map<String, Ministry> ministriesToCreate, Set<String> ministriesUsed) {
        this.report = report;
        this.proposals = List.copyOf(proposals);
        this.participants = Collections.unmodifiableList(participants);
        this.catalogue = catalogue;
        this.ministriesToCreate = new LinkedHashMap<>(ministriesToCreate);
        this.ministriesUsed = Set.copyOf(ministriesUsed);
    }

    public ImportReport report() {
        return report;
    }

    public List<PlannedProposal> proposals() {
        return proposals;
    }

    public List<PlannedParticipant> participants() {
        return participants;
    }

    public ProposalCatalogue catalogue() {
        return catalogue;
    }

    /** Ministries the import will create (generated code → ministry named after the text), once the organiser's choices are applied. */
    public Map<String, Ministry> ministriesToCreate() {
        Map<String, Ministry> out = new LinkedHashMap<>(ministriesToCreate);
        out.keySet().removeAll(ministryReplacements.keySet());
        return Collections.unmodifiableMap(out);
    }

    /** Known ministry codes the rows use; those only in the reference list are added to the database. */
    Set<String> ministriesUsed() {
        return ministriesUsed;
    }

    /**
     * Instead of creating {@code generatedCode}, rows that named it get {@code existingCode}; a null
     * {@code existingCode} goes back to creating it.
     */
    public void useMinistry(String generatedCode, String existingCode) {
        if (!ministriesToCreate.containsKey(generatedCode)) {
            return;
        }
        if (existingCode == null || existingCode.equals(generatedCode)) {
            ministryReplacements.remove(generatedCode);
        } else {
            ministryReplacements.put(generatedCode, existingCode);
        }
    }

    /** The code a row's ministry is written with, after the organiser's choices. */
    public String ministryCode(String planned) {
        return planned == null ? null : ministryReplacements.getOrDefault(planned, planned);
    }

    /** Codes replaced by {@link #useMinistry}, which must exist when committing. */
    Map<String, String> ministryReplacements() {
        return Collections.unmodifiableMap(ministryReplacements);
    }

    ImportPlan matchedAgainst(List<Participant> people, int[] rowTargets) {
        this.matchedAgainst = people;
        this.targets = rowTargets;
        return this;
    }

    /**
     * Whom each participant row is about, as the planner found, if that still holds for the people
     * stored now: the same people as in the snapshot, and no ministry replaced since (people are
     * matched on name and ministry). Null when the rows must be matched again.
     */
    public int[] targetsIfStill(List<Participant> stored) {
        if (targets == null || targets.length != participants.size() || !ministryReplacements.isEmpty()
                || !stored.equals(matchedAgainst)) {
            return null;
        }
        return targets;
    }

    /** True when committing would write something: rows, or proposals named in choices. */
    public boolean hasWork() {
        return !proposals.isEmpty() || !participants.isEmpty();
    }
}
