package dev.steadfast.spectrum;

/**
 * A complex eigenvalue {@code re + i im} of a generator. For a Liouvillian {@code re <= 0}:
 * {@code -re} is a decay rate and {@code im} an oscillation frequency (ħ = 1).
 */
public record Eigenvalue(double re, double im) {
    public double abs() {
        return Math.hypot(re, im);
    }

    @Override
    public String toString() {
        return String.format("%.10g %s %.10gi", re, im < 0 ? "-" : "+", Math.abs(im));
    }
}
