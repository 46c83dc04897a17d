package dev.steadfast.linalg;

/**
 * Dense real matrix products {@code C = op(A) op(B)} on row-major arrays, the dense LU solve of a
 * square system and Hermitian eigenproblems: the kernels whose speed decides the preconditioners
 * with dense blocks (the secular preconditioner's basis changes, its population solve, the
 * diagonalisation of H block by block) and the positivity check of large states. {@link #best()} is native
 * OpenBLAS where its bundled library loads (linux-x86_64), else EJML; both are exact to rounding,
 * so results differ only in the last bits. Measured: docs/dependencies.md.
 */
public interface DenseProducts {

    /**
     * {@code C = op(A) op(B)} with {@code op(X) = X^T} when the flag is set; op(A) is m x k, op(B)
     * is k x n, C is m x n, all row-major and contiguous.
     */
    void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a, double[] b, double[] c);

    /**
     * An LU factorisation (partial pivoting) of the row-major n x n matrix {@code a} (not kept), or
     * null when a pivot is exactly zero.
     */
    Solver factor(int n, double[] a);

    /**
     * Eigenvalues, ascending, of the Hermitian n x n matrix with row-major real and imaginary parts
     * {@code re}, {@code im} (not modified).
     */
    double[] hermitianEigenvalues(int n, double[] re, double[] im);

    /**
     * The eigen-decomposition of the real symmetric row-major n x n matrix {@code a} (not
     * modified): {@code values} ascending, {@code vectors} row-major with eigenvector k in column k.
     */
    void symmetricEigen(int n, double[] a, double[] values, double[] vectors);

    /** A factorised square system. */
    interface Solver {
        /** Solves {@code A x = rhs} in place. */
        void solveInPlace(double[] rhs);

        /**
         * EJML's quality measure of the factor: {@code |prod_i u_ii / max_j |u_jj||}, 0 for a
         * singular matrix, 1 for a perfectly balanced one.
         */
        double quality();
    }

    /** Native OpenBLAS when it loads, else the Java products. */
    static DenseProducts best() {
        return NativeDenseProducts.available() ? NativeDenseProducts.INSTANCE : JavaDenseProducts.INSTANCE;
    }

    /**
     * Loading the native library costs a cold process about 0.2 s (unpacking is cached, linking is
     * not), what the Java products do in some 5e8 flops: below that much work they are used, unless
     * the library is already loaded (docs/dependencies.md).
     */
    double NATIVE_WORTHWHILE_FLOPS = 5e8;

    /** {@link #best()} for work of about {@code flops} floating-point operations; the Java products for less. */
    static DenseProducts forWork(double flops) {
        return flops >= NATIVE_WORTHWHILE_FLOPS || NativeDenseProducts.loaded() ? best() : JavaDenseProducts.INSTANCE;
    }

    /** The pure-Java products (EJML), always available. */
    static DenseProducts java() {
        return JavaDenseProducts.INSTANCE;
    }
}
