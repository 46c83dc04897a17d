package dev.steadfast.spectrum;

import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.StateChecks;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The steady-state manifold of a generator and the exact asymptotic state from any initial state.
 *
 * <p>Maths: the zero eigenvalue of a Lindbladian is semisimple, so {@code lim exp(tL)} is the
 * spectral projector {@code P0 = sum_k |rho_k))((J_k|} onto the right kernel {rho_k} along the
 * rest of the spectrum, with the left kernel {J_k} (conserved quantities: {@code Tr(J_k L(X)) = 0}
 * for every X) biorthonormalised so that {@code Tr(J_k† rho_l) = delta_kl}. Hence
 * {@code rho_inf = sum_k Tr(J_k† rho0) rho_k}. In the real Hermitian-basis coordinates
 * ({@link RealGenerator}) the right kernel is {@code M X = 0}; a left null vector w of M is the
 * functional {@code x -> w^T x = Tr(J rho)} with J of coordinates {@code W^{-1} w} (W the metric);
 * biorthonormality is {@code w_k^T x_l = delta_kl}, enforced by replacing the left basis by
 * {@code Wl (X^T Wl)^{-1}}. All J_k and rho_k are Hermitian.
 *
 * <p>Oscillating asymptotics: when L also has nonzero purely imaginary eigenvalues (e.g. a
 * coherence between two dark states of different energy), rho(t) does not converge; rho_inf is
 * then the time average of the asymptotic orbit (the projection onto the kernel), which is what
 * the long-time limit of any time average converges to.
 *
 * <p>Kernels: dense SVD for at most {@link #DENSE_LIMIT} coordinates; above, the kernel dimension is
 * read from the shift-invert spectrum and the kernels are found by block inverse iteration.
 */
public final class SteadyManifold {
    /** Largest number of real coordinates for which the kernels are taken by dense SVD. */
    public static final int DENSE_LIMIT = 1200;
    private static final double RESIDUAL_TOLERANCE = 1e-9;
    private static final double POSITIVITY_TOLERANCE = 1e-8;

    private final RealGenerator generator;
    private final List<double[]> right;
    private final List<double[]> left;
    private final UnaryOperator<CMatrix> action;
    private final String method;

    private SteadyManifold(RealGenerator g, List<double[]> right, List<double[]> left, UnaryOperator<CMatrix> action,
                           String method) {
        this.generator = g;
        this.right = right;
        this.left = biorthonormalise(right, left);
        this.action = action;
        this.method = method;
    }

    /** The manifold of a Lindblad system; residuals are checked with the matrix-free action of L. */
    public static SteadyManifold of(OpenSystem system) {
        Liouvillian l = Liouvillian.of(system);
        return of(RealGenerator.of(system), l::apply, false);
    }

    /** The manifold of any generator; residuals are checked with its own matrix. */
    public static SteadyManifold of(RealGenerator g) {
        return of(g, x -> g.toMatrix(g.apply(g.coordinates(x))), false);
    }

    /** As {@link #of(OpenSystem)}, taking the sparse route whatever the size (for tests). */
    static SteadyManifold sparse(OpenSystem system) {
        Liouvillian l = Liouvillian.of(system);
        return of(RealGenerator.of(system), l::apply, true);
    }

    private static SteadyManifold of(RealGenerator g, UnaryOperator<CMatrix> action, boolean forceSparse) {
        int n = g.size();
        double norm = Math.max(1.0, g.matrix().norm1());
        if (n <= DENSE_LIMIT && !forceSparse) {
            List<List<double[]>> k = KernelBases.dense(g.matrix(), 1e-9);
            return new SteadyManifold(g, k.get(0), k.get(1), action, "dense SVD of the real generator");
        }
        SpectrumOptions opt = SpectrumOptions.defaults().withMethod(SpectrumMethod.SHIFT_INVERT_ARNOLDI);
        LiouvillianSpectrum spec = Spectra.nearestZero(g, 2 * ShiftInvertArnoldi.BLOCK, opt);
        int r = spec.zeroCount();
        if (r == 0 || r >= ShiftInvertArnoldi.BLOCK) {
            throw new ArithmeticException("kernel dimension " + r + " cannot be resolved by the sparse route (block "
                    + ShiftInvertArnoldi.BLOCK + ")");
        }
        double sigma = opt.relativeShift() * norm;
        if (!Double.isNaN(spec.gap()) && spec.gap() > 0) {
            sigma = Math.min(sigma, 1e-2 * spec.gap());
        }
        List<List<double[]>> k = KernelBases.sparse(g.matrix(), r, sigma, 1e-11 * norm);
        return new SteadyManifold(g, k.get(0), k.get(1), action,
                "block inverse iteration with sparse LU (kernel dimension from shift-invert Arnoldi)");
    }

    /** Dimension of the steady-state manifold (number of linearly independent steady operators). */
    public int dimension() {
        return right.size();
    }

    /** A basis {rho_k} of steady Hermitian operators (not normalised as states). */
    public List<CMatrix> stationaryOperators() {
        List<CMatrix> out = new ArrayList<>();
        for (double[] x : right) {
            out.add(generator.toMatrix(x));
        }
        return out;
    }

    /** The conserved quantities J_k, biorthonormal to {@link #stationaryOperators()}: Tr(J_k rho_l) = delta_kl. */
    public List<CMatrix> conservedQuantities() {
        double[] w = generator.metric();
        List<CMatrix> out = new ArrayList<>();
        for (double[] v : left) {
            double[] c = v.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] /= w[i];
            }
            out.add(generator.toMatrix(c));
        }
        return out;
    }

    /**
     * The exact asymptotic state from {@code rho0}, certified: trace equal to Tr rho0 (1e-8),
     * residual {@code ||L rho|| <= 1e-9 max(1, ||M||_1)}, smallest eigenvalue {@code >= -1e-8};
     * a failed check throws {@link SteadyStateException}.
     */
    public AsymptoticState reachedFrom(DensityMatrix rho0) {
        if (!rho0.space().equals(generator.space())) {
            throw new IllegalArgumentException("initial state on " + rho0.space() + " for a generator on " + generator.space());
        }
        double[] x0 = generator.coordinates(rho0.matrix());
        double[] c = new double[left.size()];
        double[] x = new double[x0.length];
        for (int k = 0; k < left.size(); k++) {
            c[k] = ShiftInvertArnoldi.dot(left.get(k), x0);
            ShiftInvertArnoldi.axpy(c[k], right.get(k), x);
        }
        CMatrix rho = generator.toMatrix(x);
        double residual = action.apply(rho).frobeniusNorm();
        double trace = rho.traceRe();
        double minEig = StateChecks.minEigenvalue(rho);
        double scale = Math.max(1.0, generator.matrix().norm1());
        if (!(Math.abs(trace - rho0.trace()) < 1e-8)) {
            throw new SteadyStateException("asymptotic state has trace " + trace + " but the initial state " + rho0.trace());
        }
        if (!(residual <= RESIDUAL_TOLERANCE * scale)) {
            throw new SteadyStateException(String.format("asymptotic state residual ||L rho|| = %.3g exceeds %.3g",
                    residual, RESIDUAL_TOLERANCE * scale));
        }
        if (!(minEig >= -POSITIVITY_TOLERANCE)) {
            throw new SteadyStateException(String.format("asymptotic state is not positive: smallest eigenvalue %.3g", minEig));
        }
        return new AsymptoticState(new DensityMatrix(rho0.space(), rho), right.size(), c, residual, trace,
                rho.hermiticityError(), minEig, method);
    }

    /** Convenience: {@code SteadyManifold.of(system).reachedFrom(rho0)}. */
    public static AsymptoticState steadyStateFrom(OpenSystem system, DensityMatrix rho0) {
        return of(system).reachedFrom(rho0);
    }

    /** Wl (X^T Wl)^{-1}, so that the new left vectors satisfy w_k^T x_l = delta_kl. */
    private static List<double[]> biorthonormalise(List<double[]> right, List<double[]> left) {
        int r = right.size();
        if (left.size() != r) {
            throw new ArithmeticException("left and right kernels differ in dimension: " + left.size() + " vs " + r);
        }
        if (r == 0) {
            throw new ArithmeticException("the generator has no steady state (empty kernel)");
        }
        // B_kl = w_k . x_l; the new left vectors W' = W C need C^T B = I, i.e. C = B^{-T}
        org.ejml.data.DMatrixRMaj b = new org.ejml.data.DMatrixRMaj(r, r);
        for (int k = 0; k < r; k++) {
            for (int l = 0; l < r; l++) {
                b.set(k, l, ShiftInvertArnoldi.dot(left.get(k), right.get(l)));
            }
        }
        org.ejml.data.DMatrixRMaj inv = new org.ejml.data.DMatrixRMaj(r, r);
        if (!org.ejml.dense.row.CommonOps_DDRM.invert(b, inv)) {
            throw new ArithmeticException("left and right kernels are not biorthogonalisable (defective zero eigenvalue?)");
        }
        List<double[]> out = new ArrayList<>();
        int n = left.get(0).length;
        for (int k = 0; k < r; k++) {
            double[] w = new double[n];
            for (int j = 0; j < r; j++) {
                // C_{jk} = (B^{-T})_{jk} = inv(k, j)
                ShiftInvertArnoldi.axpy(inv.get(k, j), left.get(j), w);
            }
            out.add(w);
        }
        return out;
    }
}
