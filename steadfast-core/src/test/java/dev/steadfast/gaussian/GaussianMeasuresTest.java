package dev.steadfast.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CV measures on closed forms: two-mode squeezed vacuum, thermal and squeezed single modes. */
class GaussianMeasuresTest {
    private static final int[] A = {0};
    private static final int[] B = {1};

    /** Two-mode squeezed vacuum: V = ½ [[cosh 2r I, sinh 2r Z], [sinh 2r Z, cosh 2r I]], Z = diag(1, −1). */
    static GaussianState twoModeSqueezedVacuum(double r) {
        double c = Math.cosh(2 * r) / 2;
        double s = Math.sinh(2 * r) / 2;
        double[][] v = {
            {c, 0, s, 0},
            {0, c, 0, -s},
            {s, 0, c, 0},
            {0, -s, 0, c}};
        return new GaussianState(new double[4], v);
    }

    private static double thermalEntropyBits(double n) {
        return ((n + 1) * Math.log(n + 1) - (n > 0 ? n * Math.log(n) : 0)) / Math.log(2);
    }

    @Test
    void twoModeSqueezedVacuumHasItsClosedForms() {
        double r = 0.7;
        GaussianState s = twoModeSqueezedVacuum(r);
        assertEquals(2 * r / Math.log(2), GaussianMeasures.logNegativity(s, A, B), 1e-12);
        assertEquals((Math.exp(2 * r) - 1) / 2, GaussianMeasures.negativity(s, A, B), 1e-12);
        double n = Math.sinh(r) * Math.sinh(r);
        assertEquals(thermalEntropyBits(n), GaussianMeasures.entropy(s, 0), 1e-12);
        assertEquals(0, GaussianMeasures.entropy(s, 0, 1), 1e-12);
        assertEquals(2 * thermalEntropyBits(n), GaussianMeasures.mutualInformation(s, A, B), 1e-12);
        assertEquals(1, GaussianMeasures.purity(s, 0, 1), 1e-12);
        assertEquals(1 / Math.cosh(2 * r), GaussianMeasures.purity(s, 0), 1e-12);
        assertEquals(Math.exp(-2 * r), GaussianMeasures.eprVariance(s, 0, 1), 1e-12);
        assertEquals(n, GaussianMeasures.occupation(s, 1), 1e-12);
        assertEquals(1, GaussianMeasures.squeezing(s, 0), 1e-12 + 2 * n); // a thermal mode is not squeezed
    }

    @Test
    void productAndVacuumStatesAreNotEntangled() {
        GaussianState vac = GaussianState.vacuum(2);
        assertEquals(0, GaussianMeasures.logNegativity(vac, A, B), 1e-12);
        assertEquals(1, GaussianMeasures.eprVariance(vac, 0, 1), 1e-12);
        assertEquals(1, GaussianMeasures.squeezing(vac, 0), 1e-12);
        assertEquals(0, GaussianMeasures.entropy(vac, 0), 1e-12);
        double[][] v = {{1.5, 0, 0, 0}, {0, 1.5, 0, 0}, {0, 0, 0.7, 0}, {0, 0, 0, 0.7}};
        GaussianState thermal = new GaussianState(new double[4], v);
        assertEquals(0, GaussianMeasures.logNegativity(thermal, A, B), 1e-12);
        assertEquals(0, GaussianMeasures.mutualInformation(thermal, A, B), 1e-12);
        assertEquals(thermalEntropyBits(1.0), GaussianMeasures.entropy(thermal, 0), 1e-12);
        assertEquals(1.0 / 3, GaussianMeasures.purity(thermal, 0), 1e-12);
    }

    @Test
    void squeezedVacuumHasSqueezingExpMinus2rAtAnyAngle() {
        double r = 0.4;
        double th = 0.9;
        double a = Math.exp(-2 * r) / 2;
        double b = Math.exp(2 * r) / 2;
        double c = Math.cos(th);
        double s = Math.sin(th);
        double[][] v = {{a * c * c + b * s * s, (a - b) * c * s}, {(a - b) * c * s, a * s * s + b * c * c}};
        GaussianState st = new GaussianState(new double[2], v);
        assertEquals(Math.exp(-2 * r), GaussianMeasures.squeezing(st, 0), 1e-12);
        assertEquals(1, GaussianMeasures.purity(st, 0), 1e-12);
        assertEquals(0, Symplectic.uncertaintyMinEigenvalue(v), 1e-12);
    }

    @Test
    void logNegativityIsInvariantUnderLocalRotations() {
        GaussianState s = twoModeSqueezedVacuum(0.5);
        double[][] v = s.covariance();
        double t = 0.8;
        double[][] rot = new double[4][4];
        rot[0][0] = Math.cos(t);
        rot[0][1] = -Math.sin(t);
        rot[1][0] = Math.sin(t);
        rot[1][1] = Math.cos(t);
        rot[2][2] = 1;
        rot[3][3] = 1;
        GaussianState rotated = new GaussianState(new double[4], Matrices.congruence(rot, v));
        assertEquals(GaussianMeasures.logNegativity(s, A, B), GaussianMeasures.logNegativity(rotated, A, B), 1e-12);
    }
}
