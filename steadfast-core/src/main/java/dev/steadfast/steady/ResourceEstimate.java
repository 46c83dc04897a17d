package dev.steadfast.steady;

/**
 * A cheap, allocation-free estimate of the memory a steady-state computation needs, made from the
 * Hilbert-space dimension alone so that a model that cannot fit is refused before any work.
 *
 * <p>The dense density matrix costs {@code 16 d^2} bytes; the generator in the real Hermitian
 * basis has about {@code d^2} unknowns (fewer in a symmetry sector) with some tens of nonzeros
 * each at 12 bytes a nonzero; the factorisation needs a multiple of that. This is a lower
 * bound, not a promise: a model that passes may still run out of memory during factorisation,
 * which the solvers report as a numerical failure.
 *
 * @param hilbertDimension d
 * @param unknowns         d^2, the size of the full Liouville space
 * @param bytes            estimated minimum bytes for the state and the generator
 */
public record ResourceEstimate(double hilbertDimension, double unknowns, double bytes) {

    /** The estimate for a Hilbert space of dimension {@code d} (a double: it may be astronomically large). */
    public static ResourceEstimate forHilbertDimension(double d) {
        double unknowns = d * d;
        double bytes = 16 * unknowns + 12 * 20 * unknowns;
        return new ResourceEstimate(d, unknowns, bytes);
    }

    /** True when the estimate fits in {@code availableBytes} and the indices fit in Java arrays. */
    public boolean fits(long availableBytes) {
        return unknowns < Integer.MAX_VALUE && bytes <= availableBytes;
    }

    /** The JVM's maximum heap. */
    public static long availableBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** A sentence for an error message: the dimension and the memory it would need. */
    public String describe() {
        return String.format("Hilbert-space dimension %.4g (Liouville space %.4g) needs at least %s; available %s",
                hilbertDimension, unknowns, human(bytes), human(availableBytes()));
    }

    static String human(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        if (bytes >= 1024.0 * 1024 * 1024 * 1024 * 1024 * 1024) {
            return String.format("%.3g bytes", bytes);
        }
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return String.format("%.1f %s", bytes, units[u]);
    }
}
