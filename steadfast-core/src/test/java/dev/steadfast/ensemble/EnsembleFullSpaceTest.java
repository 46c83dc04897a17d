package dev.steadfast.ensemble;

import static dev.steadfast.ensemble.CollectiveOperator.jm;
import static dev.steadfast.ensemble.CollectiveOperator.jp;
import static dev.steadfast.ensemble.CollectiveOperator.jx;
import static dev.steadfast.ensemble.CollectiveOperator.jy;
import static dev.steadfast.ensemble.CollectiveOperator.jz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStates;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Dicke-basis solution against the same model solved in the full 2^N space by the core
 * (N ≤ 6): collective moments, purity, entropy, the two-member reduced state and its concurrence.
 */
class EnsembleFullSpaceTest {
    private static final double TOL = 1e-9;

    static Stream<Arguments> models() {
        IntFunction<EnsembleSystem> driven = n -> EnsembleSystem.builder(n)
                .hamiltonian(jz().plus(jx().scale(0.5)))
                .collectiveJump("superradiance", jm(), 0.7)
                .local(LocalProcess.EMISSION, 1.0).local(LocalProcess.PUMPING, 0.5).local(LocalProcess.DEPHASING, 0.3)
                .build();
        IntFunction<EnsembleSystem> twisted = n -> EnsembleSystem.builder(n)
                .hamiltonian(jz().times(jz()).scale(0.4).plus(jx().scale(0.8)).plus(jy().scale(0.2)))
                .collectiveJump("odd jump", jm().plus(jz().scale(0.5)), 0.4)
                .collectiveJump("collective pumping", jp(), 0.3)
                .local(LocalProcess.PUMPING, 0.6).local(LocalProcess.DEPHASING, 0.2).local(LocalProcess.EMISSION, 0.1)
                .build();
        IntFunction<EnsembleSystem> emissionOnly = n -> EnsembleSystem.builder(n)
                .hamiltonian(jz().plus(jx().scale(1.5)))
                .local(LocalProcess.EMISSION, 0.8)
                .build();
        IntFunction<EnsembleSystem> conserving = n -> EnsembleSystem.builder(n)
                .hamiltonian(jz().scale(1.3).plus(jz().times(jz()).scale(0.2)))
                .collectiveJump("collective pumping", jp(), 0.8)
                .local(LocalProcess.EMISSION, 0.5).local(LocalProcess.DEPHASING, 0.1)
                .build();
        return Stream.of(
                Arguments.of("driven, all processes", 2, driven), Arguments.of("driven, all processes", 3, driven),
                Arguments.of("driven, all processes", 4, driven),
                Arguments.of("twisting + polynomial jump", 3, twisted), Arguments.of("twisting + polynomial jump", 5, twisted),
                Arguments.of("driven local emission", 4, emissionOnly),
                Arguments.of("jz-conserving", 5, conserving), Arguments.of("jz-conserving", 6, conserving));
    }

    @ParameterizedTest(name = "{0}, N = {1}")
    @MethodSource("models")
    void agreesWithFullSpace(String label, int n, IntFunction<EnsembleSystem> model) {
        EnsembleSystem e = model.apply(n);
        FullSpaceEnsemble full = new FullSpaceEnsemble(n);
        DensityMatrix rho = SteadyStates.solve(full.system(e)).rho();
        for (boolean symmetry : new boolean[] {true, false}) {
            SteadyState.Unique<EnsembleState> ss = (SteadyState.Unique<EnsembleState>) SteadyStates.solve(e,
                    SteadyStateOptions.defaults().withSymmetry(symmetry));
            EnsembleState s = ss.rho();
            for (CollectiveOperator o : new CollectiveOperator[] {jz(), jz().times(jz()), jx().times(jx()), jx(), jy(),
                    jp().times(jz()), jp().times(jp())}) {
                double[] want = rho.expectComplex(full.collective(o));
                double[] got = s.expectComplex(o);
                assertEquals(want[0], got[0], TOL, "Re <" + o + ">");
                assertEquals(want[1], got[1], TOL, "Im <" + o + ">");
            }
            CMatrix m = rho.matrix();
            assertEquals(m.frobeniusNorm() * m.frobeniusNorm(), EnsembleMeasures.purity(s), TOL, "purity");
            assertEquals(entropyBits(m), EnsembleMeasures.entropy(s), 1e-8, "entropy");
            CMatrix pairFull = n == 2 ? m : rho.partialTrace(0, n - 1).matrix(); // core partialTrace needs a traced site
            CMatrix pair = EnsembleMeasures.pairState(s).matrix();
            assertTrue(pairFull.maxAbsDifference(pair) < TOL, "pair state differs:\n" + pairFull + "vs\n" + pair);
            assertEquals(TwoQubitStates.concurrence(pairFull), EnsembleMeasures.pairConcurrence(s), TOL, "concurrence");
            assertTrue(ss.certificate().residual() < 1e-10);
            assertTrue(ss.certificate().minEigenvalue() > -1e-12);
        }
    }

    private static double entropyBits(CMatrix rho) {
        double h = 0;
        for (double l : HermitianEigen.eigenvalues(rho)) {
            if (l > 0) {
                h -= l * Math.log(l) / Math.log(2);
            }
        }
        return h;
    }
}
