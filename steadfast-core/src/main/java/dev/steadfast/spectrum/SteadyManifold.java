package dev.steadfast.spectrum;

import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.Certificate;
import dev.steadfast.steady.Certification;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steady-state manifold of any {@link Generator} and the exact asymptotic state from any
 * initial state.
 *
 * <p>Maths: the zero eigenvalue of a Lindbladian is semisimple, so {@code lim exp(tL)} is the
 * spectral projector {@code P0 = sum_k |rho_k))((J_k|} onto the right kernel {rho_k} along the
 * rest of the spectrum, with the left kernel {J_k} (conserved quantities: {@code Tr(J_k L(X)) = 0}
 * for every X) biorthonormalised so that {@code Tr(J_k† rho_l) = delta_kl}. Hence
 * {@code rho_inf = sum_k Tr(J_k† rho0) rho_k}. In the generator's real coordinates the right
 * kernel is {@code M X = 0}; a left null vector w of M is the functional
 * {@code x -> w^T x = Tr(J rho)}, J having coordinates {@code W^{-1} w} with W the Hilbert–Schmidt
 * metric (1 on diagonal coordinates, 2 on the Re/Im pairs); biorthonormality is
 * {@code w_k^T x_l = delta_kl}. No metric is needed for rho_inf itself: {@code x_inf = sum_k
 * (w_k^T x0) x_k}.
 *
 * <p>Oscillating asymptotics: when L also has nonzero purely imaginary eigenvalues (e.g. a
 * coherence between two dark states of different energy), rho(t) does not converge; rho_inf is
 * then the time average of the asymptotic orbit (the projection onto the kernel).
 *
 * <p>Symmetry: a generator restricted to a sector (the charge-neutral sector of a conserved
 * excitation number, an ensemble's populations) gives the exact answer for every initial state
 * inside that sector, because the dynamics never leaves it; {@link #steadyStateFrom} uses the
 * sector when the initial state lies in it and all coordinates otherwise.
 *
 * <p>Kernels: dense SVD for at most {@link SteadyStateOptions.Limits#kernelSvdUnknowns()} coordinates; above, the kernel dimension is
 * read from the shift-invert spectrum and the kernels are found by block inverse iteration. The
 * reached state is certified like every steady state ({@link Certification}: trace equal to
 * Tr rho0, Hermiticity, residual by the generator's matrix-free action, positivity).
 *
 * @param <S> the state type
 */
public final class SteadyManifold<S> {
    private final Generator<S> generator;
    private final List<double[]> right;
    private final List<double[]> left;
    private final String method;
    private final SteadyStateOptions options;

    private SteadyManifold(Generator<S> g, List<List<double[]>> kernels, String method, SteadyStateOptions options) {
        this.generator = g;
        this.options = options;
        this.right = kernels.get(0);
        this.left = Biorthonormal.left(kernels.get(0), kernels.get(1));
        this.method = method;
    }

    /** The manifold of a generator, with the default options. */
    public static <S> SteadyManifold<S> of(Generator<S> g) {
        return of(g, SteadyStateOptions.defaults());
    }

    /**
     * The manifold of a generator: kernels by dense SVD up to
     * {@link SteadyStateOptions.Limits#kernelSvdUnknowns()} coordinates (singular values below
     * {@link SteadyStateOptions.Tolerances#kernel()} times the largest), the reached states certified
     * with these options.
     */
    public static <S> SteadyManifold<S> of(Generator<S> g, SteadyStateOptions options) {
        return of(g, options, false);
    }

    /** The manifold of a Lindblad system in all d^2 coordinates. */
    public static SteadyManifold<DensityMatrix> of(OpenSystem system) {
        return of(LindbladGenerator.full(system));
    }

    /** As {@link #of(OpenSystem)}, taking the sparse route whatever the size (for tests). */
    static SteadyManifold<DensityMatrix> sparse(OpenSystem system) {
        return of(LindbladGenerator.full(system), SteadyStateOptions.defaults(), true);
    }

    private static <S> SteadyManifold<S> of(Generator<S> g, SteadyStateOptions options, boolean forceSparse) {
        RealCsc m = g.matrix();
        int n = g.size();
        double norm = Math.max(1.0, m.norm1());
        if (n <= options.limits().kernelSvdUnknowns() && !forceSparse) {
            return new SteadyManifold<>(g, KernelBases.dense(m, options.tolerances().kernel()), "dense SVD of the real generator",
                    options);
        }
        SpectrumOptions opt = SpectrumOptions.defaults().withMethod(SpectrumMethod.SHIFT_INVERT_ARNOLDI);
        LiouvillianSpectrum spec = Spectra.nearestZero(m, 2 * ShiftInvertArnoldi.BLOCK, opt);
        // the count needs the pairs near zero only (a defective eigenvalue elsewhere has a residual ~ eps^(1/m))
        for (ComputedEigenvalue c : spec.computed()) {
            if (!c.converged() && c.value().abs() <= Math.max(1e-6 * norm, 1e3 * spec.zeroTolerance())) {
                throw new ArithmeticException(String.format("shift-invert Arnoldi did not converge near zero: eigenvalue %s "
                        + "has true relative residual %.3g", c.value(), c.accuracy().residual()));
            }
        }
        int r = spec.zeroCount();
        if (r == 0 || r >= ShiftInvertArnoldi.BLOCK) {
            throw new ArithmeticException("the steady-state manifold has dimension " + (r == 0 ? "0" : "at least " + r)
                    + ", which the sparse route (block " + ShiftInvertArnoldi.BLOCK + ") cannot resolve at " + n
                    + " unknowns; a symmetry sector containing the initial state, or a smaller model, would take the "
                    + "dense route (up to " + options.limits().kernelSvdUnknowns() + " unknowns)");
        }
        double sigma = opt.relativeShift() * norm;
        if (!Double.isNaN(spec.gap()) && spec.gap() > 0) {
            sigma = Math.min(sigma, 1e-2 * spec.gap());
        }
        return new SteadyManifold<>(g, KernelBases.sparse(m, r, sigma, 1e-11 * norm),
                "block inverse iteration with sparse LU (kernel dimension from shift-invert Arnoldi)", options);
    }

    /** Dimension of the steady-state manifold (number of linearly independent steady operators). */
    public int dimension() {
        return right.size();
    }

    /** A basis {rho_k} of steady Hermitian operators (not normalised as states). */
    public List<S> stationaryOperators() {
        List<S> out = new ArrayList<>();
        for (double[] x : right) {
            out.add(generator.state(x));
        }
        return out;
    }

    /** The conserved quantities J_k, biorthonormal to {@link #stationaryOperators()}: Tr(J_k rho_l) = delta_kl. */
    public List<S> conservedQuantities() {
        double[] t = generator.traceFunctional();
        List<S> out = new ArrayList<>();
        for (double[] v : left) {
            double[] c = v.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] /= t[i] != 0 ? 1.0 : 2.0;
            }
            out.add(generator.state(c));
        }
        return out;
    }

    /**
     * The exact asymptotic state from {@code rho0}, certified (trace equal to Tr rho0, Hermitian,
     * residual, positivity as the generator demands).
     *
     * @throws IllegalArgumentException when rho0 is not representable in the generator's coordinates
     *                                  (outside its symmetry sector)
     * @throws dev.steadfast.steady.CertificationException when a check fails
     */
    public AsymptoticState<S> reachedFrom(S rho0) {
        double[] x0 = generator.coordinates(rho0).orElseThrow(() -> new IllegalArgumentException(
                "the initial state lies outside the symmetry sector of the generator (" + generator.symmetry().describe() + ")"));
        double[] t = generator.traceFunctional();
        double trace0 = ShiftInvertArnoldi.dot(t, x0);
        double[] c = new double[left.size()];
        double[] x = new double[x0.length];
        for (int k = 0; k < left.size(); k++) {
            c[k] = ShiftInvertArnoldi.dot(left.get(k), x0);
            ShiftInvertArnoldi.axpy(c[k], right.get(k), x);
        }
        S state = generator.state(x);
        Certificate cert = Certification.certify(generator, state, options, trace0);
        return new AsymptoticState<>(state, right.size(), c, cert, method, generator.symmetry());
    }

    /**
     * The state a Lindblad system relaxes to from {@code rho0}: in the charge-neutral sector when an
     * excitation number is conserved and rho0 lies in it (exact, and far smaller), else in all
     * coordinates.
     */
    public static AsymptoticState<DensityMatrix> steadyStateFrom(OpenSystem system, DensityMatrix rho0) {
        return steadyStateFrom(LindbladGenerator.of(system), LindbladGenerator.full(system), rho0);
    }

    /**
     * The state reached from {@code rho0} under a generator restricted to a symmetry sector when
     * rho0 lies in that sector, otherwise under the unrestricted one.
     */
    public static <S> AsymptoticState<S> steadyStateFrom(Generator<S> sector, Generator<S> full, S rho0) {
        Optional<double[]> inSector = sector.coordinates(rho0);
        return of(inSector.isPresent() ? sector : full).reachedFrom(rho0);
    }
}
