package dev.steadfast.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Partial trace and partial transpose of product states against their factors. */
class PartialOperationsTest {

    private static CMatrix randomState(int d, Random rnd) {
        CMatrix g = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                g.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        CMatrix r = g.times(g.adjoint());
        return r.scale(1 / r.traceRe(), 0);
    }

    @Test
    void partialTraceOfAProductGivesTheFactors() {
        Random rnd = new Random(3);
        CMatrix a = randomState(2, rnd);
        CMatrix b = randomState(3, rnd);
        CMatrix c = randomState(2, rnd);
        Space s = Space.of(Site.qubit("a"), Site.levels("b", 3), Site.qubit("c"));
        DensityMatrix rho = new DensityMatrix(s, a.kron(b).kron(c));
        assertEquals(0, rho.partialTrace(1).matrix().maxAbsDifference(b), 1e-14);
        assertEquals(0, rho.partialTrace(0, 2).matrix().maxAbsDifference(a.kron(c)), 1e-14);
        assertEquals(0, rho.partialTrace(2, 0).matrix().maxAbsDifference(c.kron(a)), 1e-14);
        assertEquals(0, rho.partialTrace(0, 1, 2).matrix().maxAbsDifference(rho.matrix()), 0);
    }

    @Test
    void partialTransposeOfAProductTransposesOneFactor() {
        Random rnd = new Random(4);
        CMatrix a = randomState(2, rnd);
        CMatrix b = randomState(3, rnd);
        Space s = Space.of(Site.qubit("a"), Site.levels("b", 3));
        DensityMatrix rho = new DensityMatrix(s, a.kron(b));
        assertEquals(0, rho.partialTranspose(1).maxAbsDifference(a.kron(b.transpose())), 1e-15);
        assertEquals(0, rho.partialTranspose(0).maxAbsDifference(a.transpose().kron(b)), 1e-15);
        assertEquals(0, rho.partialTranspose(0, 1).maxAbsDifference(rho.matrix().transpose()), 1e-15);
    }
}
