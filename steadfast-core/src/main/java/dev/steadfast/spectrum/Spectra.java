package dev.steadfast.spectrum;

import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Entry point for Liouvillian spectra: {@code Spectra.nearestZero(system, k)} returns the k
 * eigenvalues of L nearest zero (in modulus) with the steady-state manifold dimension, the
 * spectral gap and the relaxation time ({@link LiouvillianSpectrum}).
 *
 * <p>The generator is the real matrix M of L in the Hermitian operator basis
 * ({@link RealGenerator}); its spectrum is that of L. When the system conserves an excitation
 * number ({@link ChargeSymmetry}), L is block diagonal by the charge difference q of
 * {@code |i><j|}; the real basis holds q and -q in one real block ({@link HermitianBasis#chargeDifference}),
 * so the k nearest zero are computed in each block |q| = 0, 1, ... and merged, and each eigenvalue
 * is labelled with its q ({@link Sector}) from its eigenvector. Routes per block
 * ({@link SpectrumMethod}): dense (EJML eigenvalues of the full real matrix, eigenvectors of the
 * kept ones by inverse iteration) or shift-invert band Arnoldi with thick restarts and
 * {@code sigma = relativeShift * ||M||_1 > 0} ({@link ShiftInvertArnoldi}). Every reported pair
 * carries its true residual ({@link Accuracy}); pairs above the tolerance are typed unconverged,
 * not dropped and not thrown.
 */
public final class Spectra {

    /**
     * Pivot threshold of the sparse LU in the coherence blocks |q| >= 1: their diagonal (decay rates)
     * is small next to the frequencies off it, and the default threshold (0.1) then pivots away from
     * the AMD ordering. On the XX chain at N = 6 the |q| = 1 block's factor has 0.37 M nonzeros with
     * 1e-3 instead of 0.78 M (0.07 s instead of 0.2 s); each pair's true residual is checked anyway.
     */
    static final double COHERENCE_PIVOT_THRESHOLD = 1e-3;

    private Spectra() {
    }

    public static LiouvillianSpectrum nearestZero(OpenSystem system, int k) {
        return nearestZero(system, k, SpectrumOptions.defaults());
    }

    /** The k eigenvalues nearest zero, split by charge difference when a charge is conserved (and the options allow). */
    public static LiouvillianSpectrum nearestZero(OpenSystem system, int k, SpectrumOptions options) {
        Optional<int[]> charge = options.useChargeSectors() ? ChargeSymmetry.detect(system) : Optional.empty();
        if (charge.isEmpty()) {
            return nearestZero(RealGenerator.of(system), k, options);
        }
        return bySector(Liouvillian.of(system), charge.get(), k, options);
    }

    public static LiouvillianSpectrum nearestZero(RealGenerator g, int k, SpectrumOptions options) {
        return nearestZero(g.matrix(), k, options);
    }

    /**
     * The k eigenvalues nearest zero of any real generator matrix (e.g. a permutation-invariant
     * ensemble's, {@code dev.steadfast.ensemble.EnsembleGenerator}); not split.
     */
    public static LiouvillianSpectrum nearestZero(RealCsc m, int k, SpectrumOptions options) {
        checkCount(k);
        double norm = checkedNorm(m.norm1());
        Block b = block(m, k, Double.POSITIVE_INFINITY, norm, Double.NaN, options);
        List<ComputedEigenvalue> out = new ArrayList<>();
        List<Accuracy> acc = PairAccuracies.of(b.pairs(), options.tolerance(), norm);
        for (int i = 0; i < b.pairs().size(); i++) {
            out.add(new ComputedEigenvalue(b.pairs().get(i).value(), new Sector.Unsplit(), acc.get(i)));
        }
        // (an unsplit block has no radius, so no witness)
        return LiouvillianSpectrum.of(out, options.relativeZeroTolerance() * norm, b.method(), b.krylov(), b.restarts(), 1);
    }

    private static LiouvillianSpectrum bySector(Liouvillian l, int[] charge, int k, SpectrumOptions options) {
        checkCount(k);
        int maxDiff = 0;
        for (int a : charge) {
            for (int b : charge) {
                maxDiff = Math.max(maxDiff, Math.abs(a - b));
            }
        }
        List<HermitianBasis> bases = new ArrayList<>();
        List<RealCsc> blocks = new ArrayList<>();
        double norm = 0;
        for (int s = 0; s <= maxDiff; s++) {
            HermitianBasis basis = HermitianBasis.chargeDifference(charge, s);
            RealCsc m = basis.size() == 0 ? null : new HermitianAssembler(l, basis).assemble();
            bases.add(basis);
            blocks.add(m);
            if (m != null) {
                norm = Math.max(norm, m.norm1()); // M is block diagonal: its 1-norm is the largest block's
            }
        }
        norm = checkedNorm(norm);
        List<ComputedEigenvalue> all = new ArrayList<>();
        List<ComputedEigenvalue> uncertified = new ArrayList<>();
        SpectrumMethod largest = null;
        int largestSize = -1;
        int krylov = 0;
        int restarts = 0;
        int computedBlocks = 0;
        for (int s = 0; s <= maxDiff; s++) {
            RealCsc m = blocks.get(s);
            if (m == null) {
                continue;
            }
            computedBlocks++;
            // only eigenvalues nearer zero than the k-th found so far can enter the result
            double radius = Double.POSITIVE_INFINITY;
            if (all.size() >= k) {
                all.sort((a, b) -> Double.compare(a.value().abs(), b.value().abs()));
                radius = all.get(k - 1).value().abs() * (1 + 1e-9);
            }
            Block b = block(m, k, radius, norm, s == 0 ? Double.NaN : COHERENCE_PIVOT_THRESHOLD, options);
            if (m.cols() > largestSize) {
                largestSize = m.cols();
                largest = b.method();
            }
            krylov = Math.max(krylov, b.krylov());
            restarts += b.restarts();
            List<Sector> sectors = SectorLabels.of(bases.get(s), charge, s, b.pairs(), norm);
            List<Accuracy> acc = PairAccuracies.of(b.pairs(), options.tolerance(), norm);
            for (int i = 0; i < b.pairs().size(); i++) {
                all.add(new ComputedEigenvalue(b.pairs().get(i).value(), sectors.get(i), acc.get(i)));
            }
            if (b.uncertified() != null) {
                Eigenpair e = b.uncertified();
                uncertified.add(new ComputedEigenvalue(e.value(), SectorLabels.of(bases.get(s), charge, s, List.of(e), norm).get(0),
                        new Accuracy.Unconverged(e.residual(), options.tolerance())));
            }
        }
        // the k nearest zero overall are among the k nearest of their own block; a block that could
        // not show that nothing else of it is nearer adds its first pair beyond (typed unconverged)
        all.sort((a, b) -> Double.compare(a.value().abs(), b.value().abs()));
        List<ComputedEigenvalue> kept = new ArrayList<>(all.subList(0, Math.min(k, all.size())));
        kept.addAll(uncertified);
        return LiouvillianSpectrum.of(kept, options.relativeZeroTolerance() * norm, largest, krylov, restarts, computedBlocks);
    }

    /** @param uncertified a pair beyond the radius that the solver could not place there for sure (or null) */
    private record Block(List<Eigenpair> pairs, Eigenpair uncertified, SpectrumMethod method, int krylov, int restarts) {
    }

    /**
     * The k pairs of m nearest zero by the route the options choose for its size, only those with
     * {@code |lambda| <= radius}.
     */
    private static Block block(RealCsc m, int k, double radius, double norm, double pivotThreshold, SpectrumOptions options) {
        int n = m.cols();
        int kk = Math.min(k, n);
        SpectrumMethod method = options.method();
        if (method == SpectrumMethod.AUTO) {
            method = n <= options.denseLimit() || kk >= n - 1 ? SpectrumMethod.DENSE : SpectrumMethod.SHIFT_INVERT_ARNOLDI;
        }
        if (method == SpectrumMethod.DENSE) {
            return new Block(dense(m, kk, radius, norm), null, SpectrumMethod.DENSE, 0, 0);
        }
        ShiftInvertArnoldi.Result r = ShiftInvertArnoldi.compute(m, new ShiftInvert(m, options.relativeShift() * norm, pivotThreshold), kk,
                radius, norm, options.tolerance(), options.maxKrylovDimension(), options.maxRestarts());
        return new Block(r.pairs(), r.uncertifiedWitness(), method, r.krylovDimension(), r.restarts());
    }

    private static void checkCount(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("ask for at least one eigenvalue, got k = " + k);
        }
    }

    private static double checkedNorm(double norm1) {
        double norm = Math.max(1.0, norm1);
        if (!Double.isFinite(norm)) {
            throw new dev.steadfast.steady.SteadyStateException("the generator has entries that are not finite numbers "
                    + "(an overflowing rate, coupling or occupation); rescale the model");
        }
        return norm;
    }

    /** The k eigenpairs of the dense matrix nearest zero (vectors by inverse iteration), with true residuals. */
    static List<Eigenpair> dense(RealCsc m, int k, double radius, double norm) {
        int n = m.cols();
        if (n > 4000) {
            throw new IllegalArgumentException("the dense route is for small generators; " + n + " coordinates is too many");
        }
        double[][] a = m.toDense();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(new DMatrixRMaj(a))) {
            throw new ArithmeticException("dense eigendecomposition failed");
        }
        List<Eigenvalue> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Eigenvalue(eig.getEigenvalue(i).real, eig.getEigenvalue(i).imaginary));
        }
        all.sort((x, y) -> Double.compare(x.abs(), y.abs()));
        List<Eigenpair> out = new ArrayList<>();
        for (Eigenvalue e : all.subList(0, k)) {
            if (e.abs() > radius) {
                break;
            }
            double[][] v = SmallComplex.eigenvector(a, n, e.re(), e.im());
            out.add(Eigenpair.of(m, norm, e.re(), e.im(), v[0], v[1]));
        }
        return out;
    }
}
