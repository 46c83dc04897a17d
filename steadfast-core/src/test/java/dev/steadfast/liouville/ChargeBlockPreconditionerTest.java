package dev.steadfast.liouville;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.RealCsc;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.Route;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateMethod;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.Excitations;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.TestSystems;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The charge-block preconditioner: the Liouvillian without its excitation-changing terms, block
 * diagonal by coherence order. Its blocks, its quality on the system it is made for (a driven damped
 * cavity: tens of iterations where the secular preconditioner takes hundreds) and the agreement of
 * the state it leads to with the LU's on a driven Jaynes–Cummings system.
 */
class ChargeBlockPreconditionerTest {

    /** Coherence orders |Q(i) - Q(j)| per coordinate: for a qutrit, |0><0| 0, Re/Im |0><1| 1, Re/Im |0><2| 2, ... */
    @Test
    void coherenceOrdersFollowTheCoordinates() {
        HermitianBasis basis = HermitianBasis.full(3);
        int[] order = basis.coherenceOrders(new int[] {0, 1, 2});
        // positions (0,0) (0,1) (0,2) (1,1) (1,2) (2,2); off-diagonal ones carry two coordinates
        assertArrayEquals(new int[] {0, 1, 1, 2, 2, 0, 1, 1, 0}, order);
    }

    /** The blocks keep exactly the entries between equal orders; an undriven cavity loses none. */
    @Test
    void blocksKeepTheEntriesOfEqualOrder() {
        LindbladGenerator driven = LindbladGenerator.full(TestSystems.drivenCavity(12));
        int[] order = driven.basis().coherenceOrders(Excitations.of(driven.system().space()));
        RealCsc bordered = driven.bordered();
        ChargeBlockPreconditioner.Blocks b = ChargeBlockPreconditioner.Blocks.of(bordered, order);
        double[][] full = bordered.toDense();
        double[][] kept = b.matrix().toDense();
        long dropped = 0;
        for (int i = 0; i < full.length; i++) {
            for (int j = 0; j < full.length; j++) {
                if (order[i] == order[j]) {
                    assertEquals(full[i][j], kept[i][j], 0.0);
                } else {
                    assertEquals(0.0, kept[i][j], 0.0);
                    dropped += full[i][j] != 0 ? 1 : 0;
                }
            }
        }
        assertEquals(dropped, b.dropped());
        assertTrue(dropped > 0, "the drive couples neighbouring orders");

        Space s = Space.of(Site.boson("c", 12));
        Operator a = Operators.destroy(s, "c");
        LindbladGenerator undriven = LindbladGenerator.full(new OpenSystem(Operators.number(s, "c").scale(0.7),
                List.of(new LindbladDissipator("loss", a, 1.3))));
        assertEquals(0, ChargeBlockPreconditioner.Blocks.of(undriven.bordered(),
                undriven.basis().coherenceOrders(Excitations.of(s))).dropped());
    }

    private static SteadyState.Unique<DensityMatrix> iterative(OpenSystem system, LindbladGenerator.PreconditionerChoice c) {
        SteadyState<DensityMatrix> ss = SteadyStates.solve(LindbladGenerator.of(system, c),
                SteadyStateOptions.defaults().withMethod(SteadyStateMethod.ITERATIVE));
        return assertInstanceOf(SteadyState.Unique.class, ss);
    }

    /**
     * On the driven damped cavity (F = 0.9, kappa = 1.3, Delta = 0.7; 60 levels) the blocks need a
     * third of the secular preconditioner's iterations or fewer, and both reach the coherent state,
     * {@code <n> = F^2 / (Delta^2 + kappa^2/4)}.
     */
    @Test
    void onADrivenCavityTheBlocksConvergeInAFractionOfTheSecularIterations() {
        OpenSystem cavity = TestSystems.drivenCavity(60);
        var blocks = iterative(cavity, LindbladGenerator.PreconditionerChoice.CHARGE_BLOCKS);
        var secular = iterative(cavity, LindbladGenerator.PreconditionerChoice.SECULAR);
        assertTrue(blocks.route().preconditioner().startsWith("the charge-block"));
        assertTrue(secular.route().preconditioner().startsWith("the secular"));
        assertTrue(3 * blocks.route().iterations() <= secular.route().iterations(),
                blocks.route().iterations() + " vs " + secular.route().iterations());
        double exact = TestSystems.F * TestSystems.F
                / (TestSystems.DELTA * TestSystems.DELTA + TestSystems.KAPPA * TestSystems.KAPPA / 4);
        Operator n = Operators.number(cavity.space(), "c");
        assertEquals(exact, blocks.state().expect(n), 1e-10);
        assertEquals(exact, secular.state().expect(n), 1e-10);
    }

    /**
     * A driven Jaynes–Cummings system (a qubit in a damped cavity driven on resonance, 12 levels):
     * GMRES with the blocks and the LU give the same state, entry by entry.
     */
    @Test
    void onADrivenJaynesCummingsSystemTheBlocksAgreeWithTheLu() {
        Space s = Space.of(Site.boson("c", 12), Site.qubit("q"));
        Operator a = Operators.destroy(s, "c");
        Operator sm = Operators.sigmaMinus(s, "q");
        Operator h = Operators.number(s, "c").plus(Operators.sigmaZ(s, "q").scale(0.5))
                .plus(a.dag().times(sm).plus(sm.dag().times(a)).scale(0.3)).plus(a.plus(a.dag()).scale(0.4));
        OpenSystem jc = new OpenSystem(h, List.of(new LindbladDissipator("loss", a, 0.8),
                new LindbladDissipator("decay", sm, 0.1)));
        var blocks = iterative(jc, LindbladGenerator.PreconditionerChoice.CHARGE_BLOCKS);
        assertEquals(Route.Algorithm.PRECONDITIONED_GMRES, blocks.route().algorithm());
        assertTrue(blocks.route().preconditioner().startsWith("the charge-block"));
        SteadyState<DensityMatrix> lu = SteadyStates.solve(LindbladGenerator.of(jc),
                SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT));
        DensityMatrix x = blocks.state();
        DensityMatrix y = ((SteadyState.Unique<DensityMatrix>) lu).state();
        for (int i = 0; i < s.dimension(); i++) {
            for (int j = 0; j < s.dimension(); j++) {
                assertEquals(y.matrix().re(i, j), x.matrix().re(i, j), 1e-10);
                assertEquals(y.matrix().im(i, j), x.matrix().im(i, j), 1e-10);
            }
        }
    }
}
