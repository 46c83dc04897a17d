package dev.steadfast.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuddenDeathTest {

    @Test
    void clippedCosineDiesAndRevives() {
        double[] t = new double[81];
        double[] v = new double[81];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.1 * i;
            v[i] = Math.max(0, Math.cos(t[i]));
        }
        SuddenDeath.Report r = SuddenDeath.analyse(t, v);
        assertEquals(Math.PI / 2, r.deaths().get(0), 2e-3);
        assertEquals(3 * Math.PI / 2, r.births().get(0), 2e-3);
        assertEquals(5 * Math.PI / 2, r.deaths().get(1), 2e-3);
        assertTrue(r.revives());
        assertEquals(Math.PI / 2, SuddenDeath.refine(x -> Math.max(0, Math.cos(x)), 1.5, 1.6, 0, 1e-12), 1e-11);
    }

    @Test
    void signedWitnessIsInterpolatedAcrossTheZero() {
        double[] t = new double[21];
        double[] v = new double[21];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.1 * i;
            v[i] = 1 - t[i] * t[i];   // dies at t = 1 exactly; a quadratic is fitted exactly
        }
        SuddenDeath.Report r = SuddenDeath.analyse(t, v);
        assertEquals(1.0, r.firstDeath(), 1e-12);
        assertFalse(r.aliveAtEnd());
        assertFalse(r.revives());
    }

    @Test
    void noDeathForAPositiveSeries() {
        SuddenDeath.Report r = SuddenDeath.analyse(new double[] {0, 1, 2}, new double[] {1, 0.5, 0.25});
        assertTrue(Double.isNaN(r.firstDeath()));
        assertTrue(r.aliveAtEnd());
    }
}
