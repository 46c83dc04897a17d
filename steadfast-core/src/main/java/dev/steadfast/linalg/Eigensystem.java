package dev.steadfast.linalg;

import java.util.function.DoubleUnaryOperator;

/**
 * An eigen-decomposition {@code H = V diag(values) V†} of a Hermitian matrix, made by
 * {@link HermitianEigen#decompose}.
 *
 * @param values  eigenvalues, ascending
 * @param vectors unitary matrix whose column k is the eigenvector of {@code values[k]}
 */
public record Eigensystem(double[] values, CMatrix vectors) {
    /** Dimension of the space. */
    public int dimension() {
        return values.length;
    }

    /** The matrix function {@code f(H) = V diag(f(values)) V† = sum_k f(lambda_k) |v_k><v_k|}. */
    public CMatrix apply(DoubleUnaryOperator f) {
        int n = values.length;
        double[] vr = vectors.re();
        double[] vi = vectors.im();
        CMatrix out = new CMatrix(n, n);
        double[] or = out.re();
        double[] oi = out.im();
        for (int k = 0; k < n; k++) {
            double fk = f.applyAsDouble(values[k]);
            if (fk == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double ur = fk * vr[i * n + k];
                double ui = fk * vi[i * n + k];
                for (int j = 0; j < n; j++) {
                    // (f v_i) conj(v_j)
                    double wr = vr[j * n + k];
                    double wi = vi[j * n + k];
                    or[i * n + j] += ur * wr + ui * wi;
                    oi[i * n + j] += ui * wr - ur * wi;
                }
            }
        }
        return out;
    }

    /** {@code V† X V}: the matrix X in the eigenbasis. */
    public CMatrix toEigenbasis(CMatrix x) {
        return vectors.adjoint().times(x).times(vectors);
    }

    /** {@code V Y V†}: a matrix given in the eigenbasis, back in the original basis. */
    public CMatrix fromEigenbasis(CMatrix y) {
        return vectors.times(y).times(vectors.adjoint());
    }
}
