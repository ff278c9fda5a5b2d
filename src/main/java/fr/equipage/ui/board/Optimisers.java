package fr.equipage.ui.board;

/** The optimiser the board uses: the engine's solver. */
final class Optimisers {
    private Optimisers() {
    }

    static PlanOptimiser standard() {
        return new EngineOptimiser();
    }
}
