/**
 * Time evolution of open quantum systems: {@code rho(t) = exp(tL) rho0} for a Lindblad (or any
 * Hermiticity-preserving) generator, initial states, and entanglement sudden death/birth analysis.
 *
 * <p>Conventions: ħ = k_B = 1; a jump L at rate g contributes {@code g (L rho L† - 1/2 {L†L, rho})};
 * states are propagated in the real coordinates of the Hermitian operator basis
 * ({@link dev.steadfast.liouville.RealGenerator}); site order is the tensor order; level 0 is the
 * ground state. Entry point: {@link dev.steadfast.dynamics.Evolution}.
 */
package dev.steadfast.dynamics;
