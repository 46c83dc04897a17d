package dev.steadfast.spectrum;

/**
 * Options of {@link Spectra}.
 *
 * @param method             the route
 * @param relativeShift      the real shift is {@code sigma = relativeShift * ||M||_1} (> 0: no
 *                           Liouvillian eigenvalue has a positive real part, so M - sigma I is
 *                           nonsingular)
 * @param tolerance          a Ritz pair is converged when its Arnoldi residual is below
 *                           {@code tolerance * |mu|} (mu the eigenvalue of the inverted operator)
 * @param relativeZeroTolerance an eigenvalue with {@code |lambda| <= relativeZeroTolerance * max(1, ||M||_1)}
 *                           counts as zero
 * @param maxKrylovDimension the largest Krylov space tried before giving up
 * @param denseLimit         AUTO uses the dense route up to this many real coordinates
 */
public record SpectrumOptions(SpectrumMethod method, double relativeShift, double tolerance,
                              double relativeZeroTolerance, int maxKrylovDimension, int denseLimit) {

    public static SpectrumOptions defaults() {
        return new SpectrumOptions(SpectrumMethod.AUTO, 1e-4, 1e-11, 1e-9, 400, 256);
    }

    public SpectrumOptions withMethod(SpectrumMethod m) {
        return new SpectrumOptions(m, relativeShift, tolerance, relativeZeroTolerance, maxKrylovDimension, denseLimit);
    }
}
