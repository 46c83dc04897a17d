package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.heom.Decomposition;
import dev.steadfast.heom.DrudeLorentzSpectrum;
import dev.steadfast.heom.HeomBath;
import dev.steadfast.heom.HeomGenerator;
import dev.steadfast.heom.HeomState;
import dev.steadfast.heom.HeomSystem;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Generator;
import dev.steadfast.space.Space;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/**
 * Analytic problems for the HEOM generator. A qubit {@code H = (w/2) σz} (σz = diag(1, −1), ground
 * state index 1) with a Drude–Lorentz heom bath through {@code Q = σz} (pure dephasing: populations
 * are untouched, every ADO of a diagonal ρ is diagonal and commutes with Q):
 * with a decay jump σ− the steady state is exactly the ground state; without it every diagonal
 * state is stationary (a kernel of dimension 2).
 */
final class HeomProblems {
    private static final CMatrix SZ = CMatrix.ofReal(new double[][] {{1, 0}, {0, -1}});
    private static final CMatrix SM = CMatrix.ofReal(new double[][] {{0, 0}, {1, 0}});

    private HeomProblems() {
    }

    private static HeomSystem dephasedQubit(double w, double lambda, double temperature, double decay, int depth) {
        List<HeomSystem.Jump> jumps = decay > 0 ? List.of(new HeomSystem.Jump(SM, decay)) : List.of();
        return new HeomSystem(Space.qubits("q", 1), SZ.scale(w / 2, 0), jumps,
                List.of(new HeomBath("bath", SZ, new DrudeLorentzSpectrum(lambda, 0.5), temperature, 1, Decomposition.PADE)), depth);
    }

    /** Decay into the ground state under strong pure dephasing: ρ = |g⟩⟨g| exactly, at any coupling and depth. */
    record DecayUnderStrongDephasing(double w, double lambda, double temperature, double decay, int depth)
            implements UniqueProblem<HeomState> {
        @Override
        public Generator<HeomState> generator(boolean useSymmetry) {
            return new HeomGenerator(dephasedQubit(w, lambda, temperature, decay, depth));
        }

        @Override
        public void check(HeomState state, double tolerance) {
            CMatrix rho = state.system().matrix();
            assertEquals(1, rho.re(1, 1), tolerance);
            assertEquals(0, rho.re(0, 0), tolerance);
            assertEquals(0, Math.hypot(rho.re(0, 1), rho.im(0, 1)), tolerance);
        }
    }

    /** Pure dephasing alone: both populations are conserved, a kernel of dimension 2. */
    record PureDephasing(double w, double lambda, double temperature, int depth) implements DegenerateProblem<HeomState> {
        @Override
        public Generator<HeomState> generator(boolean useSymmetry) {
            return new HeomGenerator(dephasedQubit(w, lambda, temperature, 0, depth));
        }

        @Override
        public int kernelDimension() { return 2; }
    }
}
