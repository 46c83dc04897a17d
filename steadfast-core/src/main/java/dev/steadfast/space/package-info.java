/**
 * Hilbert spaces as ordered lists of sites (qubit, spin-j, d-level, boson with a Fock cutoff).
 *
 * <p>Conventions fixed here for the whole library: ħ = k_B = 1; level 0 is the ground state of
 * every site; the order of the sites is the tensor-product order, the first site being the most
 * significant factor ({@code tensor(a, b) = a ⊗ b}, basis index {@code sum_k l_k stride_k}).
 */
package dev.steadfast.space;
