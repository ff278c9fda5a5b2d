package fr.equipage.ui.board;

import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Team;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits a stored plan to the workshop as it is now. The organiser may add or delete people and
 * proposals after forming teams; the board must still open (a plan naming someone who no longer
 * exists would otherwise be refused by the engine): unknown ids are dropped, people listed twice
 * are kept in their first place, and newcomers are shown as unassigned.
 */
public final class PlanReconciler {
    private PlanReconciler() {
    }

    public static Plan fit(Instance instance, Plan plan) {
        Set<String> people = new HashSet<>();
        for (Participant p : instance.participants()) {
            people.add(p.id());
        }
        Set<String> proposals = new HashSet<>();
        for (Proposal p : instance.proposals()) {
            proposals.add(p.id());
        }
        Set<String> placed = new HashSet<>();
        Set<String> teamsSeen = new HashSet<>();
        List<Team> teams = new ArrayList<>();
        for (Team t : plan.teams()) {
            if (!proposals.contains(t.proposal()) || !teamsSeen.add(t.proposal())) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (String m : t.members()) {
                if (people.contains(m) && placed.add(m)) {
                    members.add(m);
                }
            }
            teams.add(new Team(t.proposal(), members));
        }
        Set<String> unassigned = new LinkedHashSet<>();
        for (String u : plan.unassigned()) {
            if (people.contains(u) && !placed.contains(u)) {
                unassigned.add(u);
            }
        }
        for (Participant p : instance.participants()) {
            if (!placed.contains(p.id())) {
                unassigned.add(p.id());
            }
        }
        return new Plan(plan.feasible(), teams, new ArrayList<>(unassigned), plan.score(), plan.violations(),
                plan.bound(), plan.optimal());
    }
}
