package dev.steadfast.spectrum;

import java.util.ArrayList;
import java.util.List;

/** The accuracy of each eigenpair of one block ({@link Spectra}): by residual, and defective splits found. */
final class PairAccuracies {
    private PairAccuracies() {
    }

    /**
     * The accuracy of each pair of one block: by its residual, and {@link Accuracy.IllConditioned}
     * when a pair with a small residual shares its eigenvector (|cos| above 1 - 1e-6) with another
     * computed eigenvalue farther than {@code tol * norm} from it: a defective eigenvalue split by
     * rounding (equal eigenvalues with equal vectors, as inverse iteration gives for a semisimple
     * multiple eigenvalue, are not flagged).
     */
    static List<Accuracy> of(List<Eigenpair> pairs, double tol, double norm) {
        List<Accuracy> out = new ArrayList<>();
        for (Eigenpair a : pairs) {
            double spread = 0;
            if (a.residual() <= tol) {
                for (Eigenpair b : pairs) {
                    double d = Math.hypot(a.re() - b.re(), a.im() - b.im());
                    if (b != a && d > tol * norm && d <= 1e-3 * Math.max(1, Math.hypot(a.re(), a.im()))
                            && cosine(a, b) > 1 - 1e-6) {
                        spread = Math.max(spread, d);
                    }
                }
            }
            out.add(spread > 0 ? new Accuracy.IllConditioned(a.residual(), tol, spread) : Accuracy.of(a.residual(), tol));
        }
        return out;
    }

    /** |x^H y| / (||x|| ||y||) of the complex eigenvectors. */
    private static double cosine(Eigenpair a, Eigenpair b) {
        double re = 0;
        double im = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.xr().length; i++) {
            re += a.xr()[i] * b.xr()[i] + a.xi()[i] * b.xi()[i];
            im += a.xr()[i] * b.xi()[i] - a.xi()[i] * b.xr()[i];
            na += a.xr()[i] * a.xr()[i] + a.xi()[i] * a.xi()[i];
            nb += b.xr()[i] * b.xr()[i] + b.xi()[i] * b.xi()[i];
        }
        return Math.hypot(re, im) / Math.sqrt(na * nb);
    }
}
