package dev.steadfast.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Time evolution against closed-form solutions, for every route. */
class EvolutionTest {

    private static EvolutionOptions opts(EvolutionMethod m) {
        return EvolutionOptions.defaults().withMethod(m);
    }

    /** H = w/2 sz, decay sm at rate g: P1(t) = P1(0) e^{-g t}, rho_10(t) = rho_10(0) e^{(-i w - g/2) t}. */
    @ParameterizedTest
    @EnumSource(value = EvolutionMethod.class, names = {"DENSE_EXPONENTIAL", "RUNGE_KUTTA", "KRYLOV"})
    void singleQubitDecaysExponentially(EvolutionMethod method) {
        double w = 2.0;
        double g = 0.7;
        Space s = Space.of(Site.qubit("q"));
        OpenSystem sys = new OpenSystem(Operators.sigmaZ(s, "q").scale(w / 2),
                List.of(new LindbladDissipator("decay", Operators.sigmaMinus(s, "q"), g)));
        // |+> state: P1 = 1/2, rho_10 = 1/2
        DensityMatrix plus = dev.steadfast.state.States.pure(s, new double[] {1, 1}, new double[2]);
        double[] times = {0, 0.3, 1.1, 2.5, 4.0};
        EvolutionResult r = Evolution.of(sys).from(plus).with(opts(method)).at(times);
        assertEquals(method, r.method());
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            CMatrix rho = r.state(i).matrix();
            assertEquals(0.5 * Math.exp(-g * t), rho.re(1, 1), 1e-9);
            double amp = 0.5 * Math.exp(-g * t / 2);
            assertEquals(amp * Math.cos(w * t), rho.re(1, 0), 1e-9);
            assertEquals(-amp * Math.sin(w * t), rho.im(1, 0), 1e-9);
        }
        assertTrue(r.maxTraceDeviation() < 1e-10);
    }

    /**
     * Driven damped cavity from vacuum, H = D a†a + F (a + a†), loss a at k: the state stays
     * coherent with alpha(t) = alpha_ss (1 - e^{-(iD + k/2) t}), alpha_ss = -iF/(iD + k/2), so
     * <n(t)> = |alpha(t)|^2.
     */
    @ParameterizedTest
    @EnumSource(value = EvolutionMethod.class, names = {"DENSE_EXPONENTIAL", "RUNGE_KUTTA", "KRYLOV"})
    void drivenDampedCavityPhotonNumber(EvolutionMethod method) {
        double det = 0.5;
        double f = 0.3;
        double k = 1.0;
        Space s = Space.of(Site.boson("c", 14));
        Operator a = Operators.destroy(s, "c");
        OpenSystem sys = new OpenSystem(Operators.number(s, "c").scale(det).plus(a.plus(a.dag()).scale(f)),
                List.of(new LindbladDissipator("loss", a, k)));
        double[] times = Evolution.grid(8, 17);
        Operator n = Operators.number(s, "c");
        EvolutionResult r = Evolution.of(sys).from(InitialStates.product(s, 0)).with(opts(method))
                .observe(times, (t, rho) -> new double[] {rho.expect(n)});
        assertTrue(r.states().isEmpty());
        // alpha_ss = -iF/(iD + k/2) = -iF (k/2 - iD)/(D^2 + k^2/4)
        double den = det * det + k * k / 4;
        double ar = -f * det / den;
        double ai = -f * (k / 2) / den;
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            double er = Math.exp(-k * t / 2) * Math.cos(det * t);
            double ei = -Math.exp(-k * t / 2) * Math.sin(det * t);
            // alpha = alpha_ss * (1 - e)
            double br = 1 - er;
            double bi = -ei;
            double alr = ar * br - ai * bi;
            double ali = ar * bi + ai * br;
            assertEquals(alr * alr + ali * ali, r.values()[i][0], 1e-9, "t = " + t);
        }
    }

    /**
     * Yu & Eberly 2004: independent decay (rate G) from rho(0) = (1/3)[[a,0,0,0],[0,1,1,0],[0,1,1,0],[0,0,0,1-a]]
     * in |11>,|10>,|01>,|00>: C(t) = (2p/3) max(0, 1 - sqrt(a(3 - 2(1+a)p + a p^2))), p = e^{-G t}.
     */
    @Test
    void yuEberlySuddenDeath() {
        double gamma = 1.3;
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        OpenSystem sys = new OpenSystem(Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5),
                List.of(new LindbladDissipator("d1", Operators.sigmaMinus(s, "q1"), gamma),
                        new LindbladDissipator("d2", Operators.sigmaMinus(s, "q2"), gamma)));
        for (double a : new double[] {1.0, 0.6, 0.2}) {
            DensityMatrix rho0 = yuEberlyState(s, a);
            double[] times = Evolution.grid(3, 61);
            EvolutionResult r = Evolution.of(sys).from(rho0).observe(times,
                    (t, rho) -> new double[] {TwoQubitConcurrence.of(rho.matrix()), TwoQubitConcurrence.witness(rho.matrix())});
            for (int i = 0; i < times.length; i++) {
                assertEquals(yuEberly(a, Math.exp(-gamma * times[i])), r.values()[i][0], 1e-10, "a=" + a + " t=" + times[i]);
            }
            SuddenDeath.Report rep = SuddenDeath.analyse(times, r.series(0));
            double p = deathP(a);
            if (Double.isNaN(p)) {
                assertTrue(rep.deaths().isEmpty(), "no sudden death for a = " + a);
                continue;
            }
            double exact = -Math.log(p) / gamma;
            assertEquals(exact, rep.firstDeath(), 2e-3, "extrapolated death from the clipped series");
            assertEquals(exact, SuddenDeath.analyse(times, r.series(1)).firstDeath(), 1e-4, "signed witness");
            double[] br = rep.deathBrackets().get(0);
            Evolution ev = Evolution.of(sys).from(rho0);
            double refined = SuddenDeath.refine(t -> TwoQubitConcurrence.witness(ev.at(new double[] {t}).state(0).matrix()),
                    br[0], br[1], 0, 1e-10);
            assertEquals(exact, refined, 1e-6);
        }
        assertEquals(Math.log((2 + Math.sqrt(2)) / 2), -Math.log(deathP(1.0)), 1e-14);
    }

    /** The p = e^{-G t} where 1 = a(3 - 2(1+a)p + a p^2), in (0, 1), or NaN. */
    private static double deathP(double a) {
        // a p^2 - 2(1+a) p + 3 - 1/a = 0
        double b = -2 * (1 + a);
        double c = 3 - 1 / a;
        double disc = b * b - 4 * a * c;
        double p = (-b - Math.sqrt(disc)) / (2 * a);
        return p > 0 && p < 1 ? p : Double.NaN;
    }

    static double yuEberly(double a, double p) {
        return (2 * p / 3) * Math.max(0, 1 - Math.sqrt(a * (3 - 2 * (1 + a) * p + a * p * p)));
    }

    static DensityMatrix yuEberlyState(Space s, double a) {
        CMatrix m = new CMatrix(4, 4);
        int i11 = s.basisIndex(1, 1);
        int i10 = s.basisIndex(1, 0);
        int i01 = s.basisIndex(0, 1);
        int i00 = s.basisIndex(0, 0);
        m.set(i11, i11, a / 3, 0);
        m.set(i10, i10, 1.0 / 3, 0);
        m.set(i01, i01, 1.0 / 3, 0);
        m.set(i10, i01, 1.0 / 3, 0);
        m.set(i01, i10, 1.0 / 3, 0);
        m.set(i00, i00, (1 - a) / 3, 0);
        return InitialStates.of(s, m);
    }

    /** Three routes agree on a driven, dissipative qubit-qubit-cavity system (d = 16). */
    @Test
    void routesAgree() {
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"), Site.boson("c", 4));
        Operator a = Operators.destroy(s, "c");
        Operator s1 = Operators.sigmaMinus(s, "q1");
        Operator s2 = Operators.sigmaMinus(s, "q2");
        Operator h = Operators.sigmaZ(s, "q1").scale(0.5).plus(Operators.sigmaZ(s, "q2").scale(0.6))
                .plus(Operators.number(s, "c").scale(0.55))
                .plus(s1.dag().times(a).plus(s1.times(a.dag())).scale(0.2))
                .plus(s2.dag().times(a).plus(s2.times(a.dag())).scale(0.15))
                .plus(a.plus(a.dag()).scale(0.1));
        OpenSystem sys = new OpenSystem(h, List.of(new LindbladDissipator("loss", a, 0.4),
                new ThermalBath("hot", s1, 0.5, 0.8, 0.05)));
        DensityMatrix rho0 = InitialStates.product(s, 1, 0, 0);
        double[] times = {0.5, 2, 7};
        List<EvolutionResult> results = new ArrayList<>();
        for (EvolutionMethod m : new EvolutionMethod[] {EvolutionMethod.DENSE_EXPONENTIAL, EvolutionMethod.RUNGE_KUTTA,
                EvolutionMethod.KRYLOV}) {
            results.add(Evolution.of(sys).from(rho0).with(opts(m)).at(times));
        }
        for (int i = 0; i < times.length; i++) {
            CMatrix ref = results.get(0).state(i).matrix();
            assertTrue(ref.maxAbsDifference(results.get(1).state(i).matrix()) < 1e-8);
            assertTrue(ref.maxAbsDifference(results.get(2).state(i).matrix()) < 1e-8);
        }
    }

    @Test
    void autoChoosesByDimensionAndStiffness() {
        Space small = Space.of(Site.qubit("q"));
        OpenSystem q = new OpenSystem(Operators.sigmaZ(small, "q"),
                List.of(new LindbladDissipator("d", Operators.sigmaMinus(small, "q"), 1)));
        assertEquals(EvolutionMethod.DENSE_EXPONENTIAL,
                Evolution.of(q).from(InitialStates.product(small, 1)).at(new double[] {1}).method());
        Space big = Space.of(Site.boson("c", 24));
        Operator a = Operators.destroy(big, "c");
        OpenSystem cav = new OpenSystem(Operators.number(big, "c").plus(a.plus(a.dag()).scale(0.5)),
                List.of(new LindbladDissipator("loss", a, 1.0)));
        EvolutionResult stiff = Evolution.of(cav).from(InitialStates.product(big, 0)).at(new double[] {40});
        assertEquals(EvolutionMethod.KRYLOV, stiff.method());
        EvolutionResult mild = Evolution.of(cav).from(InitialStates.product(big, 0)).at(new double[] {0.05});
        assertEquals(EvolutionMethod.RUNGE_KUTTA, mild.method());
        // steady state of the driven cavity reached at long times: <n> = F^2/(D^2 + k^2/4) = 0.25/1.25
        assertEquals(0.2, stiff.state(0).expect(Operators.number(big, "c")), 1e-8);
    }

    @Test
    void rejectsBadTimesAndForeignStates() {
        Space s = Space.of(Site.qubit("q"));
        OpenSystem q = new OpenSystem(Operators.sigmaZ(s, "q"), List.of());
        Evolution e = Evolution.of(q).from(InitialStates.product(s, 0));
        assertThrows(IllegalArgumentException.class, () -> e.at(new double[] {1, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> e.at(new double[] {-1}));
        Space other = Space.of(Site.qubit("r"));
        assertThrows(IllegalArgumentException.class, () -> e.from(InitialStates.product(other, 0)));
    }
}
