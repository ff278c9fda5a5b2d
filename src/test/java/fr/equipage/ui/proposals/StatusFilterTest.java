package fr.equipage.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proposals screen's status filter: all, then each status in the season's order, with counts. */
class StatusFilterTest {
    private static Proposal proposal(String id, ProposalStatus status) {
        return new Proposal(id, "Projet " + id, "MI", List.of(), 2, 5, List.of()).withFollowUp(status, null, "");
    }

    private final List<Proposal> proposals = List.of(proposal("P1", ProposalStatus.RETAINED),
            proposal("P2", ProposalStatus.PROPOSED), proposal("P3", ProposalStatus.RETAINED),
            proposal("P4", ProposalStatus.ABANDONED));

    @Test
    void allThenEveryStatusInTheSeasonsOrder() {
        assertThat(StatusFilter.choices()).containsExactly(null, ProposalStatus.PROPOSED, ProposalStatus.RETAINED,
                ProposalStatus.SCOPED, ProposalStatus.LAUNCHED, ProposalStatus.ABANDONED);
    }

    @Test
    void keepsOnlyTheChosenStatus() {
        assertThat(proposals.stream().filter(p -> StatusFilter.accepts(ProposalStatus.RETAINED, p)).map(Proposal::id))
                .containsExactly("P1", "P3");
        assertThat(proposals.stream().filter(p -> StatusFilter.accepts(null, p))).hasSize(4);
        assertThat(proposals.stream().filter(p -> StatusFilter.accepts(ProposalStatus.LAUNCHED, p))).isEmpty();
    }

    @Test
    void labelsSayTheStatusAndHowManyInBothLanguages() {
        I18n fr = new I18n(I18n.FRENCH);
        assertThat(StatusFilter.label(null, proposals, fr::get)).isEqualTo("Tous les statuts (4)");
        assertThat(StatusFilter.label(ProposalStatus.RETAINED, proposals, fr::get)).isEqualTo("Retenue (2)");
        I18n en = new I18n(java.util.Locale.ENGLISH);
        assertThat(StatusFilter.label(null, proposals, en::get)).isEqualTo("All statuses (4)");
    }
}
