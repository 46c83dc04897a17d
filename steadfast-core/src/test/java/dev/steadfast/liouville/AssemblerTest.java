package dev.steadfast.liouville;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Three routes to L(X) must agree: the real matrix in the Hermitian basis (full and in the
 * charge-neutral sector), the matrix-free action, and the complex column-stacked matrix.
 */
class AssemblerTest {

    private static OpenSystem system(boolean conserving) {
        Space s = Space.of(Site.qubit("a"), Site.boson("c", 3), Site.qubit("b"));
        Operator a = Operators.destroy(s, "c");
        Operator h = Operators.sigmaZ(s, "a").scale(0.6).plus(Operators.number(s, "c").scale(1.1))
                .plus(Operators.sigmaPlus(s, "a").times(a).scale(0.2, 0.1))
                .plus(Operators.sigmaMinus(s, "a").times(a.dag()).scale(0.2, -0.1))
                .plus(Operators.sigmaPlus(s, "b").times(Operators.sigmaMinus(s, "a")).scale(0.15))
                .plus(Operators.sigmaPlus(s, "a").times(Operators.sigmaMinus(s, "b")).scale(0.15));
        if (!conserving) {
            h = h.plus(Operators.sigmaX(s, "b").scale(0.3));
        }
        return new OpenSystem(h, List.of(new ThermalBath("t", a, 1.1, 0.8, 0.2),
                new LindbladDissipator("z", Operators.sigmaZ(s, "a"), 0.05),
                new LindbladDissipator("m", Operators.sigmaMinus(s, "b"), 0.3)));
    }

    /** A random Hermitian matrix restricted to the positions of the basis. */
    private static CMatrix randomOn(HermitianBasis basis, Random rnd) {
        double[] x = new double[basis.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        return basis.toMatrix(x);
    }

    private static void checkAgreement(OpenSystem sys, HermitianBasis basis) {
        Liouvillian l = Liouvillian.of(sys);
        RealCsc m = new HermitianAssembler(l, basis).assemble();
        var complex = l.toSparse();
        Random rnd = new Random(11);
        for (int t = 0; t < 3; t++) {
            CMatrix x = randomOn(basis, rnd);
            double[] y = new double[basis.size()];
            m.multiply(basis.coordinates(x), y);
            CMatrix viaReal = basis.toMatrix(y);
            CMatrix viaAction = l.apply(x);
            int d = l.hilbertDimension();
            double[] vr = new double[d * d];
            double[] vi = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    vr[i + j * d] = x.re(i, j);
                    vi[i + j * d] = x.im(i, j);
                }
            }
            double[] wr = new double[d * d];
            double[] wi = new double[d * d];
            complex.multiply(vr, vi, wr, wi);
            CMatrix viaComplex = new CMatrix(d, d);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    viaComplex.set(i, j, wr[i + j * d], wi[i + j * d]);
                }
            }
            assertEquals(0, viaAction.maxAbsDifference(viaComplex), 1e-13);
            // the sector basis only sees its own positions; L maps the sector into itself
            assertEquals(0, viaReal.maxAbsDifference(viaAction), 1e-13);
        }
    }

    @Test
    void realFullBasisAgreesWithComplexRoutes() {
        OpenSystem sys = system(false);
        checkAgreement(sys, HermitianBasis.full(sys.space().dimension()));
    }

    @Test
    void chargeNeutralSectorIsDetectedAndClosed() {
        OpenSystem sys = system(true);
        Optional<int[]> q = ChargeSymmetry.detect(sys);
        assertEquals(true, q.isPresent());
        checkAgreement(sys, HermitianBasis.chargeNeutral(q.get()));
        assertEquals(true, ChargeSymmetry.detect(system(false)).isEmpty());
    }
}
