package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under AUTO a uniqueness probe that runs out of GMRES's budget is no proof of a degenerate kernel:
 * a preconditioner poor for the system looks the same. The LU decides instead. The system: two
 * double quantum dots (three charge states each) coupled to a cavity (catalogue
 * contreras-dqd-cavity at GL = 0.05), whose steady state is unique, with the charge-block
 * preconditioner forced on it — its interdot tunnelling and dipole coupling change the level
 * count, so the blocks drop strong terms and GMRES crawls.
 */
class ProbeBudgetTest {
    private static OpenSystem dqdCavity() {
        Site d1 = Site.levels("d1", 3);
        Site d2 = Site.levels("d2", 3);
        Space s = Space.of(d1, d2, Site.boson("c", 8));
        double eps = 1.0;
        double tc = 0.1;
        double wc = Math.sqrt(eps * eps + 4 * tc * tc);
        double g = 0.2;
        double gl = 0.05;
        double gr = 0.05;
        Operator a = Operators.destroy(s, "c");
        Operator h = Operators.number(s, "c").scale(wc);
        for (String d : new String[] {"d1", "d2"}) {
            Site site = s.site(s.require(d));
            Operator sz = Operators.embed(s, d, LocalOperators.projector(site, 1))
                    .plus(Operators.embed(s, d, LocalOperators.projector(site, 2)).scale(-1));
            Operator sx = Operators.embed(s, d, LocalOperators.ketBra(site, 1, 2))
                    .plus(Operators.embed(s, d, LocalOperators.ketBra(site, 2, 1)));
            h = h.plus(sz.scale(eps / 2)).plus(sx.scale(tc)).plus(sz.times(a.plus(a.dag())).scale(g));
        }
        return new OpenSystem(h, List.of(
                new LindbladDissipator("loss", a, 0.01),
                new LindbladDissipator("source1", Operators.embed(s, "d1", LocalOperators.ketBra(d1, 1, 0)), gl),
                new LindbladDissipator("drain1", Operators.embed(s, "d1", LocalOperators.ketBra(d1, 0, 2)), gr),
                new LindbladDissipator("source2", Operators.embed(s, "d2", LocalOperators.ketBra(d2, 2, 0)), gl),
                new LindbladDissipator("drain2", Operators.embed(s, "d2", LocalOperators.ketBra(d2, 0, 1)), gr)));
    }

    @Test
    void anUnconvergedProbeLetsTheLuDecide() {
        OpenSystem system = dqdCavity();
        var forced = LindbladGenerator.of(system, LindbladGenerator.PreconditionerChoice.CHARGE_BLOCKS);
        SteadyState<DensityMatrix> auto = SteadyStates.solve(forced, SteadyStateOptions.defaults());
        var unique = assertInstanceOf(SteadyState.Unique.class, auto, "a unique steady state: " + auto);
        SteadyState<DensityMatrix> lu = SteadyStates.solve(LindbladGenerator.of(system),
                SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT));
        DensityMatrix x = (DensityMatrix) unique.state();
        DensityMatrix y = ((SteadyState.Unique<DensityMatrix>) lu).state();
        Operator n = Operators.number(system.space(), "c");
        assertEquals(y.expect(n), x.expect(n), 1e-9);
        assertEquals(Route.Algorithm.SPARSE_LU, unique.route().algorithm());
        assertTrue(unique.route().fellBack());
    }
}
