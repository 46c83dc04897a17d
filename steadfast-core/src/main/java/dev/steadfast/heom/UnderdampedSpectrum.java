package dev.steadfast.heom;

import java.util.List;

/**
 * The underdamped Brownian spectral density {@code J(ω) = λ²γω/((ω0² − ω²)² + γ²ω²)}, the
 * convention of QuTiP's {@code UnderDampedBath}: a mode of frequency ω0 damped at rate γ, coupled
 * with strength λ. With {@code Ω = sqrt(ω0² − γ²/4)} and {@code Γ = γ/2}, its poles give the two
 * complex-conjugate terms of rates {@code Γ ∓ iΩ} with {@code c = (λ²/4Ω) coth(β(Ω ± iΓ)/2)} and
 * {@code c' = ±iλ²/4Ω}; they form a conjugate pair of the hierarchy (see {@link Hierarchy}).
 *
 * @param lambda coupling strength λ > 0
 * @param gamma  damping γ, 0 < γ < 2 ω0 (underdamped)
 * @param w0     mode frequency ω0 > 0
 */
public record UnderdampedSpectrum(double lambda, double gamma, double w0) implements BathSpectrum {

    public UnderdampedSpectrum {
        if (!(lambda > 0) || !(gamma > 0) || !(w0 > 0) || !(gamma < 2 * w0)) {
            throw new IllegalArgumentException("an underdamped spectrum needs lambda > 0, w0 > 0 and 0 < gamma < 2 w0, got lambda = "
                    + lambda + ", gamma = " + gamma + ", w0 = " + w0);
        }
    }

    @Override
    public List<BathExponent> principalTerms(double beta) {
        double om = Math.sqrt(w0 * w0 - gamma * gamma / 4);
        double g = gamma / 2;
        double a = lambda * lambda / (4 * om);
        Complex cPlus = Complex.coth(new Complex(beta * om / 2, beta * g / 2)).times(a);
        Complex vMinus = new Complex(g, -om);
        return List.of(new BathExponent(BathExponent.Kind.R, cPlus, Complex.ZERO, vMinus),
                new BathExponent(BathExponent.Kind.R, cPlus.conjugate(), Complex.ZERO, vMinus.conjugate()),
                new BathExponent(BathExponent.Kind.I, new Complex(0, a), Complex.ZERO, vMinus),
                new BathExponent(BathExponent.Kind.I, new Complex(0, -a), Complex.ZERO, vMinus.conjugate()));
    }

    @Override
    public double onImaginaryAxis(double nu) {
        double s = w0 * w0 + nu * nu;
        return lambda * lambda * gamma * nu / (s * s - gamma * gamma * nu * nu);
    }

    @Override
    public double density(double omega) {
        double d = w0 * w0 - omega * omega;
        return lambda * lambda * gamma * omega / (d * d + gamma * gamma * omega * omega);
    }

    @Override
    public double reorganisationEnergy() {
        return lambda * lambda / (2 * w0 * w0);
    }
}
