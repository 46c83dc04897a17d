package dev.steadfast.spectrum;

import java.util.ArrayList;
import java.util.List;

/**
 * The eigenvalues of a generator nearest zero, with the quantities read from them.
 *
 * <p>Definitions: an eigenvalue is zero when {@code |lambda| <= zeroTolerance}; {@code zeroCount}
 * is their number, the dimension of the steady-state manifold (saturates at the number computed).
 * The spectral gap is the smallest {@code |Re lambda|} among the computed nonzero eigenvalues, and
 * the relaxation time is {@code 1/gap} (infinite when a nonzero eigenvalue is purely imaginary:
 * undamped oscillations). Both refer to the computed eigenvalues only, which are the ones nearest
 * zero in modulus; an eigenvalue with small real part but a large imaginary part could lie
 * outside them.
 *
 * @param computed       the eigenvalues with their sector and true residual, sorted by |Re lambda|,
 *                       then by |Im lambda| (parts below the zero tolerance count as 0), then Im
 *                       descending
 * @param zeroCount      number of zero eigenvalues
 * @param gap            smallest nonzero |Re lambda| (NaN when every computed eigenvalue is zero)
 * @param relaxationTime 1/gap
 * @param zeroTolerance  the absolute threshold used for "zero"
 * @param method         the route taken (of the largest block when L was split by charge difference)
 * @param krylovDimension largest Krylov dimension used (0 when every block took the dense route)
 * @param restarts       thick restarts of the Arnoldi iteration, summed over blocks
 * @param sectors        number of charge-difference blocks computed (1: not split)
 */
public record LiouvillianSpectrum(List<ComputedEigenvalue> computed, int zeroCount, double gap, double relaxationTime,
                                  double zeroTolerance, SpectrumMethod method, int krylovDimension, int restarts,
                                  int sectors) {

    /** The eigenvalues alone, in the order of {@link #computed}. */
    public List<Eigenvalue> eigenvalues() {
        List<Eigenvalue> out = new ArrayList<>(computed.size());
        for (ComputedEigenvalue c : computed) {
            out.add(c.value());
        }
        return out;
    }

    /** The largest true relative residual among the computed pairs. */
    public double maxResidual() {
        double r = 0;
        for (ComputedEigenvalue c : computed) {
            r = Math.max(r, c.accuracy().residual());
        }
        return r;
    }

    /** How many computed pairs are above the residual tolerance ({@link Accuracy.Unconverged}). */
    public int unconvergedCount() {
        return count(Accuracy.Unconverged.class);
    }

    /** How many computed pairs are (nearly) defective eigenvalues ({@link Accuracy.IllConditioned}). */
    public int illConditionedCount() {
        return count(Accuracy.IllConditioned.class);
    }

    private int count(Class<? extends Accuracy> kind) {
        int u = 0;
        for (ComputedEigenvalue c : computed) {
            if (kind.isInstance(c.accuracy())) {
                u++;
            }
        }
        return u;
    }

    private static double noiseless(double x, double zeroTol) {
        return Math.abs(x) <= zeroTol ? 0 : Math.abs(x);
    }

    static LiouvillianSpectrum of(List<ComputedEigenvalue> values, double zeroTol, SpectrumMethod method, int krylov,
                                  int restarts, int sectors) {
        List<ComputedEigenvalue> sorted = new ArrayList<>(values);
        sorted.sort((x, y) -> {
            Eigenvalue a = x.value();
            Eigenvalue b = y.value();
            // rounding noise below the zero tolerance does not order
            int c = Double.compare(noiseless(a.re(), zeroTol), noiseless(b.re(), zeroTol));
            if (c != 0) {
                return c;
            }
            c = Double.compare(noiseless(a.im(), zeroTol), noiseless(b.im(), zeroTol));
            return c != 0 ? c : Double.compare(b.im(), a.im());
        });
        int zeros = 0;
        double gap = Double.NaN;
        for (ComputedEigenvalue ce : sorted) {
            Eigenvalue e = ce.value();
            if (e.abs() <= zeroTol) {
                zeros++;
            } else {
                double r = Math.abs(e.re()) <= zeroTol ? 0 : Math.abs(e.re());
                gap = Double.isNaN(gap) ? r : Math.min(gap, r);
            }
        }
        return new LiouvillianSpectrum(List.copyOf(sorted), zeros, gap, 1 / gap, zeroTol, method, krylov, restarts, sectors);
    }
}
