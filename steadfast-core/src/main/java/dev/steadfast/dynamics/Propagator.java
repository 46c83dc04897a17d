package dev.steadfast.dynamics;

/**
 * Advances real coordinates {@code x(0) = x0} under {@code dx/dt = M x} to a list of
 * non-decreasing times {@code >= 0}, handing each {@code x(t_i)} to a sink (which must copy what
 * it keeps).
 */
interface Propagator {
    Stats run(double[] x0, double[] times, Sink sink);

    /** Receives the state at output time number {@code index}. */
    interface Sink {
        void accept(int index, double[] x);
    }

    /** Accepted steps and products with M (or dense exponentials computed, for the dense route). */
    record Stats(long steps, long applications) {
    }
}
