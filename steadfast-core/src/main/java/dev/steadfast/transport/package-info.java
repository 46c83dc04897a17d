/**
 * Fermionic modes for quantum transport.
 *
 * <p>Conventions: ħ = k_B = 1; site order = tensor order; a fermion site has level 0 empty and level 1
 * occupied; {@link dev.steadfast.transport.Fermions} gives the Jordan–Wigner operators
 * {@code c_k = (∏_{j<k fermion} (−1)^{n_j}) ⊗ |0⟩⟨1|_k}, so {@code {c_i, c_j†} = δ_ij} over the fermion
 * sites and fermion operators commute with every other kind of site. Leads are
 * {@link dev.steadfast.system.FermionicLead} dissipators; their currents are in
 * {@link dev.steadfast.measure.HeatCurrents} (sign: into the system from the bath) and their counting
 * statistics in {@code dev.steadfast.counting}.
 */
package dev.steadfast.transport;
