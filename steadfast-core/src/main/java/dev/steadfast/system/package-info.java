/**
 * Open systems: a Hamiltonian and its dissipators, i.e. the Lindblad master equation
 * {@code d rho/dt = -i[H, rho] + sum_k g_k (L_k rho L_k† - 1/2 {L_k†L_k, rho})}.
 *
 * <p>A thermal bath in the local form adds its lowering operator at rate {@code rate (n+1)} and
 * the raising operator at {@code rate n}, with {@code n = 1/(exp(w/T) - 1)} (0 at T = 0). Every
 * dissipator carries a name, used by per-bath quantities (heat currents). Invalid input (a
 * non-Hermitian H, negative rates or temperatures, a thermal operator that does not lower the
 * excitation, operators of different spaces) throws {@link dev.steadfast.system.InvalidSystemException}
 * naming the term.
 */
package dev.steadfast.system;
