/**
 * Steady states {@code L(rho) = 0, Tr rho = 1} with proof.
 *
 * <p>{@link dev.steadfast.steady.SteadyStates#solve} chooses a route: a direct sparse LU of the
 * bordered generator for small systems, GMRES with the secular preconditioner for large ones, both
 * in a real Hermitian basis and in the charge-neutral sector when an excitation number is
 * conserved. Every unique state returned has passed the checks of a density matrix and of a steady
 * state (trace, Hermiticity, positivity, residual {@code ||L rho||} computed by an independent
 * route); a state that fails one is an error, and a degenerate kernel (dark states, decoherence-free
 * subspaces) is reported as not unique, never answered with one arbitrary member. The
 * {@link dev.steadfast.steady.SteadyStateDiagnostics} say which route and symmetry were used.
 */
package dev.steadfast.steady;
