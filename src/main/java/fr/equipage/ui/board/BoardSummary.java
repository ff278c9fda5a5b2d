package fr.equipage.ui.board;

import fr.equipage.engine.CpSat;
import fr.equipage.model.Violation;
import fr.equipage.ui.framework.I18n;
import java.util.List;

/**
 * The lines under the board's title: the score, whether every rule holds (and how far from the
 * best possible the plan may be), and what the organiser can do next. JavaFX-free, so that the
 * claims the room reads are tested directly.
 */
record BoardSummary(String score, String feasibility, Status status, String hint) {
    enum Status { NONE, OK, BROKEN }

    static BoardSummary of(BoardModel model, I18n i18n, Wording words) {
        if (!model.isLoaded()) {
            return new BoardSummary("", "", Status.NONE, "");
        }
        var ev = model.evaluation();
        if (ev == null) {
            // The empty board says what to do, in large: no hint line.
            return new BoardSummary(i18n.format("board.summary.noPlan", model.instance().participants().size(),
                    model.instance().proposals().size()), "", Status.NONE, "");
        }
        String score = i18n.format("board.summary", ev.score().total(), ev.teams().size(), model.unassigned().size());
        String hint = solverLine(model, i18n) + i18n.get("board.hint.edit");
        if (!ev.feasible()) {
            List<Violation> vs = ev.violations();
            return new BoardSummary(score, i18n.format("board.infeasible", vs.size(), words.violation(vs.get(0))),
                    Status.BROKEN, hint);
        }
        Long b = model.bound();
        String feasibility = b != null && ev.score().total() >= b ? i18n.get("board.feasible.optimal")
                : b != null ? i18n.format("board.feasible.gap", b, Gap.percent(ev.score().total(), b))
                : model.boundOutdated() ? i18n.get("board.feasible.outdated")
                : i18n.get("board.feasible");
        return new BoardSummary(score, feasibility, Status.OK, hint);
    }

    /**
     * Which solver computed the plan, once the engine ran here: never a silent fall-back to the
     * heuristic when OR-Tools' native library is missing (the library is loaded by then).
     */
    private static String solverLine(BoardModel model, I18n i18n) {
        if (!model.optimisedHere()) {
            return "";
        }
        String solver = CpSat.solver().format(i18n.locale());
        return i18n.format(CpSat.available() ? "board.solver.exact" : "board.solver.heuristic", solver) + " ";
    }

    /** The line beside the progress bar while the engine works: best score, bound, gap, time. */
    static String progress(OptimiseRunner.Progress p, I18n i18n) {
        if (p == null) {
            return i18n.get("board.progress.starting");
        }
        if (p.best() == null) {
            return i18n.format("board.progress.searching", p.elapsedMillis() / 1000.0);
        }
        if (p.bound() == null) {
            return i18n.format("board.progress.noBound", p.best(), p.elapsedMillis() / 1000.0);
        }
        return i18n.format("board.progress", p.best(), p.bound(), Gap.percent(p.best(), p.bound()),
                p.elapsedMillis() / 1000.0);
    }
}
