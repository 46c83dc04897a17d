package dev.steadfast.model.build;

import dev.steadfast.gaussian.GaussianHeatCurrents;
import dev.steadfast.gaussian.GaussianMeasures;
import dev.steadfast.gaussian.GaussianSystem;
import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import java.util.ArrayList;
import java.util.List;

/**
 * The measure functions of a Gaussian model, on {@link GaussianState}s, with the meanings of the
 * density-matrix measures (entropies in bits):
 * <ul>
 *   <li>{@code expect(op)}, {@code expect_im(op)}: op of degree ≤ 2 in a, adag, from the first and
 *       second moments;</li>
 *   <li>{@code log_negativity(A | B)}, {@code negativity(A | B)}, {@code mutual_information(A | B)},
 *       {@code entropy(A)}, {@code purity(A)}: from symplectic eigenvalues ({@link GaussianMeasures});</li>
 *   <li>{@code epr_variance(c1, c2)} = [Var(x1 − x2) + Var(p1 + p2)]/2 (vacuum 1, below 1
 *       entangled), {@code squeezing(c)} = smallest quadrature variance over the vacuum's;</li>
 *   <li>{@code heat_current(bath)}: Σ Re⟨L†[H, L]⟩ over the named bath's jumps ({@link GaussianHeatCurrents}).</li>
 * </ul>
 * Any other measure is an error naming it, raised when the model is instantiated.
 */
final class GaussianMeasureFunctions implements MeasureCalls<GaussianState> {
    private final Evaluator ev;
    private final OscillatorSites sites;
    private final GaussianSystem system;

    GaussianMeasureFunctions(Evaluator ev, OscillatorSites sites, GaussianSystem system) {
        this.ev = ev;
        this.sites = sites;
        this.system = system;
    }

    @Override
    public CompiledMeasure<GaussianState> compile(Expr.Call c) throws ExprException {
        String f = c.name();
        switch (f) {
            case "expect":
            case "expect_im": {
                if (c.args().size() != 1 || c.bar() >= 0) {
                    throw new ExprException(f + " takes one operator expression: " + f + "(n(" + sites.names().get(0) + "))", c.pos());
                }
                LadderPolynomial o = new OscillatorEvaluator(ev, sites).eval(c.args().get(0));
                int part = f.equals("expect") ? 0 : 1;
                return s -> expect(o, s)[part];
            }
            case "log_negativity": {
                int[][] p = bipartition(c);
                return s -> GaussianMeasures.logNegativity(s, p[0], p[1]);
            }
            case "negativity": {
                int[][] p = bipartition(c);
                return s -> GaussianMeasures.negativity(s, p[0], p[1]);
            }
            case "mutual_information": {
                int[][] p = bipartition(c);
                return s -> GaussianMeasures.mutualInformation(s, p[0], p[1]);
            }
            case "entropy": {
                int[] a = list(c, c.args());
                return s -> GaussianMeasures.entropy(s, a);
            }
            case "purity": {
                int[] a = list(c, c.args());
                return s -> GaussianMeasures.purity(s, a);
            }
            case "epr_variance": {
                int[] ab = pair(c);
                return s -> GaussianMeasures.eprVariance(s, ab[0], ab[1]);
            }
            case "squeezing": {
                int[] a = list(c, c.args());
                if (a.length != 1) {
                    throw new ExprException("squeezing takes one oscillator: squeezing(c)", c.pos());
                }
                return s -> GaussianMeasures.squeezing(s, a[0]);
            }
            case "heat_current": {
                if (c.args().size() != 1 || !(c.args().get(0) instanceof Expr.Name n)) {
                    throw new ExprException("heat_current takes the name of a dissipator: heat_current(hot)", c.pos());
                }
                if (!system.baths().contains(n.name())) {
                    throw new ExprException("unknown dissipator '" + n.name() + "' (named dissipators: "
                            + (system.baths().isEmpty() ? "none" : String.join(", ", system.baths())) + ")", n.pos());
                }
                String bath = n.name();
                return s -> GaussianHeatCurrents.heatCurrent(system, s, bath);
            }
            default:
                throw new ExprException(f + " is not available for a Gaussian model (measures of oscillators: expect, "
                        + "expect_im, log_negativity, negativity, mutual_information, entropy, purity, epr_variance, "
                        + "squeezing, heat_current); declare the sites as {boson: n} to use it in a truncated Fock space", c.pos());
        }
    }

    /** ⟨P⟩ on a Gaussian state, {re, im}, from ⟨r⟩ and ⟨r_k r_l⟩ = V_kl + ⟨r_k⟩⟨r_l⟩ + (i/2)Ω_kl. */
    static double[] expect(LadderPolynomial p, GaussianState s) {
        double re = 0;
        double im = 0;
        for (var e : p.terms().entrySet()) {
            double[] c = e.getValue();
            double[] m = moment(e.getKey(), s);
            re += c[0] * m[0] - c[1] * m[1];
            im += c[0] * m[1] + c[1] * m[0];
        }
        return new double[] {re, im};
    }

    private static double[] moment(LadderPolynomial.Monomial m, GaussianState s) {
        if (m.degree() == 0) {
            return new double[] {1, 0};
        }
        double[][] u = vector(m.first());
        int ku = 2 * (m.first() >> 1);
        if (m.degree() == 1) {
            return new double[] {u[0][0] * s.mean(ku) + u[0][1] * s.mean(ku + 1), u[1][0] * s.mean(ku) + u[1][1] * s.mean(ku + 1)};
        }
        double[][] v = vector(m.second());
        int kv = 2 * (m.second() >> 1);
        double re = 0;
        double im = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double[] r = s.secondMoment(ku + i, kv + j);
                double cr = u[0][i] * v[0][j] - u[1][i] * v[1][j];
                double ci = u[0][i] * v[1][j] + u[1][i] * v[0][j];
                re += cr * r[0] - ci * r[1];
                im += cr * r[1] + ci * r[0];
            }
        }
        return new double[] {re, im};
    }

    /** The coefficients {re[2], im[2]} of a ladder operator on (x_k, p_k). */
    private static double[][] vector(int code) {
        double s = Math.sqrt(0.5);
        return new double[][] {{s, 0}, {0, LadderPolynomial.Monomial.isCreator(code) ? -s : s}};
    }

    private int[][] bipartition(Expr.Call c) throws ExprException {
        if (c.bar() < 0) {
            throw new ExprException(c.name() + " takes two groups of oscillators: " + c.name() + "(A | B)", c.pos());
        }
        int[] a = list(c, c.args().subList(0, c.bar()));
        int[] b = list(c, c.args().subList(c.bar(), c.args().size()));
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    throw new ExprException(c.name() + ": " + sites.name(x) + " is on both sides of |", c.pos());
                }
            }
        }
        return new int[][] {a, b};
    }

    private int[] pair(Expr.Call c) throws ExprException {
        int[] ab = list(c, c.args());
        if (ab.length != 2 || ab[0] == ab[1] || c.bar() >= 0) {
            throw new ExprException(c.name() + " takes two distinct oscillators: " + c.name() + "(c1, c2)", c.pos());
        }
        return ab;
    }

    private int[] list(Expr.Call c, List<Expr> args) throws ExprException {
        if (args.isEmpty()) {
            throw new ExprException(c.name() + " needs at least one oscillator", c.pos());
        }
        int[] m = sites.modes(new ArrayList<>(args), ev);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < i; j++) {
                if (m[i] == m[j]) {
                    throw new ExprException(c.name() + ": " + sites.name(m[i]) + " is named twice", c.pos());
                }
            }
        }
        return m;
    }
}
