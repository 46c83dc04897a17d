package dev.steadfast.model.build;

import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Space;
import dev.steadfast.space.SiteKind;
import dev.steadfast.state.DensityMatrix;

/**
 * {@code epr_variance} and {@code squeezing} on density matrices of {@code {boson: n}} sites, with
 * the meanings they have on Gaussian states, so that a model of oscillators and the same model with
 * truncated bosons give the same numbers: x = (a + a†)/√2, p = −i(a − a†)/√2, the vacuum's
 * quadrature variance is ½.
 */
final class QuadratureMeasures {
    private QuadratureMeasures() {
    }

    /** {@code [Var(x_i − x_j) + Var(p_i + p_j)]/2}. */
    static CompiledMeasure<DensityMatrix> eprVariance(Space space, int i, int j, int pos) throws ExprException {
        requireBoson(space, "epr_variance", pos, i, j);
        Operator dx = x(space, i).plus(x(space, j).scale(-1));
        Operator sp = p(space, i).plus(p(space, j));
        return rho -> (variance(rho, dx) + variance(rho, sp)) / 2;
    }

    /** The smallest variance of {@code x cos θ + p sin θ} over the vacuum's (½). */
    static CompiledMeasure<DensityMatrix> squeezing(Space space, int k, int pos) throws ExprException {
        requireBoson(space, "squeezing", pos, k);
        Operator x = x(space, k);
        Operator p = p(space, k);
        Operator xp = x.times(p).plus(p.times(x)).scale(0.5);
        return rho -> {
            double a = variance(rho, x);
            double d = variance(rho, p);
            double b = rho.expect(xp) - rho.expect(x) * rho.expect(p);
            return 2 * ((a + d) / 2 - Math.sqrt((a - d) * (a - d) / 4 + b * b));
        };
    }

    private static double variance(DensityMatrix rho, Operator o) {
        double m = rho.expect(o);
        return rho.expect(o.times(o)) - m * m;
    }

    private static Operator x(Space s, int k) {
        return Operators.embed(s, k, LocalOperators.position(s.site(k)));
    }

    private static Operator p(Space s, int k) {
        return Operators.embed(s, k, LocalOperators.momentum(s.site(k)));
    }

    private static void requireBoson(Space s, String f, int pos, int... sites) throws ExprException {
        for (int k : sites) {
            if (s.site(k).kind() != SiteKind.BOSON) {
                throw new ExprException(f + " takes bosons or oscillators; " + s.site(k).name() + " is not one", pos);
            }
        }
    }
}
