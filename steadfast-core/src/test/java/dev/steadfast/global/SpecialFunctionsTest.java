package dev.steadfast.global;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Exponential integrals against reference values (mpmath, 30 digits) and identities; the quadrature. */
class SpecialFunctionsTest {

    @ParameterizedTest
    @CsvSource({"0.2, 1.22265054418389304288608592578", "0.5, 0.559773594776160811746795939315",
        "1, 0.21938393439552027367716377546", "2, 0.0489005107080611195672398352281",
        "5, 0.00114829559127532579733056196982", "10, 0.00000415696892968532427740285981028",
        "30, 3.02155201068881254481582504515e-15"})
    void e1MatchesReference(double x, double expected) {
        assertEquals(expected, ExponentialIntegrals.e1(x), 2e-15 * expected);
    }

    @ParameterizedTest
    @CsvSource({"0.2, -0.821760587902400247851837647395", "1, 1.89511781635593675546652093433",
        "5, 40.1852753558031774550914217938", "20, 25615652.6640565888204811208041",
        "39, 2280446200301902.59534081671444", "41, 16006649143245041.1106997054501",
        "60, 1936182213929276538820725.96688"})
    void eiMatchesReference(double x, double expected) {
        assertEquals(expected, ExponentialIntegrals.ei(x), 3e-15 * Math.abs(expected));
    }

    @Test
    void derivativesAndReflection() {
        for (double x : new double[] {0.3, 0.99, 1.01, 3.0, 15.0}) {
            double h = 1e-5 * x;
            double de1 = (ExponentialIntegrals.e1(x + h) - ExponentialIntegrals.e1(x - h)) / (2 * h);
            assertEquals(-Math.exp(-x) / x, de1, 1e-8 * Math.exp(-x) / x);
            double dei = (ExponentialIntegrals.ei(x + h) - ExponentialIntegrals.ei(x - h)) / (2 * h);
            assertEquals(Math.exp(x) / x, dei, 1e-8 * Math.exp(x) / x);
            assertEquals(-ExponentialIntegrals.e1(x), ExponentialIntegrals.ei(-x), 0);
        }
    }

    @Test
    void gaussKronrodIntegratesKnownIntegrals() {
        assertEquals(2.0, Quadrature.integrate(Math::sin, 0, Math.PI, 1e-14), 1e-13);
        // int_1^50 e^{-t}/t dt = E1(1) - E1(50)
        assertEquals(0.21938393439552027, Quadrature.integrate(t -> Math.exp(-t) / t, 1, 50, 1e-15), 1e-14);
        assertEquals(2.0 / 3.0, Quadrature.integrate(Math::sqrt, 0, 1, 1e-13), 1e-12);
    }
}
