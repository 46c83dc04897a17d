package dev.steadfast.counting;

import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import dev.steadfast.linalg.LuFactorization;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.steady.SteadyStateOptions;

/**
 * The Drazin pseudo-inverse of a generator with a unique steady state, applied to traceless right-hand
 * sides: {@code y = R b} solves {@code M y = b, tᵀy = 0}. Two routes, the same as the steady-state
 * pipeline's:
 * <ul>
 *   <li>{@link Route#DIRECT}: LU of the bordered generator (the trace row r replaced by t), right-hand
 *       side with {@code b_r = 0}; since {@code tᵀM = 0} and {@code tᵀb = 0} the dropped row holds too;</li>
 *   <li>{@link Route#ITERATIVE}: GMRES on the normalised generator {@code N y = M y + u (tᵀy)},
 *       {@code u = t/|t|²}, right-preconditioned by the generator's preconditioner; {@code tᵀN y = tᵀb = 0}
 *       gives {@code tᵀy = 0} and so {@code M y = b}. Converged to the steady-state solve's tolerance, or
 *       a {@link MeasureException}.</li>
 * </ul>
 * {@link #of} takes LU up to {@link #DIRECT_LIMIT} coordinates and GMRES above when the generator
 * has a preconditioner.
 */
final class DrazinSolver {
    /** The routes. */
    enum Route { DIRECT, ITERATIVE }

    /** Largest number of coordinates solved by LU when the route is chosen automatically. */
    static final int DIRECT_LIMIT = 6000;

    private final LindbladGenerator generator;
    private final Route route;
    private LuFactorization lu;

    private DrazinSolver(LindbladGenerator generator, Route route) {
        this.generator = generator;
        this.route = route;
    }

    static DrazinSolver of(LindbladGenerator generator) {
        boolean iterative = generator.size() > DIRECT_LIMIT && generator.preconditioner().isPresent();
        return new DrazinSolver(generator, iterative ? Route.ITERATIVE : Route.DIRECT);
    }

    static DrazinSolver of(LindbladGenerator generator, Route route) {
        return new DrazinSolver(generator, route);
    }

    Route route() {
        return route;
    }

    /** {@code R b} for a traceless b (coordinates; b is not modified). */
    double[] apply(double[] b) {
        return route == Route.DIRECT ? direct(b) : iterative(b);
    }

    private synchronized double[] direct(double[] b) {
        if (lu == null) {
            lu = LuFactorizations.of(generator.bordered());
        }
        double[] x = b.clone();
        x[generator.traceRow()] = 0;
        return lu.solve(x);
    }

    private double[] iterative(double[] b) {
        RealCsc a = generator.matrix();
        double[] t = generator.traceFunctional();
        double tt = 0;
        for (double v : t) {
            tt += v * v;
        }
        double[] u = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            u[i] = t[i] / tt;
        }
        LinearOperator n = LinearOperator.of(a.cols(), (x, y) -> {
            a.multiply(x, y);
            double tr = 0;
            for (int i = 0; i < t.length; i++) {
                tr += t[i] * x[i];
            }
            for (int i = 0; i < t.length; i++) {
                y[i] += tr * u[i];
            }
        });
        Preconditioner p = generator.preconditioner().orElse(Preconditioner.IDENTITY);
        SteadyStateOptions.Krylov k = SteadyStateOptions.defaults().krylov();
        KrylovResult r = new Gmres(k.restart(), k.maxIterations(), k.tolerance()).solve(n, p, b, null);
        if (!r.converged()) {
            throw new MeasureException(String.format("counting statistics: GMRES did not converge for the Drazin inverse "
                    + "(relative residual %.3g after %d iterations)", r.relativeResidual(), r.iterations()));
        }
        return r.x();
    }
}
