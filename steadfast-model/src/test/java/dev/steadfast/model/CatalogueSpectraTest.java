package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.linalg.SparseCMatrixBuilder;
import dev.steadfast.operator.Operator;
import dev.steadfast.spectrum.Accuracy;
import dev.steadfast.spectrum.ComputedEigenvalue;
import dev.steadfast.spectrum.Eigenvalue;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.Sector;
import dev.steadfast.spectrum.Spectra;
import dev.steadfast.spectrum.SpectrumMethod;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue Lindblad model with a conserved excitation number and at most 16 levels: the
 * spectrum split by charge difference (dense and shift-invert per block) has the eigenvalues of a
 * dense eigendecomposition of the whole, unsplit Liouvillian, and each eigenvalue's sector label q is
 * confirmed by a frame shift H -> H + c N.
 */
class CatalogueSpectraTest {
    private static final int K = 10;

    @Test
    void splitSpectraEqualTheDenseUnsplitOnes() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Model model : Catalogue.all()) {
            ModelInstance inst = model.instantiate(Map.of());
            if (!(inst.kind() instanceof LindbladModel)) {
                continue;
            }
            OpenSystem sys = inst.system();
            if (sys.space().dimension() > 16 || ChargeSymmetry.detect(sys).isEmpty()) {
                continue;
            }
            List<Eigenvalue> dense = denseEigenvalues(RealGenerator.of(sys).matrix().toDense());
            for (SpectrumMethod method : List.of(SpectrumMethod.AUTO, SpectrumMethod.SHIFT_INVERT_ARNOLDI)) {
                LiouvillianSpectrum split = Spectra.nearestZero(sys, K, SpectrumOptions.defaults().withMethod(method));
                assertTrue(split.sectors() > 1, model.name());
                double scale = Math.max(1, RealGenerator.of(sys).matrix().norm1());
                assertSameNearest(model.name() + " " + method, dense, split.computed(), K, 1e-8 * scale);
                assertSectorsByFrameShift(model.name(), sys, split, 1e-7 * scale);
            }
            checked.add(model.name());
        }
        assertTrue(checked.size() >= 4, "models checked: " + checked);
    }

    /**
     * The labels against physics: with H' = H + c N (N the conserved excitation number) an
     * eigenvalue of the sector q moves to {@code lambda - i c q} (L' = L - i c [N, .] and [N, .] is q
     * on that sector); that value must be an eigenvalue of the dense, unsplit L'.
     */
    private static void assertSectorsByFrameShift(String name, OpenSystem sys, LiouvillianSpectrum s, double tol) {
        int[] charge = ChargeSymmetry.detect(sys).orElseThrow();
        double c = 0.2731;
        SparseCMatrixBuilder nb = new SparseCMatrixBuilder(charge.length, charge.length);
        for (int i = 0; i < charge.length; i++) {
            nb.add(i, i, c * charge[i], 0);
        }
        Operator shifted = sys.hamiltonian().plus(new Operator(sys.space(), nb.build()));
        List<Eigenvalue> moved = denseEigenvalues(RealGenerator.of(new OpenSystem(shifted, sys.dissipators())).matrix().toDense());
        for (ComputedEigenvalue e : s.computed()) {
            if (!(e.sector() instanceof Sector.ChargeDifference d)) {
                continue;
            }
            double re = e.value().re();
            double im = e.value().im() - c * d.q();
            double allowed = e.accuracy() instanceof Accuracy.IllConditioned i ? Math.max(tol, 2 * i.uncertainty()) : tol;
            assertTrue(moved.stream().anyMatch(m -> Math.hypot(m.re() - re, m.im() - im) < allowed),
                    () -> name + ": " + e + " is not in the sector it is labelled with");
        }
    }

    private static List<Eigenvalue> denseEigenvalues(double[][] a) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.length, false);
        assertTrue(eig.decompose(new DMatrixRMaj(a)));
        List<Eigenvalue> all = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            all.add(new Eigenvalue(eig.getEigenvalue(i).real, eig.getEigenvalue(i).imaginary));
        }
        all.sort(Comparator.comparingDouble(Eigenvalue::abs));
        return all;
    }

    /**
     * The reference eigenvalues strictly inside the k-th modulus are all computed, one to one, within
     * tol, within 1e3 tol for a pair typed unconverged, within twice its stated uncertainty for one
     * typed ill-conditioned (a defective eigenvalue, e.g. the Jordan block of collective decay, is
     * only accurate to about sqrt(eps) and is reported as such).
     */
    private static void assertSameNearest(String name, List<Eigenvalue> ref, List<ComputedEigenvalue> actual, int k,
                                          double tol) {
        assertTrue(actual.size() >= Math.min(k, ref.size()), name + ": " + actual);
        double cut = ref.get(Math.min(k, ref.size()) - 1).abs() * (1 - 1e-6);
        List<ComputedEigenvalue> left = new ArrayList<>(actual);
        for (Eigenvalue e : ref) {
            if (e.abs() >= cut) {
                break;
            }
            ComputedEigenvalue best = null;
            for (ComputedEigenvalue a : left) {
                if (best == null || dist(a.value(), e) < dist(best.value(), e)) {
                    best = a;
                }
            }
            ComputedEigenvalue b = best;
            double allowed = b == null ? 0 : b.accuracy() instanceof Accuracy.IllConditioned i ? 2 * i.uncertainty()
                    : b.converged() ? tol : 1e3 * tol;
            assertTrue(b != null && dist(b.value(), e) < allowed, () -> name + ": expected " + e + " in " + actual);
            left.remove(best);
        }
    }

    private static double dist(Eigenvalue a, Eigenvalue b) {
        return Math.hypot(a.re() - b.re(), a.im() - b.im());
    }
}
