package dev.steadfast.steady;

import static dev.steadfast.ensemble.CollectiveOperator.jm;
import static dev.steadfast.ensemble.CollectiveOperator.jz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.ensemble.EnsembleGenerator;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.ensemble.LocalProcess;
import dev.steadfast.global.FlatSpectralDensity;
import dev.steadfast.global.GlobalBath;
import dev.steadfast.global.GlobalMasterEquation;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;

/**
 * Steady-state problems with answers known in closed form (in the style of Hipparchus's
 * {@code TestProblemN}): each builds its {@link Generator} and checks a solved state against its
 * closed form, or (for a degenerate kernel) knows the kernel dimension. The solver contract
 * ({@link SteadyStateSolverContract}) runs them on every route; ħ = k_B = 1 throughout.
 */
public final class AnalyticProblems {
    private AnalyticProblems() {
    }

    /** A problem with a generator; {@code useSymmetry} is ignored where there is none to use. */
    public interface Problem<S> {
        Generator<S> generator(boolean useSymmetry);
    }

    /** A problem with a unique steady state and its closed form. */
    public interface UniqueProblem<S> extends Problem<S> {
        /** Asserts the closed form on {@code state} to {@code tolerance} (absolute unless said otherwise). */
        void check(S state, double tolerance);
    }

    /** A problem whose generator has a degenerate kernel of known dimension. */
    public interface DegenerateProblem<S> extends Problem<S> {
        int kernelDimension();
    }

    /** The Lindblad problems with a unique steady state (a few parameter sets each). */
    public static List<UniqueProblem<DensityMatrix>> lindbladUnique() {
        return List.of(new ThermalQubit(1.0, 0.5, 0.1), new ThermalQubit(2.5, 0.0, 1.0), new ThermalQubit(0.7, 10.0, 0.01),
                new DrivenCavity(0.3, 0.2, 1.0), new DrivenCavity(-0.4, 0.25, 2.0),
                new EntanglementMachine(1.0, 0.05, 0.01, 1.0, 5.0, 0.0), new EntanglementMachine(1.0, 0.1, 0.1, 0.1, 2.0, 0.1));
    }

    /**
     * A qubit {@code H = (w/2) sz} in a thermal bath: {@code p_e = n/(2n+1)} with the Bose factor
     * {@code n = 1/(e^{w/T} - 1)} (n = 0 at T = 0).
     */
    public record ThermalQubit(double w, double temperature, double rate) implements UniqueProblem<DensityMatrix> {
        public OpenSystem system() {
            Space s = Space.of(Site.qubit("q"));
            Operator h = Operators.sigmaZ(s, "q").scale(w / 2);
            return new OpenSystem(h, List.of(new ThermalBath("bath", Operators.sigmaMinus(s, "q"), w, temperature, rate)));
        }

        @Override
        public Generator<DensityMatrix> generator(boolean useSymmetry) {
            return LindbladGenerator.of(system(), useSymmetry);
        }

        @Override
        public void check(DensityMatrix rho, double tolerance) {
            double n = temperature == 0 ? 0 : 1 / (Math.exp(w / temperature) - 1);
            double pExcited = n / (2 * n + 1);
            assertEquals(pExcited, rho.matrix().re(1, 1), tolerance, "p_e");
            assertEquals(1 - pExcited, rho.matrix().re(0, 0), tolerance, "p_g");
        }
    }

    /**
     * A cavity {@code H = Δ a†a + F (a + a†)} with loss κ: a coherent state with
     * {@code <n> = F²/(Δ² + κ²/4)}. Truncated at {@value #LEVELS} levels: for {@code <n> <= 0.2} the
     * Poisson weight above the cut is below 1e-30.
     */
    public record DrivenCavity(double detuning, double drive, double kappa) implements UniqueProblem<DensityMatrix> {
        static final int LEVELS = 20;

        public OpenSystem system() {
            Space s = Space.of(Site.boson("c", LEVELS));
            Operator a = Operators.destroy(s, "c");
            Operator h = Operators.number(s, "c").scale(detuning).plus(a.plus(a.dag()).scale(drive));
            return new OpenSystem(h, List.of(new LindbladDissipator("loss", a, kappa)));
        }

        @Override
        public Generator<DensityMatrix> generator(boolean useSymmetry) {
            return LindbladGenerator.of(system(), useSymmetry);
        }

        @Override
        public void check(DensityMatrix rho, double tolerance) {
            double expected = drive * drive / (detuning * detuning + kappa * kappa / 4);
            assertTrue(expected <= 0.2, "outside the truncation's range: <n> = " + expected);
            assertEquals(expected, rho.expect(Operators.number(rho.space(), "c")), tolerance, "<n>");
        }
    }

    /**
     * Brask, Haack, Brunner & Huber, NJP 17, 113029 (2015): two resonant qubits with exchange g, each
     * in its own thermal bath (local master equation). The steady state is an X state with
     * coherence {@code rho_{eg,ge} = i * 2 g γh γc (ph - pc) / D}, {@code D = (4g² + γh γc)(γh + γc)},
     * {@code γ = r (2n + 1)}, {@code p = n/(2n + 1)}.
     */
    public record EntanglementMachine(double w, double g, double rh, double rc, double th, double tc)
            implements UniqueProblem<DensityMatrix> {
        public OpenSystem system() {
            Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
            Operator s1 = Operators.sigmaMinus(s, "q1");
            Operator s2 = Operators.sigmaMinus(s, "q2");
            Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(w / 2)
                    .plus(s1.dag().times(s2).plus(s1.times(s2.dag())).scale(g));
            return new OpenSystem(h, List.of(new ThermalBath("hot", s1, w, th, rh), new ThermalBath("cold", s2, w, tc, rc)));
        }

        @Override
        public Generator<DensityMatrix> generator(boolean useSymmetry) {
            return LindbladGenerator.of(system(), useSymmetry);
        }

        @Override
        public void check(DensityMatrix rho, double tolerance) {
            double nh = ThermalBath.boseOccupation(w, th);
            double nc = ThermalBath.boseOccupation(w, tc);
            double gh = rh * (2 * nh + 1);
            double gc = rc * (2 * nc + 1);
            double ph = nh / (2 * nh + 1);
            double pc = nc / (2 * nc + 1);
            double den = (4 * g * g + gh * gc) * (gh + gc);
            double coh = 2 * g * gh * gc * (ph - pc) / den; // rho_{eg,ge} = i * coh
            double pee = (4 * g * g * Math.pow(gh * ph + gc * pc, 2) + gh * gc * Math.pow(gh + gc, 2) * ph * pc) / (den * (gh + gc));
            double pgg = (4 * g * g * Math.pow(gh * (1 - ph) + gc * (1 - pc), 2)
                    + gh * gc * Math.pow(gh + gc, 2) * (1 - ph) * (1 - pc)) / (den * (gh + gc));
            int eg = rho.space().basisIndex(1, 0);
            int ge = rho.space().basisIndex(0, 1);
            assertEquals(0.0, rho.matrix().re(eg, ge), tolerance, "Re rho_{eg,ge}");
            assertEquals(coh, rho.matrix().im(eg, ge), tolerance, "Im rho_{eg,ge}");
            assertEquals(pee, rho.matrix().re(3, 3), tolerance, "p_ee");
            assertEquals(pgg, rho.matrix().re(0, 0), tolerance, "p_gg");
        }
    }

    /**
     * Two qubits {@code H = (sz1 + sz2)/2} decaying collectively through {@code s1- + s2-}: the
     * singlet is dark, so the ground state and the singlet are both stationary (kernel dimension 2).
     */
    public record CollectiveDecayPair() implements DegenerateProblem<DensityMatrix> {
        public OpenSystem system() {
            Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
            Operator j = Operators.sigmaMinus(s, "q1").plus(Operators.sigmaMinus(s, "q2"));
            Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5);
            return new OpenSystem(h, List.of(new LindbladDissipator("collective", j, 1.0)));
        }

        @Override
        public Generator<DensityMatrix> generator(boolean useSymmetry) {
            return LindbladGenerator.of(system(), useSymmetry);
        }

        @Override
        public int kernelDimension() { return 2; }
    }

    /**
     * N independent members with local emission γe and pumping γp ({@code H = 0.7 jz}): the product of
     * identical qubit states with excited population {@code p = γp/(γe + γp)}, so
     * {@code <jz> = N(p - 1/2)} and {@code <jz²> = N p(1-p) + <jz>²}. The tolerance is relative to N
     * (to N² for {@code <jz²>}).
     */
    public record DickeProductState(int members, double emission, double pumping) implements UniqueProblem<EnsembleState> {
        public EnsembleSystem system() {
            return EnsembleSystem.builder(members).hamiltonian(jz().scale(0.7))
                    .local(LocalProcess.EMISSION, emission).local(LocalProcess.PUMPING, pumping).build();
        }

        @Override
        public Generator<EnsembleState> generator(boolean useSymmetry) {
            return EnsembleGenerator.of(system(), useSymmetry);
        }

        @Override
        public void check(EnsembleState state, double tolerance) {
            double p = pumping / (emission + pumping);
            double mean = members * (p - 0.5);
            assertEquals(mean, state.expect(jz()), tolerance * members, "<jz>");
            assertEquals(members * p * (1 - p) + mean * mean, state.expect(jz().times(jz())), tolerance * members * members,
                    "<jz^2>");
        }
    }

    /**
     * N members under collective emission only ({@code H = jz}): the lowest state of every Dicke
     * ladder is dark, one stationary state per ladder, so the kernel has dimension
     * {@code floor(N/2) + 1} (with or without the populations-only symmetry).
     */
    public record CollectiveDicke(int members) implements DegenerateProblem<EnsembleState> {
        public EnsembleSystem system() {
            return EnsembleSystem.builder(members).hamiltonian(jz()).collectiveJump("superradiance", jm(), 1.0).build();
        }

        @Override
        public Generator<EnsembleState> generator(boolean useSymmetry) {
            return EnsembleGenerator.of(system(), useSymmetry);
        }

        @Override
        public int kernelDimension() { return members / 2 + 1; }
    }

    /**
     * A qubit {@code H = (w/2) sz} coupled through sx to a flat bath: the Bloch–Redfield steady state
     * is the Gibbs state {@code e^{-H/T}/Z}: the coupling is purely transverse (no zero-frequency
     * part, so no dephasing and no coherence) and the flat density's shift is renormalised into H
     * ({@code S = 0}), so Redfield coincides with the local thermal bath. No symmetry to use.
     */
    public record RedfieldGibbsQubit(double w, double temperature, double rate) implements UniqueProblem<DensityMatrix> {
        Operator hamiltonian() {
            return Operators.sigmaZ(Space.of(Site.qubit("q")), "q").scale(w / 2);
        }

        @Override
        public Generator<DensityMatrix> generator(boolean useSymmetry) {
            Operator h = hamiltonian();
            GlobalBath bath = new GlobalBath("bath", Operators.sigmaX(h.space(), "q"), new FlatSpectralDensity(rate), temperature);
            return GlobalMasterEquation.blochRedfield(h, List.of(bath)).steadyStateGenerator();
        }

        @Override
        public void check(DensityMatrix rho, double tolerance) {
            CMatrix gibbs = InitialStates.thermal(hamiltonian(), temperature).matrix();
            double diff = rho.matrix().maxAbsDifference(gibbs);
            assertTrue(diff <= tolerance, "differs from the Gibbs state by " + diff);
        }
    }

    /**
     * Two qubits {@code H = (w/2)(sz1 + sz2)} coupled to one flat bath through {@code sx1 + sx2}: the
     * singlet is annihilated by the coupling and by H, so it is stationary besides the state of the
     * triplet (Bloch–Redfield kernel dimension 2).
     */
    public record RedfieldDarkPair(double w, double temperature, double rate) implements DegenerateProblem<DensityMatrix> {
        @Override
        public Generator<DensityMatrix> generator(boolean useSymmetry) {
            Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
            Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(w / 2);
            Operator a = Operators.sigmaX(s, "q1").plus(Operators.sigmaX(s, "q2"));
            GlobalBath bath = new GlobalBath("bath", a, new FlatSpectralDensity(rate), temperature);
            return GlobalMasterEquation.blochRedfield(h, List.of(bath)).steadyStateGenerator();
        }

        @Override
        public int kernelDimension() { return 2; }
    }
}
