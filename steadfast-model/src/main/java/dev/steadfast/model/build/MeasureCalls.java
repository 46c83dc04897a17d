package dev.steadfast.model.build;

import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;

/** The measure functions of one kind of model (ordinary or ensemble), bound to an instance. */
interface MeasureCalls<S> {
    /** Checks one call such as {@code concurrence(q1, q2)} and binds it; errors name the problem. */
    CompiledMeasure<S> compile(Expr.Call c) throws ExprException;
}
