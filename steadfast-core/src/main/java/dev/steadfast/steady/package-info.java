/**
 * Steady states {@code G(rho) = 0, Tr rho = 1} with proof: the one place a steady state is solved.
 *
 * <p>{@link dev.steadfast.steady.SteadyStates#solve(dev.steadfast.liouville.Generator, SteadyStateOptions)}
 * takes any {@link dev.steadfast.liouville.Generator} (Lindblad in full space or a charge sector,
 * permutation-invariant ensembles, Bloch–Redfield) and a route ({@link dev.steadfast.steady.SteadyStateMethod}):
 * the LU of the bordered generator ({@code DirectRoute}), preconditioned GMRES with a uniqueness
 * probe ({@code IterativeRoute}), or AUTO, the cheaper by estimated cost ({@code RouteChoice}).
 * Every unique state returned has passed {@link dev.steadfast.steady.Certification} (trace,
 * Hermiticity, residual by the generator's matrix-free action, positivity where the theory
 * guarantees it); a degenerate kernel (dark states, decoherence-free subspaces) is a
 * {@link dev.steadfast.steady.SteadyState.NotUnique} result, never an exception and never one
 * arbitrary member. Results are sealed and typed ({@link dev.steadfast.steady.Certificate},
 * {@link dev.steadfast.steady.Route}, {@link dev.steadfast.steady.Kernel},
 * {@link dev.steadfast.steady.Cost}); their sentences are for display only. Every limit and
 * tolerance is in {@link dev.steadfast.steady.SteadyStateOptions}.
 */
package dev.steadfast.steady;
