package dev.steadfast.spectrum;

import dev.steadfast.system.TestSystems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The spectrum computed block by block in the charge difference q (and labelled with q) against
 * analytic spectra and against a dense eigendecomposition of the whole, unsplit Liouvillian.
 */
class ChargeSectorSpectraTest {

    private static SpectrumOptions options(SpectrumMethod m) {
        return SpectrumOptions.defaults().withMethod(m);
    }

    /**
     * Thermal qubit H = (w/2) sz (level 1 excited), G = g(2n+1): populations relax at -G, and
     * rho_10 = |1><0| (q = +1) evolves as exp(-i w t - G t/2): lambda = -G/2 - i w; its conjugate
     * rho_01 (q = -1) has -G/2 + i w.
     */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"DENSE", "SHIFT_INVERT_ARNOLDI"})
    void thermalQubitSectors(SpectrumMethod method) {
        double w = 1.7;
        double g = 0.4;
        double temp = 0.9;
        OpenSystem sys = TestSystems.thermalQubit(w, temp, g);
        double big = g * (2 * ThermalBath.boseOccupation(w, temp) + 1);
        LiouvillianSpectrum sp = Spectra.nearestZero(sys, 4, options(method));
        assertEquals(2, sp.sectors());
        assertPair(sp, 0, 0, 0);
        assertPair(sp, -big / 2, -w, 1);
        assertPair(sp, -big / 2, w, -1);
        assertPair(sp, -big, 0, 0);
        assertEquals(0, sp.unconvergedCount());
        assertTrue(sp.maxResidual() < 1e-12, () -> "residual " + sp.maxResidual());
    }

    /**
     * Damped oscillator H = w a†a, loss k (cutoff 12): |m><n| is an eigenoperator with
     * lambda = -k (m + n)/2 - i w (m - n), in the sector q = m - n. With w = 0.3, k = 1 the moduli
     * are 0; 0.583 (q = +-1); 1 (q = 0); 1.166 (q = +-2); 1.530 (q = +-1); 1.749 (q = +-3): the 8
     * nearest are separated from the 9th.
     */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"AUTO", "DENSE", "SHIFT_INVERT_ARNOLDI"})
    void dampedOscillatorLadderBySector(SpectrumMethod method) {
        double w = 0.3;
        double k = 1.0;
        int cutoff = 12;
        Space s = Space.of(Site.boson("c", cutoff));
        OpenSystem sys = new OpenSystem(Operators.number(s, "c").scale(w),
                List.of(new LindbladDissipator("loss", Operators.destroy(s, "c"), k)));
        LiouvillianSpectrum sp = Spectra.nearestZero(sys, 8, options(method));
        List<double[]> expected = new ArrayList<>();
        for (int m = 0; m < cutoff; m++) {
            for (int n = 0; n < cutoff; n++) {
                expected.add(new double[] {-k * (m + n) / 2.0, -w * (m - n), m - n});
            }
        }
        expected.sort(Comparator.comparingDouble(e -> Math.hypot(e[0], e[1])));
        assertEquals(8, sp.computed().size());
        for (double[] e : expected.subList(0, 8)) {
            assertPair(sp, e[0], e[1], (int) e[2]);
        }
        assertEquals(0, sp.unconvergedCount());
    }

    /**
     * An XX chain of four qubits with boundary baths and dephasing (the chain benchmark model):
     * the split spectrum (every route) equals the dense eigenvalues of the whole Liouvillian, and
     * every eigenvalue labelled q is an eigenvalue of the unsplit matrix restricted to q (checked
     * through conjugation: q and -q carry conjugate eigenvalues).
     */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"AUTO", "DENSE", "SHIFT_INVERT_ARNOLDI"})
    void xxChainSplitEqualsDenseUnsplit(SpectrumMethod method) {
        OpenSystem sys = xxChain(4);
        assertTrue(ChargeSymmetry.detect(sys).isPresent());
        int k = 16;
        LiouvillianSpectrum split = Spectra.nearestZero(sys, k, options(method));
        assertEquals(5, split.sectors());
        List<Eigenvalue> dense = denseNearestZero(RealGenerator.of(sys).matrix().toDense(), 40);
        assertSameNearest(dense, split.eigenvalues(), k, 1e-9);
        assertEquals(0, split.unconvergedCount());
        assertEquals(1, split.zeroCount());
    }

    /** The split and the unsplit shift-invert computations agree (and their sectors match conjugation). */
    @Test
    void splitAgreesWithUnsplitArnoldi() {
        OpenSystem sys = xxChain(5);
        int k = 10;
        LiouvillianSpectrum split = Spectra.nearestZero(sys, k, options(SpectrumMethod.SHIFT_INVERT_ARNOLDI));
        LiouvillianSpectrum whole = Spectra.nearestZero(sys, k,
                options(SpectrumMethod.SHIFT_INVERT_ARNOLDI).withChargeSectors(false));
        assertEquals(1, whole.sectors());
        assertSameNearest(whole.eigenvalues(), split.eigenvalues(), k - 1, 1e-9);
        for (ComputedEigenvalue c : split.computed()) {
            assertTrue(c.sector() instanceof Sector.ChargeDifference, c::toString);
            assertTrue(c.converged(), c::toString);
        }
    }

    /**
     * Restarting keeps the wanted Ritz vectors: with a small Krylov space the damped-oscillator
     * ladder (1600 real coordinates, unsplit) still converges, after restarts.
     */
    @Test
    void thickRestartsConverge() {
        Space s = Space.of(Site.boson("c", 40));
        OpenSystem sys = new OpenSystem(Operators.number(s, "c").scale(0.3),
                List.of(new LindbladDissipator("loss", Operators.destroy(s, "c"), 1.0)));
        SpectrumOptions o = options(SpectrumMethod.SHIFT_INVERT_ARNOLDI).withChargeSectors(false).withMaxKrylovDimension(20);
        LiouvillianSpectrum sp = Spectra.nearestZero(sys, 8, o);
        assertTrue(sp.restarts() > 0, "restarts " + sp.restarts());
        assertEquals(20, sp.krylovDimension());
        // 0, -1/2 +- 0.3i, -1, -1 +- 0.6i, -1.5 +- 0.3i (|lambda| 1.53)
        double[][] expected = {{0, 0}, {-0.5, 0.3}, {-0.5, -0.3}, {-1, 0}, {-1, 0.6}, {-1, -0.6}, {-1.5, 0.3}, {-1.5, -0.3}};
        for (double[] e : expected) {
            assertTrue(sp.eigenvalues().stream().anyMatch(x -> Math.hypot(x.re() - e[0], x.im() - e[1]) < 1e-9),
                    () -> "expected " + e[0] + " + " + e[1] + "i in " + sp.eigenvalues());
        }
        assertEquals(0, sp.unconvergedCount());
    }

    /** Without restarts and with a tiny space the pairs come back typed unconverged, with their residuals. */
    @Test
    void unconvergedPairsAreReportedNotThrown() {
        OpenSystem sys = xxChain(5);
        SpectrumOptions o = options(SpectrumMethod.SHIFT_INVERT_ARNOLDI).withChargeSectors(false)
                .withMaxKrylovDimension(14).withMaxRestarts(0);
        LiouvillianSpectrum sp = Spectra.nearestZero(sys, 6, o);
        assertTrue(sp.unconvergedCount() > 0);
        for (ComputedEigenvalue c : sp.computed()) {
            if (c.accuracy() instanceof Accuracy.Unconverged u) {
                assertTrue(u.residual() > u.tolerance());
            }
        }
    }

    /**
     * Collective decay J = sm1 + sm2 at rate g: the triplet ladder |T+> -> |T0> -> |T-> has equal
     * rates 2g, so -2g is a defective eigenvalue (a Jordan block; populations p_T0 ~ t exp(-2gt)).
     * Rounding may split it by ~sqrt(eps) with tiny residuals: every computed eigenvalue near -2g
     * must then be exact to 1e-10 or typed ill-conditioned with an uncertainty that covers -2g.
     */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"DENSE", "SHIFT_INVERT_ARNOLDI"})
    void defectiveEigenvalueIsNotReportedAsAccurate(SpectrumMethod method) {
        double g = 0.1;
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        Operator j = Operators.sigmaMinus(s, "q1").plus(Operators.sigmaMinus(s, "q2"));
        Operator hz = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5);
        OpenSystem sys = new OpenSystem(hz, List.of(new LindbladDissipator("c", j, g)));
        for (boolean split : new boolean[] {true, false}) {
            LiouvillianSpectrum sp = Spectra.nearestZero(sys, 10, options(method).withChargeSectors(split));
            int near = 0;
            for (ComputedEigenvalue c : sp.computed()) {
                double err = Math.hypot(c.value().re() + 2 * g, c.value().im());
                if (err > 1e-3) {
                    continue;
                }
                near++;
                if (c.accuracy() instanceof Accuracy.IllConditioned i) {
                    assertTrue(err <= 2 * i.uncertainty(), c::toString);
                } else {
                    assertTrue(err < 1e-10, () -> "an inaccurate eigenvalue not flagged: " + c);
                }
            }
            assertEquals(2, near, () -> sp.computed().toString());
        }
    }

    /**
     * A Heisenberg pair without dissipation, H = s1.s2 (Pauli): -i(E_i - E_j) with the triplet at 1
     * and the singlet at -3, so 0 ten times and +-4i three times each. |00><11| (q = +2) and its
     * conjugate form a zero 2 x 2 block: its eigenvalues are 0 with finite residuals, one per sign.
     */
    @Test
    void undampedZeroBlock() {
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        Operator h = Operators.sigmaX(s, "q1").times(Operators.sigmaX(s, "q2"))
                .plus(Operators.sigmaY(s, "q1").times(Operators.sigmaY(s, "q2")))
                .plus(Operators.sigmaZ(s, "q1").times(Operators.sigmaZ(s, "q2")));
        OpenSystem sys = new OpenSystem(h, List.of());
        LiouvillianSpectrum sp = Spectra.nearestZero(sys, 16, options(SpectrumMethod.AUTO));
        assertEquals(16, sp.computed().size());
        assertEquals(10, sp.zeroCount());
        int plus4 = 0;
        int minus4 = 0;
        int q2 = 0;
        int qm2 = 0;
        for (ComputedEigenvalue c : sp.computed()) {
            assertTrue(c.converged(), c::toString);
            plus4 += Math.abs(c.value().im() - 4) < 1e-12 ? 1 : 0;
            minus4 += Math.abs(c.value().im() + 4) < 1e-12 ? 1 : 0;
            if (c.sector() instanceof Sector.ChargeDifference d && Math.abs(d.q()) == 2) {
                assertEquals(0, c.value().abs(), 1e-15);
                q2 += d.q() == 2 ? 1 : 0;
                qm2 += d.q() == -2 ? 1 : 0;
            }
        }
        assertEquals(3, plus4);
        assertEquals(3, minus4);
        assertEquals(1, q2);
        assertEquals(1, qm2);
    }

    private static OpenSystem xxChain(int n) {
        return TestSystems.thermalXxChain(n, 0.005);
    }

    /** All eigenvalues of the dense matrix (EJML), the count nearest zero. */
    static List<Eigenvalue> denseNearestZero(double[][] a, int count) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.length, false);
        assertTrue(eig.decompose(new DMatrixRMaj(a)));
        List<Eigenvalue> all = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            all.add(new Eigenvalue(eig.getEigenvalue(i).real, eig.getEigenvalue(i).imaginary));
        }
        all.sort(Comparator.comparingDouble(Eigenvalue::abs));
        return all.subList(0, Math.min(count, all.size()));
    }

    /**
     * The first {@code k} of {@code reference} (by modulus) that lie strictly inside the modulus of
     * the k-th (so that a tie at the cut does not matter) are all in {@code actual}, one to one.
     */
    static void assertSameNearest(List<Eigenvalue> reference, List<Eigenvalue> actual, int k, double tol) {
        List<Eigenvalue> ref = new ArrayList<>(reference);
        ref.sort(Comparator.comparingDouble(Eigenvalue::abs));
        double cut = ref.get(k - 1).abs() - 1e-7;
        List<Eigenvalue> left = new ArrayList<>(actual);
        int checked = 0;
        for (Eigenvalue e : ref.subList(0, k)) {
            if (e.abs() >= cut) {
                continue;
            }
            Eigenvalue best = null;
            for (Eigenvalue a : left) {
                if (best == null || dist(a, e) < dist(best, e)) {
                    best = a;
                }
            }
            Eigenvalue b = best;
            assertTrue(b != null && dist(b, e) < tol, () -> "expected " + e + " in " + actual);
            left.remove(best);
            checked++;
        }
        assertTrue(checked >= k / 2, "only " + checked + " eigenvalues compared");
    }

    private static double dist(Eigenvalue a, Eigenvalue b) {
        return Math.hypot(a.re() - b.re(), a.im() - b.im());
    }

    /** An eigenvalue re + i im in the sector q is among the computed ones. */
    private static void assertPair(LiouvillianSpectrum sp, double re, double im, int q) {
        for (ComputedEigenvalue c : sp.computed()) {
            if (Math.abs(c.value().re() - re) < 1e-9 && Math.abs(c.value().im() - im) < 1e-9
                    && c.sector() instanceof Sector.ChargeDifference d && d.q() == q) {
                return;
            }
        }
        throw new AssertionError("no eigenvalue " + re + " + " + im + "i in sector q = " + q + " among " + sp.computed());
    }
}
