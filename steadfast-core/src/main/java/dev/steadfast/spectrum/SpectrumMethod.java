package dev.steadfast.spectrum;

/** How the eigenvalues nearest zero are computed. */
public enum SpectrumMethod {
    /** Dense for at most {@link SpectrumOptions#denseLimit()} real coordinates, shift-invert Arnoldi above. */
    AUTO,
    /** Shift-invert Arnoldi on the real sparse generator (sparse LU of {@code M - sigma I}). */
    SHIFT_INVERT_ARNOLDI,
    /** All eigenvalues of the dense real matrix (EJML), then the nearest zero are kept. */
    DENSE
}
