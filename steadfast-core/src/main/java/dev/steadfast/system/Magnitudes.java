package dev.steadfast.system;

import dev.steadfast.operator.Operator;
import java.util.List;

/**
 * Checks that a master equation's magnitudes are within what double precision resolves, so that
 * no solver is asked a question it cannot answer: every coefficient of H and every channel's
 * strength {@code gamma_k max|L_k|^2} finite, their sum (the generator's scale) finite, and every
 * named bath with a positive rate (all its channels together: a Davies bath is several
 * dissipators of one name, some thermally suppressed) contributing at least {@link #RESOLUTION} of
 * that scale — a weaker one is indistinguishable from zero next to the rest of the generator, and
 * would make a steady state that depends on it look like a dark state.
 */
final class Magnitudes {
    /** Smallest strength of a dissipator relative to the generator's scale. */
    static final double RESOLUTION = 1e-10;

    private Magnitudes() {
    }

    static void check(Operator hamiltonian, List<Dissipator> dissipators, List<List<Jump>> jumps) {
        double h = hamiltonian.maxAbs();
        if (!Double.isFinite(h)) {
            throw new InvalidSystemException("hamiltonian", "a coefficient of H is not a finite number (an overflow?)");
        }
        java.util.Map<String, Double> byName = new java.util.LinkedHashMap<>();
        double scale = h;
        for (int k = 0; k < dissipators.size(); k++) {
            double strength = 0;
            for (Jump j : jumps.get(k)) {
                double m = j.op().maxAbs();
                double s = j.rate() * m * m;
                if (!Double.isFinite(s)) {
                    throw new InvalidSystemException(dissipators.get(k).name(), String.format("the channel's rate %.3g times "
                            + "|L|^2 = %.3g is not a finite number (an overflowing rate, operator or thermal occupation)",
                            j.rate(), m * m));
                }
                strength += s;
            }
            byName.merge(dissipators.get(k).name(), strength, Double::sum);
            scale += strength;
        }
        if (!Double.isFinite(scale)) {
            throw new InvalidSystemException("hamiltonian", "the generator's scale |H| + sum of rate*|L|^2 overflows");
        }
        for (var e : byName.entrySet()) {
            if (e.getValue() > 0 && e.getValue() < RESOLUTION * scale) {
                throw new InvalidSystemException(e.getKey(), String.format("contributes rate*|L|^2 = %.3g, "
                        + "below what double precision resolves next to the generator's scale %.3g (relative %.0e): "
                        + "set its rate to 0, or rescale the model", e.getValue(), scale, RESOLUTION));
            }
        }
    }
}
