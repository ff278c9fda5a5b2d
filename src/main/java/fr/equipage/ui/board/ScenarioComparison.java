package fr.equipage.ui.board;

import fr.equipage.engine.Evaluation;
import fr.equipage.engine.PlanMapping;
import fr.equipage.engine.Scorer;
import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two plans side by side: each evaluated under the workshop's current rules (a scenario saved
 * before a rule changed is judged by today's rules, so the two are comparable), and who is in a
 * different team in the second plan.
 */
public record ScenarioComparison(Evaluation first, Evaluation second, List<Moved> moved) {
    /** A person whose team differs; a team is null when the person is unassigned in that plan. */
    public record Moved(String person, String from, String to) {
    }

    public static ScenarioComparison of(Instance instance, Plan a, Plan b) {
        Plan fa = PlanReconciler.fit(instance, a);
        Plan fb = PlanReconciler.fit(instance, b);
        List<Moved> moved = new ArrayList<>();
        for (Participant p : instance.participants()) {
            var ta = fa.teamOf(p.id());
            var tb = fb.teamOf(p.id());
            String from = ta == null ? null : ta.proposal();
            String to = tb == null ? null : tb.proposal();
            if (!Objects.equals(from, to)) {
                moved.add(new Moved(p.id(), from, to));
            }
        }
        return new ScenarioComparison(evaluate(instance, fa), evaluate(instance, fb), moved);
    }

    private static Evaluation evaluate(Instance instance, Plan plan) {
        try {
            return Scorer.evaluate(instance, plan);
        } catch (PlanMapping.PlanMismatchException e) {
            throw new IllegalStateException("Plan non ajusté à l'atelier", e);
        }
    }
}
