package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An independent route: the null vector of the complex d^2 x d^2 Liouvillian (built entry by entry
 * in column stacking and handed to a dense SVD) against the sparse solvers, on random systems
 * (random Hermitian H, random jump operators, seeded), where no symmetry or structure helps.
 */
class DenseKernelAgreementTest {

    private static Operator random(Space s, Random rnd, boolean hermitian) {
        int d = s.dimension();
        CMatrix m = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        if (hermitian) {
            m = m.hermitianPart();
        }
        return new Operator(s, SparseCMatrix.fromDense(m));
    }

    private static OpenSystem randomSystem(long seed, int qubits) {
        Random rnd = new Random(seed);
        List<Site> sites = new ArrayList<>();
        for (int k = 0; k < qubits; k++) {
            sites.add(Site.qubit("q" + k));
        }
        Space s = new Space(sites);
        List<Dissipator> d = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            d.add(new LindbladDissipator("j" + k, random(s, rnd, false), 0.1 + rnd.nextDouble()));
        }
        return new OpenSystem(random(s, rnd, true), d);
    }

    /** The steady state as the right singular vector of the smallest singular value of L. */
    private static CMatrix denseKernel(OpenSystem sys) {
        SparseCMatrix l = Liouvillian.of(sys).toSparse();
        int n = l.rows();
        int d = (int) Math.round(Math.sqrt(n));
        DMatrixRMaj r = new DMatrixRMaj(2 * n, 2 * n);
        CMatrix dense = l.toDense();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r.set(i, j, dense.re(i, j));
                r.set(i + n, j + n, dense.re(i, j));
                r.set(i + n, j, dense.im(i, j));
                r.set(i, j + n, -dense.im(i, j));
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(2 * n, 2 * n, false, true, false);
        svd.decompose(r);
        double[] sv = svd.getSingularValues();
        int k = 0;
        for (int i = 1; i < sv.length; i++) {
            if (sv[i] < sv[k]) {
                k = i;
            }
        }
        DMatrixRMaj v = svd.getV(null, false);
        CMatrix rho = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                rho.set(i, j, v.get(i + j * d, k), v.get(n + i + j * d, k));
            }
        }
        // normalise: divide by the (complex) trace
        double tr = rho.traceRe();
        double ti = rho.traceIm();
        double den = tr * tr + ti * ti;
        return rho.scale(tr / den, -ti / den);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void sparseRoutesMatchTheDenseKernel(long seed) {
        OpenSystem sys = randomSystem(seed, seed % 2 == 0 ? 2 : 3);
        CMatrix reference = denseKernel(sys);
        for (SteadyStateMethod m : new SteadyStateMethod[] {SteadyStateMethod.DIRECT, SteadyStateMethod.ITERATIVE}) {
            CMatrix rho = SteadyStates.solve(sys, SteadyStateOptions.defaults().withMethod(m)).rho().matrix();
            assertEquals(0, reference.maxAbsDifference(rho), 1e-9, m.name());
        }
    }
}
