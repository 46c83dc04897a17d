package dev.steadfast.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.ensemble.DickeLadders;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleStates;
import dev.steadfast.model.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text forms of an ensemble's initial states, and the messages for text that is none of them. */
class EnsembleInitialStatesTest {
    private static final DickeLadders THREE = new DickeLadders(3);

    @Test
    void everyFormIsTheLibrarysState() throws ModelException {
        assertSame(EnsembleStates.ground(THREE), parse("ground"));
        assertSame(EnsembleStates.excited(THREE), parse(" excited "));
        assertSame(EnsembleStates.dicke(THREE, 0), parse("dicke(0)"));
        assertSame(EnsembleStates.dicke(THREE, 2), parse("dicke( 2 )"));
        assertSame(EnsembleStates.dicke(THREE, 3), parse("dicke(3)"));
        assertSame(EnsembleStates.coherent(THREE, 1.2, -0.5), parse("coherent(1.2, -0.5)"));
        assertSame(EnsembleStates.coherent(THREE, 3e-1, 0), parse("coherent( 3e-1 ,0 )"));
    }

    /** A Dicke state with K excited members has ⟨Jz⟩ = K − N/2. */
    @Test
    void dickeKHasKExcitations() throws ModelException {
        for (int k = 0; k <= 3; k++) {
            assertEquals(k - 1.5, parse("dicke(" + k + ")").expect(CollectiveOperator.jz()), 1e-12);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "dicke(4);            trio has 3 members, so dicke(K) needs K in 0..3",
        "coherent(1.2.3, 0);  coherent(theta, phi) takes two numbers",
        "q1=1;                trio is a permutation-invariant ensemble; its initial states are ground, excited, dicke(K) "
            + "(K members excited, a symmetric Dicke state) or coherent(theta, phi) (every member in "
            + "cos(theta/2)|0> + e^(i phi) sin(theta/2)|1>)",
        "dicke(-1);           trio is a permutation-invariant ensemble; its initial states are ground"})
    void badTextSaysWhy(String text, String problem) {
        ModelException e = assertThrows(ModelException.class, () -> parse(text));
        assertTrue(e.problem().startsWith(problem), e.getMessage());
        assertEquals("trio: initial state '" + text + "': " + e.problem(), e.getMessage());
    }

    private static EnsembleState parse(String text) throws ModelException {
        return EnsembleInitialStates.parse(text, THREE, "trio");
    }

    private static void assertSame(EnsembleState expected, EnsembleState actual) {
        for (int b = 0; b < THREE.blocks(); b++) {
            assertEquals(expected.sectorBlock(b), actual.sectorBlock(b), "block " + b);
        }
    }
}
