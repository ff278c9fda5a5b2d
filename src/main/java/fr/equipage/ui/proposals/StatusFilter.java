package fr.equipage.ui.proposals;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The status filter of the proposals screen (JavaFX-free): « Tous les statuts », then each status in the
 * season's order, each with how many proposals have it. {@code null} stands for "all statuses".
 */
final class StatusFilter {
    private StatusFilter() {
    }

    /** The choices of the combo: all (null), then every status in the season's order. */
    static List<ProposalStatus> choices() {
        List<ProposalStatus> out = new ArrayList<>();
        out.add(null);
        out.addAll(Arrays.asList(ProposalStatus.values()));
        return out;
    }

    static boolean accepts(ProposalStatus chosen, Proposal p) {
        return chosen == null || p.status() == chosen;
    }

    /** "Tous les statuts (12)", "Retenue (4)": {@code text} gives a bundle text by key. */
    static String label(ProposalStatus chosen, List<Proposal> proposals, Function<String, String> text) {
        long n = proposals.stream().filter(p -> accepts(chosen, p)).count();
        String name = text.apply(chosen == null ? "proposals.statusFilter.all" : "proposal.status." + chosen.name());
        return name + " (" + n + ")";
    }
}
