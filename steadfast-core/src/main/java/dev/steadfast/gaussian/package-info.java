/**
 * Gaussian (continuous-variable) steady states of n bosonic modes without truncation.
 *
 * <p>Conventions, fixed once for the package:
 * <ul>
 *   <li>ħ = k_B = 1; quadratures {@code x_k = (a_k + a_k†)/√2}, {@code p_k = (a_k − a_k†)/(i√2)},
 *       so {@code [x_k, p_k] = i}; they are interleaved, {@code r = (x_1, p_1, ..., x_n, p_n)}, and
 *       {@code [r_i, r_j] = i Ω_ij} with {@code Ω = ⊕_k [[0, 1], [−1, 0]]}.</li>
 *   <li>The covariance matrix is {@code V_ij = ½⟨{Δr_i, Δr_j}⟩}: the vacuum has {@code V = I/2}, a
 *       thermal mode of occupation n̄ has {@code V = (n̄ + ½) I}; a physical state has
 *       {@code V + iΩ/2 ≥ 0}, i.e. every symplectic eigenvalue ν ≥ ½.</li>
 *   <li>A system is {@code H = ½ rᵀ G r + gᵀ r} (constants dropped) with jump operators
 *       {@code L_k = c_kᵀ r} (rates folded into c_k, as {@code γ (L ρ L† − ½{L†L, ρ})}). With
 *       {@code M = Σ_k c_k* c_kᵀ}: drift {@code A = Ω (G + Im M)}, drive {@code b = Ω g}, diffusion
 *       {@code D = Ω Re(M) Ωᵀ}; {@code d⟨r⟩/dt = A⟨r⟩ + b}, {@code dV/dt = A V + V Aᵀ + D}.</li>
 *   <li>Entropies are in bits (log base 2), as the density-matrix measures of steadfast-core.</li>
 * </ul>
 */
package dev.steadfast.gaussian;
