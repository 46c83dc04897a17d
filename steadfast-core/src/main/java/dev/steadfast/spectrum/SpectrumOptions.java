package dev.steadfast.spectrum;

/**
 * Options of {@link Spectra}.
 *
 * @param method             the route
 * @param relativeShift      the real shift is {@code sigma = relativeShift * ||M||_1} (> 0: no
 *                           Liouvillian eigenvalue has a positive real part, so M - sigma I is
 *                           nonsingular)
 * @param tolerance          an eigenpair is converged when its true relative residual
 *                           {@code ||M v - lambda v|| / (||M||_1 ||v||)} is at most this ({@link Accuracy});
 *                           the Arnoldi iteration aims a factor 10 below with its estimates
 * @param relativeZeroTolerance an eigenvalue with {@code |lambda| <= relativeZeroTolerance * max(1, ||M||_1)}
 *                           counts as zero
 * @param maxKrylovDimension the largest Krylov space (the space is restarted, keeping the wanted
 *                           Ritz vectors, when it is full)
 * @param maxRestarts        thick restarts before the pairs are returned as they are (those above
 *                           the tolerance typed {@link Accuracy.Unconverged})
 * @param denseLimit         AUTO uses the dense route up to this many real coordinates (per
 *                           charge-difference block when the generator is split)
 * @param useChargeSectors   split L by charge difference when an excitation number is conserved
 */
public record SpectrumOptions(SpectrumMethod method, double relativeShift, double tolerance,
                              double relativeZeroTolerance, int maxKrylovDimension, int maxRestarts, int denseLimit,
                              boolean useChargeSectors) {

    public static SpectrumOptions defaults() {
        return new SpectrumOptions(SpectrumMethod.AUTO, 1e-4, 1e-10, 1e-9, 400, 200, 128, true);
    }

    public SpectrumOptions withMethod(SpectrumMethod m) {
        return new SpectrumOptions(m, relativeShift, tolerance, relativeZeroTolerance, maxKrylovDimension, maxRestarts,
                denseLimit, useChargeSectors);
    }

    public SpectrumOptions withChargeSectors(boolean use) {
        return new SpectrumOptions(method, relativeShift, tolerance, relativeZeroTolerance, maxKrylovDimension, maxRestarts,
                denseLimit, use);
    }

    public SpectrumOptions withMaxRestarts(int restarts) {
        return new SpectrumOptions(method, relativeShift, tolerance, relativeZeroTolerance, maxKrylovDimension, restarts,
                denseLimit, useChargeSectors);
    }

    public SpectrumOptions withDenseLimit(int limit) {
        return new SpectrumOptions(method, relativeShift, tolerance, relativeZeroTolerance, maxKrylovDimension, maxRestarts,
                limit, useChargeSectors);
    }

    public SpectrumOptions withMaxKrylovDimension(int dim) {
        return new SpectrumOptions(method, relativeShift, tolerance, relativeZeroTolerance, dim, maxRestarts,
                denseLimit, useChargeSectors);
    }
}
