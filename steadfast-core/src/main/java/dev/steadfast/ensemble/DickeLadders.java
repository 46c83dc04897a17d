package dev.steadfast.ensemble;

/**
 * The Dicke ladders of N qubits: the total spins {@code j = N/2, N/2 - 1, ..., 0 or 1/2} (block
 * index b = 0, 1, ... in that order, so block 0 is the symmetric ladder) and their degeneracies
 * {@code d_j = N!(2j+1)/((N/2+j+1)!(N/2-j)!)}, the number of copies of spin j in
 * {@code (C^2)^{⊗N}} (Σ_j d_j (2j+1) = 2^N).
 *
 * <p>Spins are handled as the integers {@code twoJ = 2j}. Degeneracies are computed from
 * {@code d_{N/2} = 1} by the exact ratio
 * {@code d_{j-1}/d_j = (2j-1)(N/2+j+1)/((2j+1)(N/2-j+1))}, in double precision (they overflow
 * a double beyond N ≈ 1000, so N is limited to {@link #MAX_N}); their logarithms are kept too.
 */
public final class DickeLadders {
    /** Largest supported number of qubits (degeneracies stay finite doubles). */
    public static final int MAX_N = 1000;

    private final int n;
    private final int[] twoJ;
    private final double[] degeneracy;
    private final double[] logDegeneracy;

    public DickeLadders(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("an ensemble needs 1 <= N <= " + MAX_N + " qubits, got " + n);
        }
        this.n = n;
        int blocks = n / 2 + 1;
        twoJ = new int[blocks];
        degeneracy = new double[blocks];
        logDegeneracy = new double[blocks];
        double logD = 0;
        for (int b = 0; b < blocks; b++) {
            twoJ[b] = n - 2 * b;
            if (b > 0) {
                double j = (twoJ[b - 1]) / 2.0; // the previous (larger) spin
                logD += Math.log((2 * j - 1) * (n / 2.0 + j + 1) / ((2 * j + 1) * (n / 2.0 - j + 1)));
            }
            logDegeneracy[b] = logD;
            degeneracy[b] = Math.exp(logD);
        }
    }

    /** N, the number of qubits. */
    public int members() { return n; }

    /** Number of ladders (blocks), N/2 + 1 rounded down. */
    public int blocks() { return twoJ.length; }

    /** 2j of block b. */
    public int twoJ(int b) { return twoJ[b]; }

    /** j of block b. */
    public double j(int b) { return twoJ[b] / 2.0; }

    /** 2j + 1, the size of block b. */
    public int size(int b) { return twoJ[b] + 1; }

    /** The block index of spin {@code twoJ/2}, or -1 if that spin does not occur. */
    public int blockOf(int twoJValue) {
        if (twoJValue < 0 || twoJValue > n || (n - twoJValue) % 2 != 0) {
            return -1;
        }
        return (n - twoJValue) / 2;
    }

    /** d_j of block b (the number of degenerate copies of spin j). */
    public double degeneracy(int b) { return degeneracy[b]; }

    /** ln d_j of block b. */
    public double logDegeneracy(int b) { return logDegeneracy[b]; }

    /** Σ_j (2j+1)^2 = C(N+3, 3): real unknowns of a permutation-invariant state. */
    public long unknowns() {
        long s = 0;
        for (int b = 0; b < blocks(); b++) {
            s += (long) size(b) * size(b);
        }
        return s;
    }
}
