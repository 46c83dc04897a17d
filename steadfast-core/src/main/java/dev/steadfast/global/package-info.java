/**
 * Global master equations for systems weakly coupled to thermal baths through Hermitian operators:
 * the secular Davies (Lindblad) form and the non-secular Bloch–Redfield form with its
 * principal-value (Lamb-shift) part. Entry point: {@link dev.steadfast.global.GlobalMasterEquation}.
 *
 * <p>Normalisation ({@link dev.steadfast.global.SpectralDensity}): {@code J(w) = sum_k g_k^2 delta(w - w_k)}
 * for the coupling {@code A (x) sum_k g_k (b_k + b_k†)}; emission rate {@code gamma(w) = 2 pi J(w)(n(w)+1)},
 * absorption {@code 2 pi J(w) n(w)}; a flat bath is parameterised by its rate k, {@code J = k/(2 pi)}, so a
 * qubit coupled through sx reproduces the local {@link dev.steadfast.system.ThermalBath} with rate k.
 * ħ = k_B = 1.
 */
package dev.steadfast.global;
