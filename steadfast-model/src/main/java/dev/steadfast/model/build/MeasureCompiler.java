package dev.steadfast.model.build;

import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;

/**
 * Turns a measure expression into a {@link CompiledMeasure}: measure calls (see
 * {@link MeasureFunctions}) combined with numbers, parameters, {@code + - * / ^}, the scalar
 * functions and {@code sum(i=a..b, ...)} over measure terms, e.g.
 * {@code heat_current(hot) + heat_current(cold)} or {@code sum(i=1..N-1, concurrence(r[i], r[i+1]))/(N-1)}.
 * Every site, qubit requirement and dissipator name is checked here, before any solve.
 *
 * @param <S> the state the measures apply to: a density matrix, or an ensemble state
 */
public final class MeasureCompiler<S> {
    private final Evaluator ev;
    private final MeasureCalls<S> functions;

    private MeasureCompiler(Evaluator ev, MeasureCalls<S> functions) {
        this.ev = ev;
        this.functions = functions;
    }

    /** Measures of an ordinary model, on density matrices of its full space. */
    public static MeasureCompiler<DensityMatrix> forSystem(Evaluator ev, SiteLayout layout, OpenSystem system) {
        return new MeasureCompiler<>(ev, new MeasureFunctions(ev, layout, system));
    }

    /** Measures of a model with Bloch–Redfield baths: those of an ordinary model, currents of each Redfield bath from its part of R. */
    public static MeasureCompiler<DensityMatrix> forRedfield(Evaluator ev, SiteLayout layout, OpenSystem system,
                                                            dev.steadfast.global.BlochRedfield redfield) {
        return new MeasureCompiler<>(ev, new RedfieldMeasureFunctions(new MeasureFunctions(ev, layout, system), redfield,
                system.hamiltonian()));
    }

    /** Measures of a model with heom baths, on hierarchy states (the reduced ρ, and heat currents of heom baths). */
    public static MeasureCompiler<dev.steadfast.heom.HeomState> forHeom(Evaluator ev, SiteLayout layout, OpenSystem local,
                                                                       dev.steadfast.heom.HeomSystem heom) {
        return new MeasureCompiler<>(ev, new HeomMeasureFunctions(new MeasureFunctions(ev, layout, local), heom,
                HeomMeasureFunctions.names(local)));
    }

    /** Measures of an ensemble model, on permutation-invariant ensemble states. */
    public static MeasureCompiler<EnsembleState> forEnsemble(Evaluator ev, SiteLayout layout) {
        return new MeasureCompiler<>(ev, new EnsembleMeasureFunctions(ev, layout));
    }

    /** Measures of a Gaussian model (all sites oscillators), on Gaussian states. */
    static MeasureCompiler<dev.steadfast.gaussian.GaussianState> forGaussian(Evaluator ev, OscillatorSites sites,
                                                                            dev.steadfast.gaussian.GaussianSystem system) {
        return new MeasureCompiler<>(ev, new GaussianMeasureFunctions(ev, sites, system));
    }

    public CompiledMeasure<S> compile(Expr e) throws ExprException {
        if (e instanceof Expr.Call c && MeasureFunctions.isMeasure(c.name())) {
            return functions.compile(c);
        }
        if (e instanceof Expr.Call c && ScalarMath.isFunction(c.name()) && c.args().size() == 1) {
            CompiledMeasure<S> arg = compile(c.args().get(0));
            String f = c.name();
            int pos = c.pos();
            return rho -> real(f, arg.apply(rho), pos);
        }
        if (e instanceof Expr.Neg n) {
            CompiledMeasure<S> x = compile(n.operand());
            return rho -> -x.apply(rho);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Sum s) {
            return sum(s);
        }
        if (e instanceof Expr.Num || e instanceof Expr.Name) {
            double v = ev.real(e, "a number in a measure");
            return state -> v;
        }
        if (e instanceof Expr.Call c && SiteOperators.isOperator(c.name())) {
            throw new ExprException(c.name() + "(...) is an operator; to measure it write expect(...)", c.pos());
        }
        if (e instanceof Expr.Call c) {
            throw new ExprException("unknown measure function '" + c.name() + "' (measures: "
                    + String.join(", ", new java.util.TreeSet<>(MeasureFunctions.NAMES)) + ")", c.pos());
        }
        throw new ExprException("this is not a measure; use a measure function such as expect(...) or concurrence(q1, q2)", e.pos());
    }

    private CompiledMeasure<S> binary(Expr.Binary b) throws ExprException {
        CompiledMeasure<S> l = compile(b.left());
        CompiledMeasure<S> r = compile(b.right());
        return switch (b.op()) {
            case '+' -> rho -> l.apply(rho) + r.apply(rho);
            case '-' -> rho -> l.apply(rho) - r.apply(rho);
            case '*' -> rho -> l.apply(rho) * r.apply(rho);
            case '/' -> rho -> l.apply(rho) / r.apply(rho);
            default -> rho -> Math.pow(l.apply(rho), r.apply(rho));
        };
    }

    private CompiledMeasure<S> sum(Expr.Sum s) throws ExprException {
        int from = ev.integer(s.from(), "the start of sum(" + s.var() + "=...)");
        int to = ev.integer(s.to(), "the end of sum(" + s.var() + "=...)");
        ExpressionLimits.requireRange(from, to, "sum(" + s.var() + "=...)", s.pos());
        java.util.List<CompiledMeasure<S>> terms = new java.util.ArrayList<>();
        try {
            for (int i = from; i <= to; i++) {
                ev.bind(s.var(), i);
                terms.add(compile(s.body()));
            }
        } finally {
            ev.unbind(s.var());
        }
        return rho -> {
            double acc = 0;
            for (CompiledMeasure<S> t : terms) {
                acc += t.apply(rho);
            }
            return acc;
        };
    }

    private static double real(String f, double x, int pos) {
        try {
            Scalar s = ScalarMath.apply(f, new Scalar(x, 0), pos);
            return s.isReal() ? s.re() : Double.NaN;
        } catch (ExprException e) {
            return Double.NaN;
        }
    }
}
