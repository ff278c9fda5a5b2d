package fr.equipage.ui.board;

import fr.equipage.engine.Alternative;
import fr.equipage.engine.ParticipantExplanation;
import java.util.ArrayList;
import java.util.List;

/**
 * What the organiser can do for someone left without a team, beyond the list of teams that fail:
 * move them where a place is free, enlarge a full team they chose, allow projects outside their
 * choices, pin them, or complete their choices. JavaFX-free: each advice is a text key and its
 * arguments, so that the reasoning is tested without a screen.
 */
record UnassignedAdvice(String key, List<Object> args) {
    static List<UnassignedAdvice> of(BoardModel model, String person, ParticipantExplanation ex) {
        List<UnassignedAdvice> out = new ArrayList<>();
        var p = model.participant(person);
        if (p.choices().isEmpty()) {
            out.add(new UnassignedAdvice("board.advice.noChoices", List.of()));
        }
        if (ex != null) {
            ex.alternatives().stream().filter(a -> a.blockedBy().isEmpty() && a.retained()).findFirst()
                    .ifPresent(a -> out.add(new UnassignedAdvice("board.advice.move",
                            List.of(model.title(a.proposal()), Wording.signed(a.scoreDelta())))));
            for (Alternative a : ex.alternatives()) {
                // A chosen team refused only because it is full: one more seat would take them.
                if (a.rank() >= 0 && a.retained() && a.blockedBy().equals(List.of("H2"))) {
                    var proposal = model.proposal(a.proposal());
                    out.add(new UnassignedAdvice("board.advice.enlarge",
                            List.of(model.title(a.proposal()), proposal.maxSize() + 1)));
                    break;
                }
            }
        }
        if (model.settings().onlyChosenProjects()) {
            out.add(new UnassignedAdvice("board.advice.allowOutside", List.of()));
        }
        out.add(new UnassignedAdvice("board.advice.pin", List.of()));
        return out;
    }
}
