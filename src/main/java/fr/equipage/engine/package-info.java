/**
 * The team engine: the rules and score of {@code shared/spec/team-model.md}, and the solver.
 *
 * <h2>For a teams board (drag and drop)</h2>
 * <ul>
 *   <li>{@link fr.equipage.engine.CompiledInstance#of} once per instance; then
 *       {@link fr.equipage.engine.PlanMapping#toState} (plan → mutable state) or
 *       {@code new ScoreState(compiled)} (empty plan).</li>
 *   <li>{@link fr.equipage.engine.ScoreState#move}, {@code swap}, {@code retain}, {@code drop}: O(1)
 *       re-scoring (≈ 0.2 µs per move at 300 participants); {@code total()}, {@code parts()},
 *       {@code feasible()}, {@code deltaIfMoved(p, t)} for drag previews.</li>
 *   <li>{@link fr.equipage.engine.Scorer#evaluate} → {@link fr.equipage.engine.Evaluation}: violations
 *       (French and English), {@link fr.equipage.engine.RankProfile}, one
 *       {@link fr.equipage.engine.TeamReport} per team; {@link fr.equipage.engine.Scorer#explain} →
 *       {@link fr.equipage.engine.ParticipantExplanation} (holds, alternatives with score change and
 *       the rules a move would break).</li>
 *   <li>{@link fr.equipage.engine.PlanMapping#toPlan} back to a {@link fr.equipage.model.Plan}.</li>
 * </ul>
 *
 * <h2>For "optimise" (progress bar, cancel)</h2>
 * {@link fr.equipage.engine.Solver#solve(fr.equipage.model.Instance, fr.equipage.engine.SolveOptions)}
 * with {@link fr.equipage.engine.SolveOptions} (time limit, seed, {@link fr.equipage.engine.Progress}
 * listener, {@link fr.equipage.engine.CancelToken}) → {@link fr.equipage.engine.SolveResult}: the plan
 * (score computed by the scorer, {@code bound}, {@code optimal}), an
 * {@link fr.equipage.engine.Infeasibility} when no feasible plan was found, and
 * {@link fr.equipage.engine.SolveStats}. Pins are {@code Instance.locks}: to re-optimise around manual
 * changes, add locks with {@code Instance.withLocks} and solve again. To re-optimise from the board,
 * pass it with {@link fr.equipage.engine.SolveOptions#withStart}: the search starts from it and gives
 * up the workshop's stability weight for each person it moves ({@code SolveStats.moved}).
 */
package fr.equipage.engine;
