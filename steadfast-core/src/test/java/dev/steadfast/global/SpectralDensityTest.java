package dev.steadfast.global;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.system.ThermalBath;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralDensityTest {
    private final OhmicSpectralDensity ohmic = new OhmicSpectralDensity(0.02, 3.0);

    @Test
    void flatRatesAreThoseOfTheLocalThermalBath() {
        FlatSpectralDensity flat = new FlatSpectralDensity(0.3);
        double n = ThermalBath.boseOccupation(1.2, 0.8);
        assertEquals(0.3 * (n + 1), flat.rate(1.2, 0.8), 1e-15);
        assertEquals(0.3 * n, flat.rate(-1.2, 0.8), 1e-15);
        assertEquals(0.15, flat.zeroFrequencyRate(0), 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.7, 2.5})
    void detailedBalance(double temperature) {
        for (double w : new double[] {0.05, 1.0, 4.0}) {
            assertEquals(Math.exp(-w / temperature), ohmic.rate(-w, temperature) / ohmic.rate(w, temperature), 1e-12);
        }
        // gamma(0) is the limit of gamma(w): 2 pi alpha T
        assertEquals(ohmic.rate(1e-7, temperature), ohmic.zeroFrequencyRate(temperature), 1e-6 * ohmic.zeroFrequencyRate(temperature));
    }

    /** T = 0: the closed form (E1/Ei) equals the numerical Kramers-Kronig integral of gamma. */
    @ParameterizedTest
    @ValueSource(doubles = {-5.0, -1.0, -0.2, 0.0, 0.2, 1.0, 2.9, 7.0})
    void zeroTemperatureShiftClosedFormMatchesQuadrature(double w) {
        double closed = ohmic.zeroTemperatureShift(w);
        double numeric = Quadrature.kramersKronig(x -> ohmic.rate(x, 0), w, ohmic.cutoff(), 1e-13);
        assertEquals(closed, numeric, 1e-10);
    }

    /**
     * T > 0: the shift against an independent evaluation of
     * S(w) = P int_0^inf J(x)[(n+1)/(w - x) + n/(w + x)] dx by singularity subtraction and a
     * composite Simpson rule.
     */
    @ParameterizedTest
    @ValueSource(doubles = {-1.5, 0.4, 1.0, 3.0})
    void thermalShiftMatchesSingularitySubtraction(double w) {
        double temperature = 0.8;
        DoubleUnaryOperator j = ohmic::value;
        DoubleUnaryOperator fPlus = x -> j.applyAsDouble(x) * (ThermalBath.boseOccupation(x, temperature) + 1);
        DoubleUnaryOperator fMinus = x -> j.applyAsDouble(x) * ThermalBath.boseOccupation(x, temperature);
        double s = pvOverHalfLine(fPlus, w) - pvOverHalfLine(fMinus, -w);
        assertEquals(s, ohmic.shift(w, temperature), 1e-7);
    }

    /** P int_0^inf f(x)/(w - x) dx with f(0) finite, by Simpson on [0, 80] after subtracting the pole. */
    private static double pvOverHalfLine(DoubleUnaryOperator f, double w) {
        if (w <= 0) {
            return simpson(x -> x == 0 ? 0 : f.applyAsDouble(x) / (w - x), 1e-9, 80, 400000);
        }
        double fw = f.applyAsDouble(w);
        // over [0, 2w] the pole part f(w)/(w - x) integrates to zero by symmetry
        double near = simpson(x -> {
            double dx = w - x;
            if (Math.abs(dx) < 1e-9) {
                return -(f.applyAsDouble(w + 1e-5) - f.applyAsDouble(w - 1e-5)) / 2e-5;
            }
            return (f.applyAsDouble(x) - fw) / dx;
        }, 1e-12, 2 * w, 200001 - 1);
        double far = simpson(x -> f.applyAsDouble(x) / (w - x), 2 * w, 80, 400000);
        return near + far;
    }

    private static double simpson(DoubleUnaryOperator g, double a, double b, int n) {
        if (n % 2 == 1) {
            n++;
        }
        double h = (b - a) / n;
        double s = g.applyAsDouble(a) + g.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += (i % 2 == 1 ? 4 : 2) * g.applyAsDouble(a + i * h);
        }
        return s * h / 3;
    }
}
