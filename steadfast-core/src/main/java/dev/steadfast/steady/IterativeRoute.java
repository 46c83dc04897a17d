package dev.steadfast.steady;

import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import java.util.Random;

/**
 * The iterative route: restarted GMRES, right-preconditioned by the generator's preconditioner, on
 * the normalised generator {@code N x = M x + u (t^T x)} with {@code u = t / |t|^2}. N is
 * nonsingular exactly when the kernel of M is one-dimensional, and {@code N x = u} gives the steady
 * state with unit trace (t^T M = 0 makes {@code t^T x = 1}, hence {@code M x = 0}).
 *
 * <p>Uniqueness: a consistent singular system can still be solved by GMRES, so convergence of the
 * main solve proves nothing. A second solve with a seeded random right-hand side of unit trace is
 * solvable only when N is nonsingular: if it does not converge, or its solution's size gives a
 * condition estimate {@code ||N||_1 ||y||_1 / ||r||_1} above the singularity threshold, the steady
 * state is reported as not unique. A main solve that does not converge is a
 * {@link SteadyStateException}; an unconverged state is never returned.
 */
final class IterativeRoute {
    private IterativeRoute() {
    }

    /**
     * Thrown under AUTO when the main solve converged but the uniqueness probe did not within the
     * budget: slow convergence (a preconditioner poor for this system) and a singular generator look
     * alike here, so the LU should decide; {@link #verdict()} is the degenerate verdict to report when
     * no LU may be made (too large).
     */
    static final class ProbeUnconverged extends SteadyStateException {
        private final transient SteadyState<?> verdict;

        ProbeUnconverged(SteadyState<?> verdict, int iterations, double residual) {
            super(String.format("the uniqueness probe did not converge: relative residual %.3g after %d iterations",
                    residual, iterations));
            this.verdict = verdict;
        }

        SteadyState<?> verdict() {
            return verdict;
        }
    }

    /** Thrown when the generator's preconditioner is singular and AUTO should take another route. */
    static final class PreconditionerUnavailable extends SteadyStateException {
        PreconditionerUnavailable(String generator) {
            super("iterative route: the preconditioner of " + generator + " is singular (its approximate dynamics has "
                    + "several stationary states, which suggests the steady state is not unique); use the direct method");
        }
    }

    /**
     * @param fallbackToIdentity when the preconditioner is singular: true runs unpreconditioned
     *                           GMRES (the user forced this route), false throws
     *                           {@link PreconditionerUnavailable} (AUTO takes LU instead)
     */
    static <S> SteadyState<S> solve(Generator<S> g, SteadyStateOptions options, boolean fallbackToIdentity, long t0) {
        return solve(g, options, fallbackToIdentity, options.krylov().maxIterations(), t0);
    }

    /**
     * As above, with the main solve limited to {@code budget} iterations (AUTO: what the direct route
     * is predicted to cost); a main solve that does not converge within it throws.
     */
    static <S> SteadyState<S> solve(Generator<S> g, SteadyStateOptions options, boolean fallbackToIdentity, int budget,
                                    long t0) {
        var pre = g.preconditioner();
        if (pre.isEmpty() && !fallbackToIdentity) {
            throw new PreconditionerUnavailable(g.description().generator());
        }
        Preconditioner p = pre.orElse(Preconditioner.IDENTITY);
        String pName = pre.isPresent() ? g.description().preconditioner() : "no preconditioner (" + g.description().preconditioner()
                + " is singular)";
        RealCsc a = g.matrix();
        SteadyStates.requireFinite(g, a);
        double[] t = g.traceFunctional();
        double[] u = normalisation(t);
        LinearOperator n = normalised(a, t, u);
        SteadyStateOptions.Krylov k = options.krylov();
        double[] x0 = new double[a.cols()];
        p.apply(u, x0);
        double[] r = randomUnitTrace(t, k.probeSeed());
        int probeBudget = fallbackToIdentity ? k.maxIterations() : Math.min(budget, k.maxIterations());
        // The uniqueness probe does not need the main solve: with a preconditioner that allows it and
        // vectors too short for GMRES's own parallel sweeps, it runs beside it on a second core.
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        LinearOperator probeOperator = cancellable(n, cancelled);
        int size = a.cols();
        SideTask<KrylovResult> probeTask = SideTask.start(
                () -> new Gmres(k.restart(), probeBudget, k.probeTolerance()).solve(probeOperator, p, r, null),
                p.concurrentApplications() && size >= CONCURRENT_PROBE_UNKNOWNS && size < Gmres.PARALLEL_LENGTH,
                "steadfast-uniqueness-probe");
        KrylovResult main;
        try {
            main = new Gmres(k.restart(), Math.min(budget, k.maxIterations()), k.tolerance()).solve(n, p, u, x0);
        } catch (RuntimeException | Error e) {
            cancelled.set(true);
            throw e;
        }
        if (!main.converged()) {
            cancelled.set(true);
            throw new SteadyStateException(String.format("GMRES did not converge: relative residual %.3g after %d iterations "
                    + "(target %.1g)", main.relativeResidual(), main.iterations(), k.tolerance()));
        }
        KrylovResult probe = probeTask.await("the uniqueness probe");
        double norm1 = a.norm1() + norm1(u) * maxAbs(t);
        double cond = probe.converged() ? norm1 * norm1(probe.x()) / norm1(r) : Double.POSITIVE_INFINITY;
        Route route = new Route(Route.Algorithm.PRECONDITIONED_GMRES, options.method(), false,
                main.iterations() + probe.iterations(), main.relativeResidual(), k.restart(), g.description().coordinates(), pName);
        Cost cost = new Cost(g.hilbertDimension(), a.cols(), a.nnz(), 0, cond, (System.nanoTime() - t0) * 1e-9);
        if (!(cond < options.singularConditionThreshold())) {
            SteadyState<S> degenerate = KernelEvidence.degenerate(g, Kernel.Evidence.UNSOLVABLE_PROBE, cond, options, route,
                    cost);
            if (!probe.converged() && !fallbackToIdentity) {
                // a probe that merely ran out of AUTO's budget is no proof: the LU decides, when it may
                throw new ProbeUnconverged(degenerate, probe.iterations(), probe.relativeResidual());
            }
            return degenerate;
        }
        S state = g.state(main.x());
        Certificate c = Certification.certify(g, state, options, 1.0, a.norm1(), cond);
        return new SteadyState.Unique<>(state, c, route, g.symmetry(), cost);
    }

    /** From this many unknowns the uniqueness probe may run beside the main solve. */
    static final int CONCURRENT_PROBE_UNKNOWNS = 2_000;

    /** The operator, which stops the solve using it (by an exception) once {@code cancelled} is set. */
    private static LinearOperator cancellable(LinearOperator n, java.util.concurrent.atomic.AtomicBoolean cancelled) {
        return LinearOperator.of(n.size(), (x, y) -> {
            if (cancelled.get()) {
                throw new java.util.concurrent.CancellationException("the main solve failed");
            }
            n.apply(x, y);
        });
    }

    private static double[] normalisation(double[] t) {
        double tt = 0;
        for (double v : t) {
            tt += v * v;
        }
        double[] u = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            u[i] = t[i] / tt;
        }
        return u;
    }

    /** x -> A x + u (t^T x). */
    private static LinearOperator normalised(RealCsc a, double[] t, double[] u) {
        int[] support = support(t);
        return LinearOperator.of(a.cols(), (x, y) -> {
            a.multiply(x, y);
            double tr = 0;
            for (int c : support) {
                tr += t[c] * x[c];
            }
            for (int c : support) {
                y[c] += tr * u[c];
            }
        });
    }

    private static int[] support(double[] t) {
        int k = 0;
        for (double v : t) {
            k += v != 0 ? 1 : 0;
        }
        int[] s = new int[k];
        k = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] != 0) {
                s[k++] = i;
            }
        }
        return s;
    }

    /** Small Gaussian entries everywhere, random positive weight on the trace's support, unit trace. */
    private static double[] randomUnitTrace(double[] t, long seed) {
        Random rnd = new Random(seed);
        double[] b = new double[t.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = rnd.nextGaussian() * 1e-3;
        }
        for (int c : support(t)) {
            b[c] = rnd.nextDouble();
        }
        double tr = 0;
        for (int i = 0; i < b.length; i++) {
            tr += t[i] * b[i];
        }
        for (int i = 0; i < b.length; i++) {
            b[i] /= tr;
        }
        return b;
    }

    private static double norm1(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s = Math.max(s, Math.abs(x));
        }
        return s;
    }
}
