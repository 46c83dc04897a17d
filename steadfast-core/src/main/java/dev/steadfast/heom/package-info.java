/**
 * Hierarchical equations of motion (HEOM) for systems coupled to bosonic baths beyond weak
 * coupling and the Markov approximation, in the convention of QuTiP 4.7's
 * {@code qutip.nonmarkov.heom} (so that results at equal truncation agree with it).
 *
 * <p>Conventions: ħ = k_B = 1. A bath couples through {@code H_I = Q ⊗ Σ_j c_j (b_j + b_j†)}; its
 * spectral density J(ω) is normalised so that
 * {@code C(t) = (1/π) ∫_0^∞ dω J(ω) [coth(βω/2) cos ωt − i sin ωt]} (Drude–Lorentz
 * {@code J = 2λγω/(ω² + γ²)}, λ the reorganisation energy; underdamped
 * {@code J = λ²γω/((ω0² − ω²)² + γ²ω²)}). Note the factor: the Davies emission rate in this
 * normalisation is {@code 2 J(ω)(n(ω) + 1)}, while {@code dev.steadfast.global} writes
 * {@code 2π J(ω)(n + 1)} for its own J.
 *
 * <p>Pieces: {@link dev.steadfast.heom.BathSpectrum} and {@link dev.steadfast.heom.PadePoles} give
 * the exponents {@link dev.steadfast.heom.BathExponent}; {@link dev.steadfast.heom.HeomSystem}
 * holds H, Lindblad jumps, {@link dev.steadfast.heom.HeomBath}s and the depth, and applies the
 * equations matrix-free; {@link dev.steadfast.heom.HeomGenerator} is their real matrix for the one
 * steady-state pipeline ({@code SteadyStates.solve}); {@link dev.steadfast.heom.HeatCurrents} and
 * {@link dev.steadfast.heom.HeomConvergence} read the result.
 */
package dev.steadfast.heom;
