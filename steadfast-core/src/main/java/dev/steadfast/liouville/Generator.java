package dev.steadfast.liouville;

import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import java.util.Optional;

/**
 * A time-independent, trace- and Hermiticity-preserving generator {@code dx/dt = M x} of states
 * of type {@code S}, written as a real sparse matrix in real coordinates of Hermitian operators
 * (a Lindblad Liouvillian in a {@link HermitianBasis}, possibly restricted to a symmetry sector;
 * the ensemble Liouvillian on Dicke ladders; a Bloch–Redfield tensor). It is what the one
 * steady-state pipeline ({@code dev.steadfast.steady.SteadyStates#solve(Generator, ...)}) and the
 * steady-state manifold consume; a new kind of generator plugs in by implementing it.
 *
 * <p>Contract: {@code Tr rho = t^T x} with {@code t = traceFunctional()}, and trace preservation
 * makes the row {@link #traceRow()} of M redundant ({@code t^T M = 0}, {@code t[traceRow] = 1}),
 * so the bordered matrix (that row replaced by t) is nonsingular exactly when the kernel of M is
 * one-dimensional. {@link #residual} must not use {@link #matrix()}: it is the independent check
 * of the certificate (the matrix-free action of the generator on the state).
 *
 * @param <S> the state type ({@code DensityMatrix}, {@code EnsembleState}, ...)
 */
public interface Generator<S> {

    /** Number of real coordinates (unknowns of the steady-state problem). */
    int size();

    /** Dimension of the Hilbert space the states live on (Long.MAX_VALUE when it overflows). */
    long hilbertDimension();

    /** The real matrix M of the generator in these coordinates (built once and cached). */
    RealCsc matrix();

    /** The trace functional t: {@code Tr rho = t^T x}. */
    double[] traceFunctional();

    /** The coordinate whose row of M the bordered system replaces by the trace functional. */
    int traceRow();

    /** M with row {@link #traceRow()} replaced by the trace functional. */
    default RealCsc bordered() {
        return Bordering.replaceRow(matrix(), traceFunctional(), traceRow());
    }

    /** The state with coordinates x. */
    S state(double[] x);

    /**
     * The coordinates of a state, or empty when it is not representable here (for example a state
     * with weight outside the symmetry sector the generator is restricted to).
     */
    Optional<double[]> coordinates(S state);

    /**
     * The Frobenius norm of the generator applied to {@code state}, computed by a route independent
     * of {@link #matrix()} (the matrix-free action).
     */
    double residual(S state);

    /** Trace, Hermiticity error and smallest eigenvalues of a candidate state. */
    StateProperties properties(S state);

    /** Whether positivity of a steady state is guaranteed by the theory (and so enforced). */
    Positivity positivity();

    /**
     * A preconditioner for {@code x -> M x + u (t^T x)} (u proportional to t), the normalised
     * generator GMRES solves; empty when this generator's preconditioner is singular (which
     * suggests, but does not prove, a non-unique steady state).
     */
    Optional<Preconditioner> preconditioner();

    /** Predicted cost of building and applying {@link #preconditioner()}, for the choice of route. */
    PreconditionerCost preconditionerCost();

    /**
     * The same generator without the symmetry restriction (all coordinates), when this one is
     * restricted to a sector; empty otherwise. Used to report the kernel of the whole generator.
     */
    default Optional<Generator<S>> unrestricted() {
        return Optional.empty();
    }

    /** The symmetry the coordinates exploit. */
    Symmetry symmetry();

    /** Names for display: what the generator is and how it is written. */
    Description description();

    /**
     * Display names.
     *
     * @param generator      e.g. "the Liouvillian"
     * @param coordinates    e.g. "a real Hermitian operator basis"
     * @param preconditioner e.g. "the secular preconditioner"
     * @param kernelRemark   what a degenerate kernel usually means for this generator
     */
    record Description(String generator, String coordinates, String preconditioner, String kernelRemark) {
    }
}
