package dev.steadfast.spectrum;

import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Entry point for Liouvillian spectra: {@code Spectra.nearestZero(system, k)} returns the k
 * eigenvalues of L nearest zero (in modulus) with the steady-state manifold dimension, the
 * spectral gap and the relaxation time ({@link LiouvillianSpectrum}).
 *
 * <p>The generator is the real matrix M of L in the Hermitian operator basis
 * ({@link RealGenerator}); its spectrum is that of L. Routes ({@link SpectrumMethod}): dense
 * (EJML eigenvalues of the full real matrix; d^2 up to about a thousand) or shift-invert band
 * Arnoldi with {@code sigma = relativeShift * ||M||_1 > 0} ({@link ShiftInvertArnoldi}).
 */
public final class Spectra {
    private Spectra() {
    }

    public static LiouvillianSpectrum nearestZero(OpenSystem system, int k) {
        return nearestZero(RealGenerator.of(system), k, SpectrumOptions.defaults());
    }

    public static LiouvillianSpectrum nearestZero(RealGenerator g, int k, SpectrumOptions options) {
        return nearestZero(g.matrix(), k, options);
    }

    /**
     * The k eigenvalues nearest zero of any real generator matrix (e.g. a permutation-invariant
     * ensemble's, {@code dev.steadfast.ensemble.EnsembleGenerator}).
     */
    public static LiouvillianSpectrum nearestZero(RealCsc m, int k, SpectrumOptions options) {
        if (k < 1) {
            throw new IllegalArgumentException("ask for at least one eigenvalue, got k = " + k);
        }
        int n = m.cols();
        int kk = Math.min(k, n);
        double norm = Math.max(1.0, m.norm1());
        if (!Double.isFinite(norm)) {
            throw new dev.steadfast.steady.SteadyStateException("the generator has entries that are not finite numbers "
                    + "(an overflowing rate, coupling or occupation); rescale the model");
        }
        double zeroTol = options.relativeZeroTolerance() * norm;
        SpectrumMethod method = options.method();
        if (method == SpectrumMethod.AUTO) {
            method = n <= options.denseLimit() || kk >= n - 1 ? SpectrumMethod.DENSE : SpectrumMethod.SHIFT_INVERT_ARNOLDI;
        }
        if (method == SpectrumMethod.DENSE) {
            return LiouvillianSpectrum.of(dense(m, kk), zeroTol, method, 0, 0);
        }
        ShiftInvertArnoldi.Result r = ShiftInvertArnoldi.compute(m, kk, options.relativeShift() * norm,
                options.tolerance(), options.maxKrylovDimension());
        return LiouvillianSpectrum.of(r.values(), zeroTol, method, r.krylovDimension(), r.maxResidual());
    }

    /** The k eigenvalues of the dense matrix nearest zero. */
    static List<Eigenvalue> dense(RealCsc m, int k) {
        int n = m.cols();
        if (n > 4000) {
            throw new IllegalArgumentException("the dense route is for small generators; " + n + " coordinates is too many");
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(new DMatrixRMaj(m.toDense()))) {
            throw new ArithmeticException("dense eigendecomposition failed");
        }
        List<Eigenvalue> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Eigenvalue(eig.getEigenvalue(i).real, eig.getEigenvalue(i).imaginary));
        }
        all.sort((a, b) -> Double.compare(a.abs(), b.abs()));
        return all.subList(0, k);
    }
}
