package dev.steadfast.spectrum;

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
 * @param eigenvalues    sorted by |Re lambda|, then by |Im lambda|, then Im descending
 * @param zeroCount      number of zero eigenvalues
 * @param gap            smallest nonzero |Re lambda| (NaN when every computed eigenvalue is zero)
 * @param relaxationTime 1/gap
 * @param zeroTolerance  the absolute threshold used for "zero"
 * @param method         the route taken
 * @param krylovDimension Krylov dimension used (0 for the dense route)
 * @param maxResidual    largest relative Ritz residual among the kept eigenvalues (0 for dense)
 */
public record LiouvillianSpectrum(List<Eigenvalue> eigenvalues, int zeroCount, double gap, double relaxationTime,
                                  double zeroTolerance, SpectrumMethod method, int krylovDimension, double maxResidual) {

    static LiouvillianSpectrum of(List<Eigenvalue> values, double zeroTol, SpectrumMethod method, int krylov, double res) {
        List<Eigenvalue> sorted = new java.util.ArrayList<>(values);
        sorted.sort((a, b) -> {
            int c = Double.compare(Math.abs(a.re()), Math.abs(b.re()));
            if (c != 0) {
                return c;
            }
            c = Double.compare(Math.abs(a.im()), Math.abs(b.im()));
            return c != 0 ? c : Double.compare(b.im(), a.im());
        });
        int zeros = 0;
        double gap = Double.NaN;
        for (Eigenvalue e : sorted) {
            if (e.abs() <= zeroTol) {
                zeros++;
            } else {
                double r = Math.abs(e.re()) <= zeroTol ? 0 : Math.abs(e.re());
                gap = Double.isNaN(gap) ? r : Math.min(gap, r);
            }
        }
        return new LiouvillianSpectrum(List.copyOf(sorted), zeros, gap, 1 / gap, zeroTol, method, krylov, res);
    }
}
