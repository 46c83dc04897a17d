package dev.steadfast.liouville;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the secular approximation is exact (a thermal harmonic ladder: every jump connects
 * eigenstates of H), the preconditioner is the exact inverse of the normalised generator, so
 * applying it to 1/d gives the steady state: the Gibbs state.
 */
class SecularPreconditionerTest {

    @ParameterizedTest
    @CsvSource({"1.0, 0.7, 0.2", "0.5, 2.0, 1.0", "2.0, 0.3, 0.05"})
    void exactForAThermalOscillator(double w, double temperature, double rate) {
        Space s = Space.of(Site.boson("c", 12));
        Operator h = Operators.number(s, "c").scale(w);
        OpenSystem sys = new OpenSystem(h, List.of(new ThermalBath("bath", Operators.destroy(s, "c"), w, temperature, rate)));
        Liouvillian l = Liouvillian.of(sys);
        int[] q = ChargeSymmetry.detect(sys).orElseThrow();
        HermitianBasis basis = HermitianBasis.chargeNeutral(q);
        SecularPreconditioner p = new SecularPreconditioner(sys, l, basis, q);
        int[] diag = basis.diagonalCoordinates();
        double[] u = new double[basis.size()];
        for (int c : diag) {
            u[c] = 1.0 / diag.length;
        }
        double[] x = new double[basis.size()];
        p.apply(u, x);
        // truncated thermal ladder: p_n proportional to exp(-n w / T) on the kept levels
        double z = 0;
        for (int n = 0; n < diag.length; n++) {
            z += Math.exp(-n * w / temperature);
        }
        for (int n = 0; n < diag.length; n++) {
            assertEquals(Math.exp(-n * w / temperature) / z, x[diag[n]], 1e-12);
        }
    }
}
