package dev.steadfast.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.measure.Measures;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Gaussian route against the Fock-truncated density-matrix route on the same two-mode model
 * (detuned modes, beam splitter, two-mode squeezing, a drive, loss and thermal pumping) at small
 * occupation, where the truncation error is below the tolerances used.
 */
class FockRouteAgreementTest {

    @Test
    void gaussianAndFockRoutesAgreeOnATwoModeModel() {
        double w1 = 0.3, w2 = -0.2, j = 0.25, g = 0.15, f = 0.1, k1 = 1.0, k2 = 0.8, nth = 0.05;
        GaussianSystem gs = GaussianSystem.builder(2).frequency(0, w1).frequency(1, w2).hopping(0, 1, j, 0)
                .squeezing(0, 1, g, 0).drive(0, f, 0).thermal(0, k1, nth).jump(k2, 1, false).build();
        GaussianState s = GaussianSteadyStates.solve(gs).rho();

        int cut = 9;
        Space sp = Space.of(Site.boson("a", cut), Site.boson("b", cut));
        Operator a = Operators.destroy(sp, "a");
        Operator b = Operators.destroy(sp, "b");
        Operator h = Operators.number(sp, "a").scale(w1).plus(Operators.number(sp, "b").scale(w2))
                .plus(a.dag().times(b).plus(b.dag().times(a)).scale(j))
                .plus(a.dag().times(b.dag()).plus(a.times(b)).scale(g))
                .plus(a.plus(a.dag()).scale(f));
        OpenSystem sys = new OpenSystem(h, List.of(new LindbladDissipator("a-loss", a, k1 * (nth + 1)),
                new LindbladDissipator("a-gain", a.dag(), k1 * nth), new LindbladDissipator("b-loss", b, k2)));
        DensityMatrix rho = SteadyStates.solve(sys).rho();

        assertEquals(rho.expect(Operators.number(sp, "a")), s.occupation(0), 1e-6);
        assertEquals(rho.expect(Operators.number(sp, "b")), s.occupation(1), 1e-6);
        double[] ab = rho.expectComplex(a.times(b));
        // <ab> = <a><b> + (V_x1x2 − V_p1p2 + i(V_x1p2 + V_p1x2))/2
        double[] ma = s.amplitude(0);
        double[] mb = s.amplitude(1);
        double re = ma[0] * mb[0] - ma[1] * mb[1] + (s.covariance(0, 2) - s.covariance(1, 3)) / 2;
        double im = ma[0] * mb[1] + ma[1] * mb[0] + (s.covariance(0, 3) + s.covariance(1, 2)) / 2;
        assertEquals(ab[0], re, 1e-6);
        assertEquals(ab[1], im, 1e-6);
        assertEquals(Measures.logNegativity(rho, new int[] {0}, new int[] {1}),
                GaussianMeasures.logNegativity(s, new int[] {0}, new int[] {1}), 1e-5);
        assertEquals(Measures.entropy(rho, new int[] {0}), GaussianMeasures.entropy(s, 0), 1e-5);
        assertEquals(Measures.purity(rho, new int[] {1}), GaussianMeasures.purity(s, 1), 1e-6);
    }
}
