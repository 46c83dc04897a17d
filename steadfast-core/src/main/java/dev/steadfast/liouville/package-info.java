/**
 * The Liouvillian: one generator, many consumers.
 *
 * <p>Column-stacking vectorisation, {@code vec(rho)[i + j d] = rho_ij}, so that
 * {@code vec(A X B) = (B^T ⊗ A) vec X}. {@link dev.steadfast.liouville.Liouvillian} holds the
 * terms (effective Hamiltonian and scaled jumps) and applies L matrix-free;
 * {@link dev.steadfast.liouville.HermitianAssembler} writes L as a real sparse matrix in the
 * coordinates of Hermitian operators ({@link dev.steadfast.liouville.HermitianBasis}), optionally
 * restricted to the charge-neutral sector of a conserved excitation number
 * ({@link dev.steadfast.liouville.ChargeSymmetry}); {@link dev.steadfast.liouville.SecularPreconditioner}
 * approximates the inverse of L through its secular (Pauli) form in the eigenbasis of H.
 *
 * <p>{@link dev.steadfast.liouville.Generator} is the abstraction every steady-state, manifold and
 * spectrum consumer works with: a real matrix in Hermitian coordinates with its trace functional,
 * a matrix-free residual, a map back to states, a preconditioner and its symmetry.
 * {@link dev.steadfast.liouville.LindbladGenerator} implements it for Lindblad systems;
 * {@link dev.steadfast.liouville.RealGenerator} is the full-basis real matrix that dynamics and
 * spectra use.
 */
package dev.steadfast.liouville;
