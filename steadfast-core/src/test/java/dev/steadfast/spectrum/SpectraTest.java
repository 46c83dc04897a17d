package dev.steadfast.spectrum;

import dev.steadfast.liouville.RealGenerator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.TestSystems;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Liouvillian spectra with known eigenvalues, by both routes. */
class SpectraTest {

    private static LiouvillianSpectrum spectrum(OpenSystem sys, int k, SpectrumMethod m) {
        return Spectra.nearestZero(RealGenerator.of(sys), k, SpectrumOptions.defaults().withMethod(m));
    }

    /** Thermal qubit: 0, -G, -G/2 +- i w with G = g(2n+1). */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"DENSE", "SHIFT_INVERT_ARNOLDI"})
    void dampedQubit(SpectrumMethod method) {
        double w = 1.7;
        double g = 0.4;
        double temp = 0.9;
        OpenSystem sys = TestSystems.thermalQubit(w, temp, g);
        double big = g * (2 * ThermalBath.boseOccupation(w, temp) + 1);
        LiouvillianSpectrum sp = spectrum(sys, 4, method);
        List<Eigenvalue> ev = sp.eigenvalues();
        assertEquals(0, ev.get(0).abs(), 1e-12);
        assertEquals(-big / 2, ev.get(1).re(), 1e-10);
        assertEquals(w, ev.get(1).im(), 1e-10);
        assertEquals(-big / 2, ev.get(2).re(), 1e-10);
        assertEquals(-w, ev.get(2).im(), 1e-10);
        assertEquals(-big, ev.get(3).re(), 1e-10);
        assertEquals(0, ev.get(3).im(), 1e-10);
        assertEquals(1, sp.zeroCount());
        assertEquals(big / 2, sp.gap(), 1e-10);
        assertEquals(2 / big, sp.relaxationTime(), 1e-8);
        assertEquals(method, sp.method());
    }

    /** Damped cavity H = w a†a, loss k: |m><n| is an eigenoperator ladder, lambda = -i w (m - n) - k (m + n)/2. */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"DENSE", "SHIFT_INVERT_ARNOLDI"})
    void dampedCavityLadder(SpectrumMethod method) {
        double w = 0.3;
        double k = 1.0;
        int cutoff = 10;
        Space s = Space.of(Site.boson("c", cutoff));
        OpenSystem sys = new OpenSystem(Operators.number(s, "c").scale(w),
                List.of(new LindbladDissipator("loss", Operators.destroy(s, "c"), k)));
        List<Eigenvalue> expected = new ArrayList<>();
        for (int m = 0; m < cutoff; m++) {
            for (int n = 0; n < cutoff; n++) {
                expected.add(new Eigenvalue(-k * (m + n) / 2.0, -w * (m - n)));
            }
        }
        expected.sort(Comparator.comparingDouble(Eigenvalue::abs));
        // the six nearest zero: 0, -1/2 +- 0.3i, -1, -1 +- 0.6i; the next (|lambda| = 1.53) is well separated
        LiouvillianSpectrum sp = spectrum(sys, 6, method);
        assertSameSet(expected.subList(0, 6), sp.eigenvalues(), 1e-9);
    }

    /** A larger cavity (1600 real coordinates) by shift-invert only: the same ladder. */
    @Test
    void largeCavityByShiftInvert() {
        Space s = Space.of(Site.boson("c", 40));
        OpenSystem sys = new OpenSystem(Operators.number(s, "c").scale(0.3),
                List.of(new LindbladDissipator("loss", Operators.destroy(s, "c"), 1.0)));
        LiouvillianSpectrum sp = spectrum(sys, 6, SpectrumMethod.SHIFT_INVERT_ARNOLDI);
        List<Eigenvalue> expected = List.of(new Eigenvalue(0, 0), new Eigenvalue(-0.5, 0.3), new Eigenvalue(-0.5, -0.3),
                new Eigenvalue(-1, 0), new Eigenvalue(-1, 0.6), new Eigenvalue(-1, -0.6));
        assertSameSet(expected, sp.eigenvalues(), 1e-9);
        assertEquals(0.5, sp.gap(), 1e-9);
    }

    /** Shift-invert Arnoldi and the dense route agree on a driven qubit-qubit-cavity system. */
    @Test
    void shiftInvertAgreesWithDense() {
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"), Site.boson("c", 4));
        Operator a = Operators.destroy(s, "c");
        Operator s1 = Operators.sigmaMinus(s, "q1");
        Operator s2 = Operators.sigmaMinus(s, "q2");
        Operator h = Operators.sigmaZ(s, "q1").scale(0.5).plus(Operators.sigmaZ(s, "q2").scale(0.45))
                .plus(Operators.number(s, "c").scale(0.5))
                .plus(s1.dag().times(a).plus(s1.times(a.dag())).scale(0.1))
                .plus(s2.dag().times(a).plus(s2.times(a.dag())).scale(0.12))
                .plus(a.plus(a.dag()).scale(0.05));
        OpenSystem sys = new OpenSystem(h, List.of(new LindbladDissipator("loss", a, 0.3),
                new ThermalBath("b1", s1, 0.5, 0.3, 0.02), new ThermalBath("b2", s2, 0.45, 0.1, 0.03)));
        LiouvillianSpectrum dense = spectrum(sys, 12, SpectrumMethod.DENSE);
        LiouvillianSpectrum arnoldi = spectrum(sys, 12, SpectrumMethod.SHIFT_INVERT_ARNOLDI);
        // compare the 10 nearest (the 12th could tie with the 13th by modulus)
        List<Eigenvalue> d = new ArrayList<>(dense.eigenvalues());
        d.sort(Comparator.comparingDouble(Eigenvalue::abs));
        List<Eigenvalue> a2 = new ArrayList<>(arnoldi.eigenvalues());
        a2.sort(Comparator.comparingDouble(Eigenvalue::abs));
        assertSameSet(d.subList(0, 10), a2.subList(0, 10), 1e-9);
        assertEquals(1, arnoldi.zeroCount());
        assertEquals(dense.gap(), arnoldi.gap(), 1e-9);
        assertTrue(arnoldi.maxResidual() < 1e-10);
    }

    /** Collective decay sm1 + sm2: dark singlet and ground state; with H = w/2 sum sz their coherences rotate. */
    @ParameterizedTest
    @EnumSource(value = SpectrumMethod.class, names = {"DENSE", "SHIFT_INVERT_ARNOLDI"})
    void collectiveDecayKernel(SpectrumMethod method) {
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        Operator j = Operators.sigmaMinus(s, "q1").plus(Operators.sigmaMinus(s, "q2"));
        Operator hz = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5);
        OpenSystem withH = new OpenSystem(hz, List.of(new LindbladDissipator("c", j, 1.0)));
        LiouvillianSpectrum sp = spectrum(withH, 6, method);
        assertEquals(2, sp.zeroCount());
        // |00><psi-| rotates at frequency w = 1 without decay: eigenvalues +-i
        assertEquals(0, sp.eigenvalues().get(2).re(), 1e-10);
        assertEquals(1, Math.abs(sp.eigenvalues().get(2).im()), 1e-10);
        assertTrue(Double.isInfinite(sp.relaxationTime()));
        OpenSystem noH = new OpenSystem(Operator.zero(s), List.of(new LindbladDissipator("c", j, 1.0)));
        assertEquals(4, spectrum(noH, 6, method).zeroCount());
    }

    private static void assertSameSet(List<Eigenvalue> expected, List<Eigenvalue> actual, double tol) {
        assertEquals(expected.size(), actual.size());
        List<Eigenvalue> left = new ArrayList<>(actual);
        for (Eigenvalue e : expected) {
            Eigenvalue best = null;
            for (Eigenvalue a : left) {
                if (best == null || Math.hypot(a.re() - e.re(), a.im() - e.im()) < Math.hypot(best.re() - e.re(), best.im() - e.im())) {
                    best = a;
                }
            }
            assertTrue(Math.hypot(best.re() - e.re(), best.im() - e.im()) < tol, "expected " + e + " in " + actual);
            left.remove(best);
        }
    }
}
