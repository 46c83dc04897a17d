package dev.steadfast.dynamics;

import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * Time evolution {@code d rho/dt = L(rho)}, {@code rho(t) = exp(tL) rho0}, with error control:
 * <pre>{@code
 * EvolutionResult r = Evolution.of(system).from(rho0).at(new double[] {0, 0.5, 1.0});
 * EvolutionResult c = Evolution.of(system).from(rho0).observe(times, (t, rho) -> new double[] {f(rho)});
 * }</pre>
 *
 * <p>The state is propagated in the real coordinates of the Hermitian operator basis
 * ({@link RealGenerator}: {@code dx/dt = M x}, d^2 real unknowns, no complex arithmetic). The
 * route is a typed {@link EvolutionMethod}: the dense exponential (exact, small systems), adaptive
 * Dormand–Prince 8(5,3) (non-stiff) or the adaptive Krylov exponential (stiff); AUTO picks one
 * and {@link EvolutionResult#reason()} says why. Any Hermiticity-preserving generator can be
 * evolved, including a non-Lindblad (Bloch–Redfield) one. Times are measured from rho0 at t = 0
 * and must be non-decreasing and non-negative. Instances are immutable.
 */
public final class Evolution {
    private final RealGenerator generator;
    private final DensityMatrix rho0;
    private final EvolutionOptions options;

    private Evolution(RealGenerator generator, DensityMatrix rho0, EvolutionOptions options) {
        this.generator = generator;
        this.rho0 = rho0;
        this.options = options;
    }

    public static Evolution of(OpenSystem system) {
        return of(RealGenerator.of(system));
    }

    public static Evolution of(RealGenerator generator) {
        return new Evolution(generator, null, EvolutionOptions.defaults());
    }

    /** The same evolution from another initial state (must live on the generator's space). */
    public Evolution from(DensityMatrix initial) {
        if (!initial.space().equals(generator.space())) {
            throw new IllegalArgumentException("initial state on " + initial.space() + " for a system on " + generator.space());
        }
        return new Evolution(generator, initial, options);
    }

    public Evolution with(EvolutionOptions newOptions) {
        return new Evolution(generator, rho0, newOptions);
    }

    /** The states at the given times. */
    public EvolutionResult at(double[] times) {
        return run(times, null);
    }

    /** The observer's values at the given times; states are not kept. */
    public EvolutionResult observe(double[] times, Observer observer) {
        return run(times, observer);
    }

    /** The states at {@code n} equally spaced times from 0 to {@code tEnd} inclusive. */
    public EvolutionResult uniform(double tEnd, int n) {
        return at(grid(tEnd, n));
    }

    /** {@code n} equally spaced times from 0 to {@code tEnd} inclusive (n >= 2). */
    public static double[] grid(double tEnd, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points, got " + n);
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = tEnd * i / (n - 1);
        }
        return t;
    }

    private EvolutionResult run(double[] times, Observer observer) {
        if (rho0 == null) {
            throw new IllegalStateException("no initial state: call from(rho0) first");
        }
        List<DensityMatrix> states = new ArrayList<>();
        EvolutionResult r = evolveCoordinates(generator.matrix(), generator.coordinates(rho0.matrix()),
                generator.traceFunctional(), times, options, (time, x) -> {
                    DensityMatrix rho = new DensityMatrix(rho0.space(), generator.toMatrix(x));
                    if (observer == null) {
                        states.add(rho);
                        return null;
                    }
                    return observer.observe(time, rho);
                });
        return observer == null ? new EvolutionResult(r.times(), List.copyOf(states), new double[0][], r.method(), r.reason(),
                r.steps(), r.applications(), r.tolerance(), r.maxTraceDeviation(), r.seconds()) : r;
    }

    /** Receives the real coordinates at each output time (a copy it may keep) and returns values to record. */
    @FunctionalInterface
    public interface CoordinateObserver {
        double[] observe(double time, double[] x);
    }

    /**
     * Evolves real coordinates {@code dx/dt = M x} from {@code x0} under any real generator matrix
     * (e.g. a permutation-invariant ensemble's), with the same automatic choice of route as
     * {@link #of(OpenSystem)}. {@code traceFunctional} gives Tr rho as a linear form of x (for the
     * trace-drift check). The result holds the observer's values; it keeps no states.
     */
    public static EvolutionResult evolveCoordinates(dev.steadfast.linalg.RealCsc m, double[] x0, double[] traceFunctional,
                                                    double[] times, EvolutionOptions options, CoordinateObserver observer) {
        checkTimes(times);
        long t0 = System.nanoTime();
        EvolutionMethod method = options.method();
        String reason = "requested";
        double tEnd = times.length == 0 ? 0 : times[times.length - 1];
        int n = m.cols();
        double stiffness = m.norm1() * tEnd;
        if (method == EvolutionMethod.AUTO) {
            if (n <= options.denseLimit()) {
                method = EvolutionMethod.DENSE_EXPONENTIAL;
                reason = n + " real coordinates <= " + options.denseLimit() + ": exact dense exponential";
            } else if (stiffness > options.stiffnessThreshold()) {
                method = EvolutionMethod.KRYLOV;
                reason = String.format("stiff: ||M||_1 t_end = %.3g > %.3g", stiffness, options.stiffnessThreshold());
            } else {
                method = EvolutionMethod.RUNGE_KUTTA;
                reason = String.format("non-stiff: ||M||_1 t_end = %.3g <= %.3g", stiffness, options.stiffnessThreshold());
            }
        }
        Propagator p = switch (method) {
            case DENSE_EXPONENTIAL -> new DenseExponentialPropagator(m);
            case RUNGE_KUTTA -> new RungeKuttaPropagator(m, options.relativeTolerance(), options.absoluteTolerance());
            case KRYLOV -> new KrylovPropagator(m, options.relativeTolerance(), options.krylovDimension());
            case AUTO -> throw new AssertionError();
        };
        double[][] values = new double[times.length][];
        double trace0 = 0;
        for (int c = 0; c < x0.length; c++) {
            trace0 += traceFunctional[c] * x0[c];
        }
        double trace0f = trace0;
        double[] maxDev = {0};
        Propagator.Stats stats = p.run(x0, times, (i, x) -> {
            double tr = 0;
            for (int c = 0; c < x.length; c++) {
                tr += traceFunctional[c] * x[c];
            }
            maxDev[0] = Math.max(maxDev[0], Math.abs(tr - trace0f));
            values[i] = observer.observe(times[i], x.clone());
        });
        double tol = method == EvolutionMethod.DENSE_EXPONENTIAL ? 0 : options.relativeTolerance();
        return new EvolutionResult(times.clone(), List.of(), values, method, reason, stats.steps(),
                stats.applications(), tol, maxDev[0], (System.nanoTime() - t0) * 1e-9);
    }

    private static void checkTimes(double[] times) {
        double prev = 0;
        for (double t : times) {
            if (!(t >= prev) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("times must be finite, non-negative and non-decreasing; got " + t
                        + " after " + prev);
            }
            prev = t;
        }
    }
}
