package dev.steadfast.spectrum;

import dev.steadfast.linalg.RealCsc;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The k eigenvalues of a real sparse matrix M nearest a real shift sigma, by shift-invert band
 * (block) Arnoldi.
 *
 * <p>With {@code A = (M - sigma I)^{-1}} (one sparse LU), Ruhe's band Arnoldi starts from a block
 * of {@code p} seeded random vectors and builds an orthonormal basis Q of the block Krylov space
 * with {@code A q_j = sum_i h_ij q_i} (classical Gram–Schmidt applied twice; a new direction whose
 * norm falls below 1e-13 of {@code ||A q_j||} is deflated). A block is needed because a single
 * start vector sees only one direction of a degenerate eigenspace, such as a multi-dimensional
 * steady-state manifold; multiplicities up to p are resolved. The Ritz values mu of the leading
 * m x m block H_m (EJML general eigendecomposition) with the largest |mu| approximate those of A,
 * and {@code lambda = sigma + 1/mu}. A Ritz pair {@code (mu, Q_m y)} has residual
 * {@code ||H_tail y||} (the rows of h below m); it is accepted when that is at most
 * {@code tol |mu|}. If a wanted pair is not accepted the Krylov dimension is doubled (a fresh
 * start from the same seeded block), up to a maximum.
 */
final class ShiftInvertArnoldi {
    /** Size of the starting block: the largest eigenvalue multiplicity resolved for sure. */
    static final int BLOCK = 6;

    private ShiftInvertArnoldi() {
    }

    record Result(List<Eigenvalue> values, int krylovDimension, double maxResidual) {
    }

    static Result compute(RealCsc m, int k, double sigma, double tol, int maxDim) {
        int n = m.cols();
        ShiftInvert op = new ShiftInvert(m, sigma);
        int cap = Math.min(n, maxDim);
        int dim = Math.min(cap, Math.max(2 * k + 2 * BLOCK, 40));
        while (true) {
            Result r = attempt(op, n, k, dim);
            if (r.maxResidual() <= tol) {
                return r;
            }
            if (dim >= cap) {
                throw new ArithmeticException(String.format(
                        "shift-invert Arnoldi did not converge: relative residual %.3g with Krylov dimension %d",
                        r.maxResidual(), dim));
            }
            dim = Math.min(cap, 2 * dim);
        }
    }

    private static Result attempt(ShiftInvert op, int n, int k, int dim) {
        List<double[]> q = new ArrayList<>();
        Random rnd = new Random(20240601L);
        for (int b = 0; b < Math.min(BLOCK, n); b++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextDouble() - 0.5;
            }
            double before = norm(v);
            orthogonalise(q, v, null, 0);
            double after = norm(v);
            if (after > 1e-10 * before) {
                q.add(scaled(v, 1 / after));
            }
        }
        double[][] h = new double[dim + BLOCK][dim];
        int j = 0;
        while (j < dim && j < q.size()) {
            double[] w = op.solve(q.get(j));
            double before = norm(w);
            orthogonalise(q, w, h, j);
            double after = norm(w);
            if (after > 1e-13 * before && q.size() < dim + BLOCK) {
                h[q.size()][j] = after;
                q.add(scaled(w, 1 / after));
            }
            j++;
        }
        return ritz(h, j, q.size(), k, op.sigma());
    }

    /** w -= Q (Q^T w), twice; the coefficients are added to column j of h when h is given. */
    private static void orthogonalise(List<double[]> q, double[] w, double[][] h, int j) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < q.size(); i++) {
                double c = dot(q.get(i), w);
                if (h != null) {
                    h[i][j] += c;
                }
                axpy(-c, q.get(i), w);
            }
        }
    }

    private static Result ritz(double[][] h, int m, int rows, int k, double sigma) {
        DMatrixRMaj hm = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < m; c++) {
                hm.set(i, c, h[i][c]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false);
        if (!eig.decompose(hm)) {
            throw new ArithmeticException("eigendecomposition of the projected matrix failed");
        }
        List<Complex_F64> mus = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            mus.add(eig.getEigenvalue(i));
        }
        mus.sort((a, b) -> Double.compare(b.getMagnitude(), a.getMagnitude()));
        int keep = Math.min(k, m);
        List<Eigenvalue> out = new ArrayList<>();
        double maxRes = 0;
        for (int i = 0; i < keep; i++) {
            Complex_F64 mu = mus.get(i);
            double res = 0;
            if (rows > m) {
                double[][] y = SmallComplex.eigenvector(h, m, mu.real, mu.imaginary);
                for (int r = m; r < rows; r++) {
                    double sr = 0;
                    double si = 0;
                    for (int c = 0; c < m; c++) {
                        sr += h[r][c] * y[0][c];
                        si += h[r][c] * y[1][c];
                    }
                    res += sr * sr + si * si;
                }
                res = Math.sqrt(res);
            }
            maxRes = Math.max(maxRes, res / mu.getMagnitude());
            double den = mu.real * mu.real + mu.imaginary * mu.imaginary;
            out.add(new Eigenvalue(sigma + mu.real / den, -mu.imaginary / den));
        }
        return new Result(out, m, maxRes);
    }

    private static double[] scaled(double[] x, double s) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= s;
        }
        return y;
    }

    static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
