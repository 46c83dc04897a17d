package dev.steadfast.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.dynamics.Evolution;
import dev.steadfast.dynamics.EvolutionMethod;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.dynamics.TwoQubitConcurrence;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact asymptotic states on non-unique steady-state manifolds. */
class SteadyManifoldTest {
    private final Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));

    /** rho = G G† / Tr(G G†) with a seeded complex Gaussian G: full rank, generic coherences. */
    private DensityMatrix randomState(long seed) {
        Random rnd = new Random(seed);
        CMatrix g = new CMatrix(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                g.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        CMatrix r = g.times(g.adjoint());
        return InitialStates.of(s, r.scale(1 / r.traceRe(), 0));
    }

    private OpenSystem collective(double w) {
        Operator j = Operators.sigmaMinus(s, "q1").plus(Operators.sigmaMinus(s, "q2"));
        Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(w / 2);
        return new OpenSystem(h, List.of(new LindbladDissipator("collective", j, 1.0)));
    }

    /**
     * From |10> = (|psi+> + |psi->)/sqrt2 the triplet part decays to |00> and the singlet is dark:
     * rho_inf = 1/2 |00><00| + 1/2 |psi-><psi-|, with concurrence 1/2.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0})
    void collectiveDecayTrapsHalfInTheSinglet(double w) {
        OpenSystem sys = collective(w);
        for (SteadyManifold<DensityMatrix> m : List.of(SteadyManifold.of(sys), SteadyManifold.sparse(sys))) {
            assertEquals(w == 0 ? 4 : 2, m.dimension());
            AsymptoticState<DensityMatrix> a = m.reachedFrom(InitialStates.product(s, 1, 0));
            CMatrix rho = a.state().matrix();
            CMatrix expected = new CMatrix(4, 4);
            expected.set(0, 0, 0.5, 0);
            int i10 = s.basisIndex(1, 0);
            int i01 = s.basisIndex(0, 1);
            expected.set(i10, i10, 0.25, 0);
            expected.set(i01, i01, 0.25, 0);
            expected.set(i10, i01, -0.25, 0);
            expected.set(i01, i10, -0.25, 0);
            assertTrue(rho.maxAbsDifference(expected) < 1e-10, rho::toString);
            // the state has rank 2: the concurrence takes square roots of zero eigenvalues, error ~ sqrt(eps)
            assertEquals(0.5, TwoQubitConcurrence.of(rho), 1e-7);
            assertTrue(a.residual() < 1e-10);
            assertEquals(1, a.trace(), 1e-12);
            assertTrue(a.minEigenvalue() > -1e-10);
        }
    }

    /**
     * Long-time evolution, an independent route. With H = w/2 (sz1 + sz2) the coherence
     * |00><psi-| has eigenvalue -i w: it never decays, so rho(t) does not converge; rho_inf (the
     * projection onto the kernel) is the time average of the asymptotic orbit. Averaging rho(t) over
     * N equally spaced points of one period 2 pi / w removes the rotating part exactly.
     */
    @Test
    void longTimeEvolutionAveragesToTheKernelProjection() {
        double w = 1.0;
        OpenSystem sys = collective(w);
        DensityMatrix rho0 = randomState(11);
        AsymptoticState<DensityMatrix> a = SteadyManifold.steadyStateFrom(sys, rho0);
        double t = 60;
        int n = 8;
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            times[k] = t + 2 * Math.PI * k / (w * n);
        }
        var run = Evolution.of(sys).from(rho0)
                .with(EvolutionOptions.defaults().withMethod(EvolutionMethod.DENSE_EXPONENTIAL)).at(times);
        CMatrix mean = new CMatrix(4, 4);
        for (int k = 0; k < n; k++) {
            mean = mean.plus(run.state(k).matrix().scale(1.0 / n, 0));
        }
        assertTrue(mean.maxAbsDifference(a.state().matrix()) < 1e-10);
        int i00 = s.basisIndex(0, 0);
        int i10 = s.basisIndex(1, 0);
        CMatrix late = run.state(0).matrix();
        assertTrue(Math.hypot(late.re(i00, i10), late.im(i00, i10)) > 1e-3, "the orbit keeps a rotating coherence");
        assertEquals(0, Math.hypot(a.state().matrix().re(i00, i10), a.state().matrix().im(i00, i10)), 1e-12);
    }

    /** With H = 0 nothing rotates: long-time evolution equals rho_inf entry by entry. */
    @Test
    void longTimeEvolutionAgreesWithoutHamiltonian() {
        OpenSystem sys = collective(0.0);
        DensityMatrix rho0 = randomState(11);
        AsymptoticState<DensityMatrix> a = SteadyManifold.steadyStateFrom(sys, rho0);
        DensityMatrix late = Evolution.of(sys).from(rho0).at(new double[] {60}).state(0);
        assertTrue(late.matrix().maxAbsDifference(a.state().matrix()) < 1e-10);
        assertEquals(4, a.kernelDimension());
    }

    /** Biorthonormality Tr(J_k rho_l) = delta_kl, and conservation Tr(J_k L(X)) = 0 for random X. */
    @Test
    void conservedQuantitiesAreBiorthonormalAndConserved() {
        OpenSystem sys = collective(1.0);
        SteadyManifold<DensityMatrix> m = SteadyManifold.of(sys);
        List<CMatrix> rhos = m.stationaryOperators().stream().map(DensityMatrix::matrix).toList();
        List<CMatrix> js = m.conservedQuantities().stream().map(DensityMatrix::matrix).toList();
        for (int k = 0; k < js.size(); k++) {
            for (int l = 0; l < rhos.size(); l++) {
                assertEquals(k == l ? 1 : 0, js.get(k).times(rhos.get(l)).traceRe(), 1e-10);
            }
        }
        Liouvillian l = Liouvillian.of(sys);
        Random rnd = new Random(5);
        for (int rep = 0; rep < 3; rep++) {
            CMatrix x = new CMatrix(4, 4);
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    x.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
                }
            }
            CMatrix lx = l.apply(x);
            for (CMatrix jk : js) {
                CMatrix p = jk.times(lx);
                assertEquals(0, Math.hypot(p.traceRe(), p.traceIm()), 1e-10);
            }
        }
    }

    /** A unique steady state is reached from any initial state and equals the direct solver's. */
    @Test
    void uniqueSteadyStateMatchesDirectSolver() {
        Operator s1 = Operators.sigmaMinus(s, "q1");
        Operator s2 = Operators.sigmaMinus(s, "q2");
        Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5)
                .plus(s1.dag().times(s2).plus(s1.times(s2.dag())).scale(0.1));
        OpenSystem sys = new OpenSystem(h, List.of(new ThermalBath("hot", s1, 1, 2, 0.1), new ThermalBath("cold", s2, 1, 0.1, 0.2)));
        CMatrix direct = SteadyStates.solve(sys).rho().matrix();
        for (SteadyManifold<DensityMatrix> m : List.of(SteadyManifold.of(sys), SteadyManifold.sparse(sys))) {
            assertEquals(1, m.dimension());
            AsymptoticState<DensityMatrix> a = m.reachedFrom(InitialStates.bell(s, dev.steadfast.state.States.Bell.PHI_PLUS));
            assertTrue(a.state().matrix().maxAbsDifference(direct) < 1e-10);
        }
    }
}
