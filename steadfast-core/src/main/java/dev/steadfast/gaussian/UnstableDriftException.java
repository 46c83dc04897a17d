package dev.steadfast.gaussian;

import dev.steadfast.steady.SteadyStateException;

/**
 * A Gaussian system without a steady state: its drift matrix has an eigenvalue with positive real
 * part (e.g. a parametric amplifier above threshold), so amplitudes grow as {@code e^{Re λ t}}
 * and the covariance as {@code e^{2 Re λ t}}.
 */
public final class UnstableDriftException extends SteadyStateException {
    private final double growthRate;

    public UnstableDriftException(double growthRate, double imaginaryPart) {
        super(String.format(java.util.Locale.ROOT, "the Gaussian system is unstable: the drift matrix has an eigenvalue "
                + "%.6g%s%.6gi with positive real part, so amplitudes grow at the rate %.6g (the covariance at twice it) "
                + "and there is no steady state (e.g. a parametric amplifier above threshold: raise the damping or "
                + "lower the gain)", growthRate, imaginaryPart < 0 ? " - " : " + ", Math.abs(imaginaryPart), growthRate));
        this.growthRate = growthRate;
    }

    /** The largest real part of the drift's eigenvalues (> 0). */
    public double growthRate() {
        return growthRate;
    }
}
