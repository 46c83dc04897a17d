package dev.steadfast.global;

/**
 * A flat (white-noise) bath parameterised by its rate: {@code J(w) = rate / (2 pi)}, so that
 * {@code gamma(w) = rate (n(w) + 1)} for emission and {@code rate n(|w|)} for absorption. With
 * this choice a qubit {@code (w/2) sz} coupled through {@code sx} has exactly the local
 * {@link dev.steadfast.system.ThermalBath} with the same rate.
 *
 * <p>Zero frequency: {@code gamma(0) = lim pi J (2n + 1)} is {@code rate/2} at T = 0 and diverges
 * at T > 0 (a flat bath gives infinite pure dephasing); a coupling with a nonzero w = 0 part is
 * then rejected. Shift: the principal-value integral of a flat J diverges logarithmically; the
 * shift is taken as renormalised into H, {@code S(w) = 0}.
 */
public record FlatSpectralDensity(double rate) implements SpectralDensity {
    public FlatSpectralDensity {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be finite and >= 0, got " + rate);
        }
    }

    @Override
    public double value(double omega) {
        return rate / (2 * Math.PI);
    }

    @Override
    public double zeroFrequencyRate(double temperature) {
        return temperature == 0 ? rate / 2 : (rate == 0 ? 0 : Double.POSITIVE_INFINITY);
    }

    @Override
    public double shift(double omega, double temperature) {
        return 0;
    }
}
