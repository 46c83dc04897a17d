package dev.steadfast.model.build;

import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.system.OpenSystem;

/**
 * Turns a measure expression into a {@link CompiledMeasure}: measure calls (see
 * {@link MeasureFunctions}) combined with numbers, parameters, {@code + - * / ^}, the scalar
 * functions and {@code sum(i=a..b, ...)} over measure terms, e.g.
 * {@code heat_current(hot) + heat_current(cold)} or {@code sum(i=1..N-1, concurrence(r[i], r[i+1]))/(N-1)}.
 * Every site, qubit requirement and dissipator name is checked here, before any solve.
 */
public final class MeasureCompiler {
    private final Evaluator ev;
    private final MeasureFunctions functions;

    public MeasureCompiler(Evaluator ev, SiteLayout layout, OpenSystem system) {
        this.ev = ev;
        this.functions = new MeasureFunctions(ev, layout, system);
    }

    public CompiledMeasure compile(Expr e) throws ExprException {
        if (e instanceof Expr.Call c && MeasureFunctions.isMeasure(c.name())) {
            return functions.compile(c);
        }
        if (e instanceof Expr.Call c && ScalarMath.isFunction(c.name()) && c.args().size() == 1) {
            CompiledMeasure arg = compile(c.args().get(0));
            String f = c.name();
            int pos = c.pos();
            return rho -> real(f, arg.apply(rho), pos);
        }
        if (e instanceof Expr.Neg n) {
            CompiledMeasure x = compile(n.operand());
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
            return rho -> v;
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

    private CompiledMeasure binary(Expr.Binary b) throws ExprException {
        CompiledMeasure l = compile(b.left());
        CompiledMeasure r = compile(b.right());
        return switch (b.op()) {
            case '+' -> rho -> l.apply(rho) + r.apply(rho);
            case '-' -> rho -> l.apply(rho) - r.apply(rho);
            case '*' -> rho -> l.apply(rho) * r.apply(rho);
            case '/' -> rho -> l.apply(rho) / r.apply(rho);
            default -> rho -> Math.pow(l.apply(rho), r.apply(rho));
        };
    }

    private CompiledMeasure sum(Expr.Sum s) throws ExprException {
        int from = ev.integer(s.from(), "the start of sum(" + s.var() + "=...)");
        int to = ev.integer(s.to(), "the end of sum(" + s.var() + "=...)");
        java.util.List<CompiledMeasure> terms = new java.util.ArrayList<>();
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
            for (CompiledMeasure t : terms) {
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
