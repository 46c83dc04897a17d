/**
 * Permutation-invariant ensembles of N identical qubits, solved in the Dicke basis with
 * polynomially many unknowns instead of 4^N.
 *
 * <h2>Representation</h2>
 * Schur–Weyl duality splits the N-qubit space into {@code ⊕_j V_j ⊗ K_j}: V_j the spin-j irrep
 * of the collective spin {@code J = Σ_i σ_i/2} (dimension 2j+1) and K_j the S_N irrep of
 * dimension {@code d_j = N!(2j+1)/((N/2+j+1)!(N/2-j)!)}, for j = N/2, N/2-1, ..., 0 or 1/2. A
 * permutation-invariant state is {@code ρ = ⊕_j ρ_j ⊗ 1_{d_j}}. This package stores the
 * <em>sector blocks</em> {@code σ_j = d_j ρ_j} ((2j+1) x (2j+1), Hermitian, PSD): then
 * {@code Σ_j Tr σ_j = Tr ρ = 1}, {@code Tr σ_j} is the probability of total spin j and
 * {@code <O> = Σ_j Tr(O_j σ_j)} for a collective operator O. This normalisation keeps every
 * number of order one (d_j reaches 10^28 at N = 100) and makes the trace functional a row of ones.
 * Unknowns: {@code Σ_j (2j+1)^2 = C(N+3, 3)} real numbers.
 *
 * <h2>Conventions</h2>
 * ħ = 1; a jump L at rate γ contributes {@code γ(LρL† - ½{L†L, ρ})}. Qubit level 0 is the
 * ground state, {@code sz = |1><1| - |0><0|}, {@code sp = |1><0|}, {@code sm = |0><1|}.
 * Collective operators: {@code jz = Σ sz_i/2}, {@code jp = Σ sp_i}, {@code jm = Σ sm_i},
 * {@code jx = (jp + jm)/2}, {@code jy = -i(jp - jm)/2}. Within block j, level k = 0..2j is the
 * Dicke state {@code |j, m = k - j>} (level 0 = m = -j, the block's lowest state; for j = N/2 it
 * is all qubits in the ground state), with {@code jp|j,m> = sqrt(j(j+1) - m(m+1)) |j,m+1>}
 * (Condon–Shortley), exactly as {@link dev.steadfast.operator.LocalOperators#jp} for a spin site.
 * Local rates are per member: {@link LocalProcess#EMISSION} at rate γ is {@code γ Σ_i D[sm_i]},
 * {@link LocalProcess#PUMPING} {@code γ Σ_i D[sp_i]}, {@link LocalProcess#DEPHASING}
 * {@code γ Σ_i (sz_i ρ sz_i - ρ)}.
 *
 * <h2>Relation to QuTiP PIQS</h2>
 * PIQS ({@code qutip.piqs.Dicke}; Shammah et al., PRA 98, 063815 (2018)) writes
 * {@code (γ/2) L_A} with {@code L_A = 2AρA† - A†Aρ - ρA†A} and {@code J_{z,n} = σ_{z,n}/2},
 * {@code J_{±,n} = σ_{±,n}}. Hence PIQS {@code emission}, {@code pumping} and
 * {@code collective_emission} are our rates unchanged, while PIQS {@code dephasing = γ_D} is
 * our local dephasing rate {@code γ_D/4} (checked numerically against the full 2^N space).
 */
package dev.steadfast.ensemble;
