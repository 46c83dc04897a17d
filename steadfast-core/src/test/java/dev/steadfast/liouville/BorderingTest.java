package dev.steadfast.liouville;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.ensemble.EnsembleGenerator;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.ensemble.LocalProcess;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.system.TestSystems;
import org.junit.jupiter.api.Test;

/**
 * The generator restored from its bordered form by trace preservation equals the assembled one:
 * a driven cavity (full basis), a thermal chain (charge-neutral sector) and a Dicke ensemble.
 */
class BorderingTest {
    private static void assertSameMatrix(RealCsc expected, RealCsc actual) {
        double[][] e = expected.toDense();
        double[][] a = actual.toDense();
        double scale = expected.norm1();
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e.length; j++) {
                assertEquals(e[i][j], a[i][j], 1e-14 * scale, "(" + i + ", " + j + ")");
            }
        }
    }

    private static void check(Generator<?> g) {
        RealCsc restored = Bordering.restoreRow(g.bordered(), g.traceFunctional(), g.traceRow());
        assertSameMatrix(g.matrix(), restored);
        assertSameMatrix(g.bordered(), Bordering.replaceRow(restored, g.traceFunctional(), g.traceRow()));
    }

    @Test
    void lindbladGeneratorsAreRestored() {
        check(LindbladGenerator.of(TestSystems.drivenCavity(8)));
        check(LindbladGenerator.of(TestSystems.thermalXxChain(4, 0.005)));
    }

    @Test
    void ensembleGeneratorsAreRestored() {
        EnsembleSystem dicke = EnsembleSystem.builder(6)
                .hamiltonian(CollectiveOperator.jz().plus(CollectiveOperator.jx().scale(0.5)))
                .collectiveJump("collective emission", CollectiveOperator.jm(), 1.0)
                .local(LocalProcess.EMISSION, 1.0)
                .local(LocalProcess.PUMPING, 0.5)
                .build();
        check(EnsembleGenerator.of(dicke));
    }

    /** A generator whose bordered form is still held gives M from it (the same matrix). */
    @Test
    void theMatrixAfterTheBorderedFormIsTheAssembledOne() {
        LindbladGenerator fresh = LindbladGenerator.of(TestSystems.drivenCavity(8));
        RealCsc held = fresh.bordered();
        RealCsc derived = fresh.matrix();
        assertSameMatrix(LindbladGenerator.of(TestSystems.drivenCavity(8)).matrix(), derived);
        assertEquals(held.cols(), derived.cols());
    }
}
