package dev.steadfast.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.state.States;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Degeneracies, counting, spin algebra and the two-qubit helpers. */
class DickeBasicsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 10, 40, 100})
    void laddersFillTheHilbertSpace(int n) {
        DickeLadders lad = new DickeLadders(n);
        double dim = 0;
        for (int b = 0; b < lad.blocks(); b++) {
            dim += lad.degeneracy(b) * lad.size(b);
        }
        assertEquals(1.0, dim / Math.pow(2, n), 1e-12);
        long c = BigInteger.valueOf(n + 3).multiply(BigInteger.valueOf(n + 2)).multiply(BigInteger.valueOf(n + 1)).longValue() / 6;
        assertEquals(c, lad.unknowns());
        // d_j = C(N, N/2 - j) - C(N, N/2 - j - 1)
        int b = lad.blocks() - 1;
        int k = (n - lad.twoJ(b)) / 2;
        double exact = binomial(n, k) - (k > 0 ? binomial(n, k - 1) : 0);
        assertEquals(1.0, lad.degeneracy(b) / exact, 1e-12);
    }

    private static double binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r.doubleValue();
    }

    @Test
    void spinMatricesObeyTheAlgebra() {
        CollectiveOperator jx = CollectiveOperator.jx();
        CollectiveOperator jy = CollectiveOperator.jy();
        CollectiveOperator jz = CollectiveOperator.jz();
        for (int twoJ = 0; twoJ <= 7; twoJ++) {
            double j = twoJ / 2.0;
            CMatrix comm = jx.times(jy).minus(jy.times(jx)).minus(jz.scale(0, 1)).matrix(twoJ).toDense();
            assertEquals(0.0, comm.frobeniusNorm(), 1e-12);
            CMatrix casimir = jx.times(jx).plus(jy.times(jy)).plus(jz.times(jz)).matrix(twoJ).toDense();
            assertEquals(0.0, casimir.minus(CMatrix.identity(twoJ + 1).scale(j * (j + 1), 0)).frobeniusNorm(), 1e-12);
            assertEquals(-j, jz.matrix(twoJ).re(0, 0), 0.0); // level 0 is m = -j
        }
    }

    @Test
    void concurrenceOfBellProductAndWernerStates() {
        var two = dev.steadfast.space.Space.qubits("q", 2);
        for (States.Bell bell : States.Bell.values()) {
            assertEquals(1.0, TwoQubitStates.concurrence(bell.state(two).matrix()), 1e-12);
        }
        assertEquals(0.0, TwoQubitStates.concurrence(States.basis(two, 0, 1).matrix()), 1e-12);
        for (double p : new double[] {0.2, 0.5, 0.9}) {
            CMatrix werner = States.Bell.PSI_MINUS.state(two).matrix().scale(p, 0).plus(CMatrix.identity(4).scale((1 - p) / 4, 0));
            assertEquals(Math.max(0, (3 * p - 1) / 2), TwoQubitStates.concurrence(werner), 1e-12);
        }
    }
}
