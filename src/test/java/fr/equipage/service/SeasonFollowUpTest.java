package fr.equipage.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.engine.SolveOptions;
import fr.equipage.model.Instance;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Settings;
import fr.equipage.model.Team;
import fr.equipage.model.Weights;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The season follow-up: optimising marks the proposals that became teams "retained", puts back to
 * "proposed" those that no longer are, leaves alone those the organiser moved further, and undo puts
 * every status back as it was.
 */
class SeasonFollowUpTest {
    private static final Labels LABELS = (key, args) -> key;
    private static final LocalDate MARCH = LocalDate.of(2023, 3, 14);
    @TempDir
    Path dir;
    private Store store;
    private Services services;
    private long workshop;

    /** Six people who all want A or B (2–3 each, two teams at most); C, D and E nobody chose. */
    static Instance workshop() {
        List<Ministry> ministries = List.of(new Ministry("MI", "Intérieur", null), new Ministry("MC", "Culture", null),
                new Ministry("INSEE", "Insee", null));
        List<Proposal> proposals = List.of(
                new Proposal("PA", "Cartiflette", "MI", List.of(), 2, 3, List.of()),
                new Proposal("PB", "PoufDoc", "MC", List.of(), 2, 3, List.of()),
                new Proposal("PC", "Ancienne équipe", "MI", List.of(), 2, 3, List.of())
                        .withFollowUp(ProposalStatus.RETAINED, MARCH, "formée en février"),
                new Proposal("PD", "Déjà cadrée", "MC", List.of(), 2, 3, List.of())
                        .withFollowUp(ProposalStatus.SCOPED, MARCH, "atelier de cadrage tenu"),
                new Proposal("PE", "Abandonnée", "MC", List.of(), 2, 3, List.of())
                        .withFollowUp(ProposalStatus.ABANDONED, MARCH, "pas de données"));
        List<Participant> people = List.of(
                person("u1", "MI", "PA", "PB"), person("u2", "MC", "PA", "PB"), person("u3", "INSEE", "PA", "PB"),
                person("u4", "INSEE", "PB", "PA"), person("u5", "MI", "PB", "PA"), person("u6", "MC", "PB", "PA"));
        return new Instance(new Settings(2, 2, 2, true, true, Weights.DEFAULT), ministries, proposals, people,
                List.of(), List.of(), List.of());
    }

    private static Participant person(String id, String ministry, String... choices) {
        return new Participant(id, "Prénom " + id, "Nom " + id, id + "@exemple.gouv.fr", ministry, List.of(), List.of(),
                List.of(choices));
    }

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store);
        workshop = services.workshops().saveInstance(workshop(), "Lancement").id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Map<String, Proposal> stored() {
        return services.read(workshop).proposalById();
    }

    private Map<String, ProposalStatus> statuses() {
        return stored().values().stream().collect(Collectors.toMap(Proposal::id, Proposal::status));
    }

    @Test
    void optimisingRetainsTheTeamsAndLeavesTheOrganisersDecisionsAlone() {
        OptimiseService.Outcome outcome = services.optimiser().optimise(workshop,
                SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(1));

        assertThat(outcome.result().plan().teams()).extracting(Team::proposal).containsExactlyInAnyOrder("PA", "PB");
        assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of("PA", ProposalStatus.RETAINED,
                "PB", ProposalStatus.RETAINED, "PC", ProposalStatus.PROPOSED, "PD", ProposalStatus.SCOPED,
                "PE", ProposalStatus.ABANDONED));
        assertThat(stored().get("PA").statusDate()).as("dated the day of the optimisation").isEqualTo(LocalDate.now());
        assertThat(stored().get("PC").statusNote()).as("the note stays").isEqualTo("formée en février");
        assertThat(stored().get("PD").statusDate()).isEqualTo(MARCH);
        assertThat(outcome.statusChanged()).extracting(Proposal::id).containsExactlyInAnyOrder("PA", "PB", "PC");

        OptimiseService.Outcome again = services.optimiser().optimise(workshop,
                SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(1));
        assertThat(again.statusChanged()).as("a second run changes nothing").isEmpty();
    }

    @Test
    void theFollowUpNeverTakesAwayTheProvenBound() throws Exception {
        OptimiseService.Outcome outcome = services.optimiser().optimise(workshop,
                SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(1));
        assertThat(outcome.result().plan().bound()).as("the tiny workshop is solved with a bound").isNotNull();
        assertThat(boundHolds()).as("statuses were set after the bound was stamped").isTrue();
        services.proposalEdits(workshop, LABELS).followUp(stored().get("PA"), ProposalStatus.SCOPED, MARCH, "cadré").redo();
        assertThat(boundHolds()).as("a status, its day and note do not change the score").isTrue();
        store.run(c -> store.participants.save(c, workshop,
                store.participants.find(c, workshop, "u1").orElseThrow().withTrainings(List.of("NLP"))));
        assertThat(boundHolds()).as("nor do training needs").isTrue();
        store.run(c -> store.proposals.save(c, workshop, store.proposals.find(c, workshop, "PA").orElseThrow().withSizes(2, 2)));
        assertThat(boundHolds()).as("a team size does").isFalse();
    }

    private boolean boundHolds() {
        return store.tx(c -> store.boundHolds(c, workshop, store.loadInstance(c, workshop)));
    }

    @Test
    void theBoardsOptimiseIsOneEditWhoseUndoPutsPlanAndStatusesBack() throws Exception {
        BoardPersistence board = services.board(workshop);
        Instance in = board.load().instance();
        Plan plan = new Plan(true, List.of(new Team("PA", List.of("u1", "u2", "u3")), new Team("PD", List.of("u4", "u5", "u6"))),
                List.of(), null, null, null, false);
        BoardSnapshot before = new BoardSnapshot(null, in.settings(), in.locks(), in.apart(), in.together());
        BoardSnapshot after = new BoardSnapshot(plan, in.settings(), in.locks(), in.apart(), in.together());
        Map<String, Proposal> was = stored();

        UndoableEdit edit = board.optimised("optimiser", before, after);
        edit.redo();
        assertThat(board.load().plan().teams()).isEqualTo(plan.teams());
        assertThat(statuses()).containsEntry("PA", ProposalStatus.RETAINED).containsEntry("PB", ProposalStatus.PROPOSED)
                .containsEntry("PC", ProposalStatus.PROPOSED).containsEntry("PD", ProposalStatus.SCOPED);

        edit.undo();
        assertThat(board.load().plan()).isNull();
        assertThat(stored()).as("status, day and note exactly as before").isEqualTo(was);

        edit.redo();
        assertThat(statuses()).containsEntry("PA", ProposalStatus.RETAINED).containsEntry("PC", ProposalStatus.PROPOSED);
    }

    @Test
    void theOrganiserMovesAProposalAlongTheSeasonAndCanUndo() throws Exception {
        ProposalEdits edits = services.proposalEdits(workshop, LABELS);
        Proposal pa = stored().get("PA");
        LocalDate april = LocalDate.of(2023, 4, 3);
        UndoableEdit scoped = edits.followUp(pa, ProposalStatus.SCOPED, april, "sponsor : DGFiP");
        scoped.redo();
        assertThat(stored().get("PA")).extracting(Proposal::status, Proposal::statusDate, Proposal::statusNote)
                .containsExactly(ProposalStatus.SCOPED, april, "sponsor : DGFiP");

        UndoableEdit launched = edits.followUp(stored().get("PA"), ProposalStatus.LAUNCHED, april.plusDays(30), "");
        launched.redo();
        assertThat(stored().get("PA").status()).isEqualTo(ProposalStatus.LAUNCHED);
        // Optimising again never takes a launched project back to "retained" or "proposed".
        services.optimiser().optimise(workshop, SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(1));
        assertThat(stored().get("PA").status()).isEqualTo(ProposalStatus.LAUNCHED);

        launched.undo();
        scoped.undo();
        assertThat(stored().get("PA")).extracting(Proposal::status, Proposal::statusDate, Proposal::statusNote)
                .containsExactly(ProposalStatus.PROPOSED, null, "");
        assertThat(scoped.label()).isEqualTo("edit.proposal.status");
    }

    @Test
    void statusesAreReadInEitherLanguageAndTheOldRejectedIsAbandoned() {
        assertThat(ProposalStatus.parse("Cadrée")).contains(ProposalStatus.SCOPED);
        assertThat(ProposalStatus.parse("LANCEE")).contains(ProposalStatus.LAUNCHED);
        assertThat(ProposalStatus.parse("retained")).contains(ProposalStatus.RETAINED);
        assertThat(ProposalStatus.parse("rejected")).contains(ProposalStatus.ABANDONED);
        assertThat(ProposalStatus.parse("en pause")).isEmpty();
        assertThat(ProposalStatus.SCOPED.decidedByOrganiser()).isTrue();
        assertThat(ProposalStatus.RETAINED.decidedByOrganiser()).isFalse();
        assertThat(ProposalStatus.ABANDONED.going()).isFalse();
        assertThat(ProposalStatus.LAUNCHED.going()).isTrue();
    }

    @Test
    void theWorkshopContactIsSavedUndoneAndCheckedAndARenameKeepsIt() throws Exception {
        var w = services.workshops().byName("Lancement").orElseThrow();
        UndoableEdit set = services.workshops().setContact(w, " programme10@exemple.gouv.fr ", "contact");
        set.redo();
        var now = services.workshops().byName("Lancement").orElseThrow();
        assertThat(now.contact()).isEqualTo("programme10@exemple.gouv.fr");
        services.workshops().rename(now, "Lancement 2023", "renommer").redo();
        assertThat(services.workshops().byName("Lancement 2023").orElseThrow().contact())
                .isEqualTo("programme10@exemple.gouv.fr");
        set.undo();
        assertThat(services.workshops().byName("Lancement 2023").orElseThrow().contact()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.workshops().setContact(w, "Camille Martin", "x"))
                .isInstanceOf(InvalidContactException.class).hasMessageContaining("« Camille Martin »");
    }
}
