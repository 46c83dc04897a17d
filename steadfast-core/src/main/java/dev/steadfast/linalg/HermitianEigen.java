package dev.steadfast.linalg;

import java.util.function.DoubleUnaryOperator;

/**
 * Eigenvalues, eigen-decompositions and matrix functions of complex Hermitian matrices: the one
 * entry point, {@code H = V diag(lambda) V†}. Only the Hermitian part {@code (h + h†)/2} of the
 * argument is used, and the argument is never modified.
 *
 * <p>Strategies, chosen by size n (callers never choose):
 * <ul>
 *   <li>n &le; 2, eigenvalues only: closed form, {@code (a + d)/2 ± sqrt(((a - d)/2)^2 + |b|^2)};
 *   <li>n &le; {@value #JACOBI_MAX}: cyclic complex Jacobi ({@link JacobiHermitianEigen}), accurate to
 *       a few ulps of {@code ||H||} and the fastest at these sizes (two-qubit states);
 *   <li>larger: EJML's symmetric eigensolver on the 2n real form, degenerate eigenspaces
 *       orthonormalised ({@link RealFormHermitianEigen}).
 * </ul>
 * The cut-off is a measurement (docs/dependencies.md, "hand-written numerics"). Throws
 * IllegalArgumentException for a non-square matrix, ArithmeticException if a solver does not
 * converge.
 */
public final class HermitianEigen {
    /**
     * Largest dimension handled by the Jacobi strategy: measured faster than the real form up to
     * n = 4 (1.4 vs 1.6 µs for eigenvalues, 1.7 vs 3.3 µs for a decomposition) and slower from
     * n = 5 on (3× at n = 16).
     */
    static final int JACOBI_MAX = 4;

    private HermitianEigen() {
    }

    /** Eigenvalues of the Hermitian part of {@code h}, ascending. */
    public static double[] eigenvalues(CMatrix h) {
        int n = requireSquare(h);
        if (n == 1) {
            return new double[] {h.re(0, 0)};
        }
        if (n == 2) {
            return eigenvalues2(h);
        }
        return n <= JACOBI_MAX ? JacobiHermitianEigen.eigenvalues(h) : RealFormHermitianEigen.eigenvalues(h);
    }

    /**
     * The smallest eigenvalue of the Hermitian part of {@code h}: closed form for n ≤ 2, Jacobi up to
     * {@value #JACOBI_MAX}, above by Householder reduction to a real tridiagonal matrix and bisection
     * ({@link HermitianTridiagonal}, half the flops of the real form).
     */
    public static double smallestEigenvalue(CMatrix h) {
        int n = requireSquare(h);
        if (n <= JACOBI_MAX) {
            return eigenvalues(h)[0];
        }
        return HermitianTridiagonal.smallestEigenvalue(h);
    }

    /** Eigenvalues (ascending) and orthonormal eigenvectors of the Hermitian part of {@code h}. */
    public static Eigensystem decompose(CMatrix h) {
        int n = requireSquare(h);
        return n <= JACOBI_MAX ? JacobiHermitianEigen.decompose(h) : RealFormHermitianEigen.decompose(h);
    }

    /**
     * The matrix function {@code f(H) = sum_k f(lambda_k) |v_k><v_k|} of the Hermitian part of
     * {@code h}, for a real function f.
     */
    public static CMatrix apply(CMatrix h, DoubleUnaryOperator f) {
        int n = requireSquare(h);
        return n <= JACOBI_MAX ? JacobiHermitianEigen.decompose(h).apply(f) : RealFormHermitianEigen.apply(h, f);
    }

    private static double[] eigenvalues2(CMatrix h) {
        double a = h.re(0, 0);
        double d = h.re(1, 1);
        double br = 0.5 * (h.re(0, 1) + h.re(1, 0));
        double bi = 0.5 * (h.im(0, 1) - h.im(1, 0));
        double mean = 0.5 * (a + d);
        double rad = Math.sqrt(0.25 * (a - d) * (a - d) + br * br + bi * bi);
        return new double[] {mean - rad, mean + rad};
    }

    private static int requireSquare(CMatrix h) {
        if (h.rows() != h.cols()) {
            throw new IllegalArgumentException("not square: " + h.rows() + "x" + h.cols());
        }
        return h.rows();
    }
}
