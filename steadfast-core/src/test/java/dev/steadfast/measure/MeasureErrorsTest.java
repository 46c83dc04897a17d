package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Measures applied where they have no meaning fail with a message naming the sites. */
class MeasureErrorsTest {
    private static final Space S = Space.of(Site.qubit("q"), Site.boson("c", 5), Site.spin("s", 1),
            Site.levels("l", 3), Site.spin("h", 0.5));
    private static final DensityMatrix RHO = States.maximallyMixed(S);

    private static String message(Executable e) {
        return assertThrows(MeasureException.class, e).getMessage();
    }

    @Test
    void twoQubitMeasuresRejectNonQubits() {
        assertEquals("concurrence needs two qubits, but 'c' is a boson with 5 levels",
                message(() -> Measures.concurrence(RHO, 0, 1)));
        assertEquals("entanglement_of_formation needs two qubits, but 's' is a spin with 3 levels",
                message(() -> Measures.entanglementOfFormation(RHO, 2, 0)));
        assertEquals("discord needs two qubits, but 'l' is a 3-level system", message(() -> Measures.discord(RHO, 0, 3)));
        assertTrue(message(() -> Measures.bellFidelity(RHO, 1, 4, States.Bell.PHI_PLUS)).contains("'c'"));
        // a spin-1/2 counts as a qubit
        assertEquals(0, Measures.concurrence(RHO, 0, 4), 1e-12);
    }

    @Test
    void siteListsMustBeValid() {
        assertEquals("concurrence needs two different sites, but got 'q' twice", message(() -> Measures.concurrence(RHO, 0, 0)));
        assertEquals("negativity needs disjoint site lists, but 'c' is in both A and B",
                message(() -> Measures.negativity(RHO, new int[] {0, 1}, new int[] {1})));
        assertEquals("mutual_information needs a non-empty site list B",
                message(() -> Measures.mutualInformation(RHO, new int[] {0}, new int[0])));
        assertEquals("entropy needs a non-empty site list", message(() -> Measures.entropy(RHO, new int[0])));
        assertTrue(message(() -> Measures.purity(RHO, new int[] {2, 2})).contains("'s' is listed twice"));
        assertTrue(message(() -> Measures.coherenceL1(RHO, new int[] {7})).contains("site index 7"));
        assertTrue(message(() -> Measures.logNegativity(RHO, new int[] {-1}, new int[] {0})).contains("site index -1"));
    }

    @Test
    void fidelityNeedsOneSpace() {
        DensityMatrix other = States.maximallyMixed(Space.of(Site.qubit("q")));
        String m = message(() -> Measures.fidelity(RHO, other));
        assertTrue(m.startsWith("fidelity needs two states of one space") && m.contains("c:boson(5)"), m);
    }

    @Test
    void realNegativityIsReportedNotHidden() {
        Space two = RandomStates.TWO_QUBITS;
        CMatrix m = CMatrix.ofReal(new double[][] {{0.6, 0, 0, 0}, {0, 0.5, 0, 0}, {0, 0, -0.2, 0}, {0, 0, 0, 0.1}});
        DensityMatrix bad = new DensityMatrix(two, m);
        assertTrue(message(() -> Measures.entropy(bad, new int[] {0, 1})).contains("not positive semidefinite"));
        assertTrue(message(() -> Measures.concurrence(bad, 0, 1)).contains("not positive semidefinite"));
        assertTrue(message(() -> Measures.fidelity(bad, States.maximallyMixed(two))).contains("not positive semidefinite"));
        // round-off negatives are clipped: diag(0.5, 0.5, -1e-14, 1e-14)
        CMatrix tiny = CMatrix.ofReal(new double[][] {{0.5, 0, 0, 0}, {0, 0.5, 0, 0}, {0, 0, -1e-14, 0}, {0, 0, 0, 1e-14}});
        assertEquals(1, Measures.entropy(new DensityMatrix(two, tiny), new int[] {0, 1}), 1e-12);
    }
}
