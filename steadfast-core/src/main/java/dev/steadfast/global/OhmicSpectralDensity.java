package dev.steadfast.global;

/**
 * An ohmic bath with exponential cutoff, {@code J(w) = alpha w e^{-w/wc}}.
 *
 * <p>Zero frequency: {@code gamma(0) = lim pi J(w)(2n+1) = 2 pi alpha T} (0 at T = 0).
 * Shift at T = 0, in closed form with the exponential integrals (x = |w|/wc):
 * <pre>
 *   S(w) = alpha [ -wc + w e^{-x} Ei(x) ]          w > 0
 *   S(w) = alpha [ -wc + |w| e^{x} E1(x) ]         w &lt; 0
 *   S(0) = -alpha wc
 * </pre>
 * from {@code w'/(w - w') = -1 + w/(w - w')} and {@code P int_0^inf e^{-x/c}/(w - x) dx = e^{-w/c} Ei(w/c)}
 * (w > 0), {@code = -e^{|w|/c} E1(|w|/c)} (w &lt; 0). At T > 0 the Kramers–Kronig integral of gamma is
 * computed numerically ({@link Quadrature#kramersKronig}, absolute tolerance 1e-12 alpha wc).
 */
public record OhmicSpectralDensity(double alpha, double cutoff) implements SpectralDensity {
    public OhmicSpectralDensity {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        }
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be finite and > 0, got " + cutoff);
        }
    }

    @Override
    public double value(double omega) {
        return alpha * omega * Math.exp(-omega / cutoff);
    }

    @Override
    public double zeroFrequencyRate(double temperature) {
        return 2 * Math.PI * alpha * temperature;
    }

    @Override
    public double shift(double omega, double temperature) {
        if (temperature == 0) {
            return zeroTemperatureShift(omega);
        }
        return numericalShift(omega, temperature);
    }

    /** The closed form at T = 0. */
    double zeroTemperatureShift(double omega) {
        if (omega == 0) {
            return -alpha * cutoff;
        }
        double x = Math.abs(omega) / cutoff;
        if (omega > 0) {
            return alpha * (-cutoff + omega * Math.exp(-x) * ExponentialIntegrals.ei(x));
        }
        return alpha * (-cutoff + Math.abs(omega) * Math.exp(x) * ExponentialIntegrals.e1(x));
    }

    /** The Kramers–Kronig integral of gamma, numerically (any temperature). */
    double numericalShift(double omega, double temperature) {
        return Quadrature.kramersKronig(w -> rate(w, temperature), omega, cutoff, 1e-12 * alpha * cutoff);
    }
}
