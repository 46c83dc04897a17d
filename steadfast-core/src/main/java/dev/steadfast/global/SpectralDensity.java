package dev.steadfast.global;

import dev.steadfast.system.ThermalBath;

/**
 * The spectral density J(w) of a bosonic bath coupled to the system through {@code A (x) B},
 * {@code B = sum_k g_k (b_k + b_k†)}, and the rates and shifts derived from it.
 *
 * <p>Normalisation: {@code J(w) = sum_k g_k^2 delta(w - w_k)} (w >= 0). The bath correlation
 * function {@code C(t) = int_0^inf J(w) [(n(w)+1) e^{-iwt} + n(w) e^{iwt}] dw} (Bose occupation
 * n at temperature T) has the one-sided transform
 * {@code Gamma(w) = int_0^inf e^{iwt} C(t) dt = gamma(w)/2 + i S(w)} with the rate
 * <pre>
 *   gamma(w) = 2 pi J(w) (n(w) + 1)      w > 0  (emission: the system loses energy w)
 *   gamma(w) = 2 pi J(|w|) n(|w|)        w &lt; 0  (absorption)
 *   gamma(0) = lim_{w->0+} pi J(w) (2 n(w) + 1)
 * </pre>
 * (detailed balance {@code gamma(-w) = e^{-w/T} gamma(w)}) and the shift
 * {@code S(w) = P int_0^inf J(x) [(n(x)+1)/(w - x) + n(x)/(w + x)] dx = (1/2 pi) P int gamma(x)/(w - x) dx}
 * (Kramers–Kronig). ħ = k_B = 1.
 */
public sealed interface SpectralDensity permits FlatSpectralDensity, OhmicSpectralDensity {

    /** J(w) for w >= 0. */
    double value(double omega);

    /** gamma(0) at the given temperature (may be +infinity: then an w = 0 channel is rejected). */
    double zeroFrequencyRate(double temperature);

    /** The shift S(w) at the given temperature. */
    double shift(double omega, double temperature);

    /** The rate gamma(w) defined above. */
    default double rate(double omega, double temperature) {
        if (omega == 0) {
            return zeroFrequencyRate(temperature);
        }
        double w = Math.abs(omega);
        double n = ThermalBath.boseOccupation(w, temperature);
        return 2 * Math.PI * value(w) * (omega > 0 ? n + 1 : n);
    }
}
