package dev.steadfast.heom;

import java.util.List;

/**
 * The Drude–Lorentz (overdamped Brownian) spectral density {@code J(ω) = 2λγω/(ω² + γ²)}, the
 * convention of QuTiP's {@code DrudeLorentzBath}: λ is the reorganisation energy, γ the cut-off.
 * Its pole at {@code ω = −iγ} gives one term of rate γ with {@code c = λγ cot(βγ/2)} in the real
 * part and {@code c' = −λγ} in the imaginary part of C(t).
 *
 * @param lambda reorganisation energy λ > 0
 * @param gamma  cut-off γ > 0
 */
public record DrudeLorentzSpectrum(double lambda, double gamma) implements BathSpectrum {

    public DrudeLorentzSpectrum {
        if (!(lambda > 0) || !(gamma > 0) || !Double.isFinite(lambda) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("a Drude-Lorentz spectrum needs lambda > 0 and gamma > 0, got lambda = "
                    + lambda + ", gamma = " + gamma);
        }
    }

    @Override
    public List<BathExponent> principalTerms(double beta) {
        Complex rate = Complex.real(gamma);
        return List.of(new BathExponent(BathExponent.Kind.R, Complex.real(lambda * gamma / Math.tan(beta * gamma / 2)),
                        Complex.ZERO, rate),
                new BathExponent(BathExponent.Kind.I, Complex.real(-lambda * gamma), Complex.ZERO, rate));
    }

    @Override
    public double onImaginaryAxis(double nu) {
        return 2 * lambda * gamma * nu / (gamma * gamma - nu * nu);
    }

    @Override
    public double density(double omega) {
        return 2 * lambda * gamma * omega / (omega * omega + gamma * gamma);
    }

    @Override
    public double reorganisationEnergy() {
        return lambda;
    }
}
