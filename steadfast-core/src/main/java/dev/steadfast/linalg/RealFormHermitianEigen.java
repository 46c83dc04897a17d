package dev.steadfast.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The strategy of {@link HermitianEigen} for matrices above {@value HermitianEigen#JACOBI_MAX}:
 * EJML's real symmetric eigensolver on the real form (EJML has no complex eigensolver).
 *
 * <p>A Hermitian {@code H = A + iB} (A symmetric, B antisymmetric) has the real symmetric form
 * {@code R = [[A, -B], [B, A]]}, whose spectrum is that of H with every eigenvalue doubled, and
 * {@code f(R) = [[Re f(H), -Im f(H)], [Im f(H), Re f(H)]]} for any real function f. A real
 * eigenvector {@code (u; v)} of R for eigenvalue E gives the complex eigenvector {@code u + i v}
 * of H. For {@link #decompose} eigenvalues are grouped into clusters ({@link #DEGENERACY_TOLERANCE}
 * relative); within a cluster of multiplicity m the 2m complex vectors span the m-dimensional
 * eigenspace, and a pivoted modified Gram–Schmidt picks an orthonormal basis of it, so degenerate
 * eigenspaces are handled exactly (up to rounding) whatever basis EJML returns. Eigenvalues within
 * a cluster are set to the cluster mean. The cost is that of a symmetric eigendecomposition of
 * size 2n.
 */
final class RealFormHermitianEigen {
    /** Eigenvalues closer than this times max(1, max|E|) are treated as degenerate. */
    static final double DEGENERACY_TOLERANCE = 1e-10;

    private RealFormHermitianEigen() {
    }

    /** Eigenvalues of the Hermitian part of {@code h}, ascending (each the mean of its pair in R). */
    static double[] eigenvalues(CMatrix h) {
        int n = h.rows();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, false, true);
        if (!eig.decompose(realForm(h))) {
            throw new ArithmeticException("Hermitian eigendecomposition did not converge (n=" + n + ")");
        }
        double[] all = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            all[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(all);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = 0.5 * (all[2 * i] + all[2 * i + 1]);
        }
        return out;
    }

    /**
     * The matrix function {@code f(H)} of the Hermitian part of {@code h}, computed from its
     * eigendecomposition: {@code f(H) = sum_k f(lambda_k) |v_k><v_k|}, as
     * {@code f(R)} from all 2n real eigenvectors (correct whatever the degeneracy, no clustering).
     */
    static CMatrix apply(CMatrix h, DoubleUnaryOperator f) {
        int n = h.rows();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, true, true);
        if (!eig.decompose(realForm(h))) {
            throw new ArithmeticException("Hermitian eigendecomposition did not converge (n=" + n + ")");
        }
        int m = 2 * n;
        double[] fr = new double[m * m];
        for (int k = 0; k < m; k++) {
            double fk = f.applyAsDouble(eig.getEigenvalue(k).real);
            if (fk == 0) {
                continue;
            }
            DMatrixRMaj v = eig.getEigenVector(k);
            double[] vd = v.data;
            for (int i = 0; i < m; i++) {
                double vi = fk * vd[i];
                if (vi == 0) {
                    continue;
                }
                int o = i * m;
                for (int j = 0; j < m; j++) {
                    fr[o + j] += vi * vd[j];
                }
            }
        }
        CMatrix out = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // top-left block is Re f(H); bottom-left block is Im f(H)
                out.set(i, j, fr[i * m + j], fr[(n + i) * m + j]);
            }
        }
        return out;
    }

    /** The real symmetric form {@code [[A, -B], [B, A]]} of the Hermitian part of {@code h = A + iB}. */
    static DMatrixRMaj realForm(CMatrix h) {
        int n = h.rows();
        DMatrixRMaj r = new DMatrixRMaj(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = 0.5 * (h.re(i, j) + h.re(j, i));
                double b = 0.5 * (h.im(i, j) - h.im(j, i));
                r.set(i, j, a);
                r.set(n + i, n + j, a);
                r.set(n + i, j, b);
                r.set(i, n + j, -b);
            }
        }
        return r;
    }

    /** The eigensystem of the Hermitian part of {@code h}, degenerate eigenspaces orthonormalised. */
    static Eigensystem decompose(CMatrix h) {
        int n = h.rows();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, true, true);
        if (!eig.decompose(realForm(h))) {
            throw new ArithmeticException("Hermitian eigendecomposition did not converge (n=" + n + ")");
        }
        int m = 2 * n;
        Integer[] order = new Integer[m];
        double[] ev = new double[m];
        double scale = 1;
        for (int k = 0; k < m; k++) {
            order[k] = k;
            ev[k] = eig.getEigenvalue(k).real;
            scale = Math.max(scale, Math.abs(ev[k]));
        }
        Arrays.sort(order, (a, b) -> Double.compare(ev[a], ev[b]));
        double tol = DEGENERACY_TOLERANCE * scale;
        double[] values = new double[n];
        CMatrix vectors = new CMatrix(n, n);
        int filled = 0;
        int start = 0;
        while (start < m) {
            int end = start + 1;
            while (end < m && ev[order[end]] - ev[order[end - 1]] <= tol) {
                end++;
            }
            List<double[][]> candidates = new ArrayList<>();
            double mean = 0;
            for (int k = start; k < end; k++) {
                double[] w = eig.getEigenVector(order[k]).data;
                candidates.add(new double[][] {Arrays.copyOfRange(w, 0, n), Arrays.copyOfRange(w, n, m)});
                mean += ev[order[k]];
            }
            mean /= (end - start);
            int multiplicity = (end - start) / 2;
            if (2 * multiplicity != end - start) {
                throw new ArithmeticException("eigenvalue cluster of odd size " + (end - start)
                        + " in the real form: the degeneracy tolerance split a pair");
            }
            for (double[][] v : orthonormalise(candidates, multiplicity)) {
                for (int i = 0; i < n; i++) {
                    vectors.set(i, filled, v[0][i], v[1][i]);
                }
                values[filled++] = mean;
            }
            start = end;
        }
        return new Eigensystem(values, vectors);
    }

    /** Pivoted modified Gram–Schmidt: the {@code rank} largest orthonormal directions in the span. */
    private static List<double[][]> orthonormalise(List<double[][]> cands, int rank) {
        List<double[][]> basis = new ArrayList<>();
        List<double[][]> rest = new ArrayList<>();
        for (double[][] c : cands) {
            rest.add(new double[][] {c[0].clone(), c[1].clone()});
        }
        while (basis.size() < rank) {
            int best = -1;
            double bestNorm = -1;
            for (int k = 0; k < rest.size(); k++) {
                double nk = norm(rest.get(k));
                if (nk > bestNorm) {
                    bestNorm = nk;
                    best = k;
                }
            }
            double[][] q = rest.remove(best);
            scale(q, 1 / bestNorm);
            basis.add(q);
            for (double[][] r : rest) {
                subtractProjection(r, q);
            }
        }
        return basis;
    }

    /** r -= q (q† r), q normalised. */
    private static void subtractProjection(double[][] r, double[][] q) {
        double cr = 0;
        double ci = 0;
        for (int i = 0; i < r[0].length; i++) {
            cr += q[0][i] * r[0][i] + q[1][i] * r[1][i];
            ci += q[0][i] * r[1][i] - q[1][i] * r[0][i];
        }
        for (int i = 0; i < r[0].length; i++) {
            r[0][i] -= cr * q[0][i] - ci * q[1][i];
            r[1][i] -= cr * q[1][i] + ci * q[0][i];
        }
    }

    private static double norm(double[][] v) {
        double s = 0;
        for (int i = 0; i < v[0].length; i++) {
            s += v[0][i] * v[0][i] + v[1][i] * v[1][i];
        }
        return Math.sqrt(s);
    }

    private static void scale(double[][] v, double s) {
        for (int i = 0; i < v[0].length; i++) {
            v[0][i] *= s;
            v[1][i] *= s;
        }
    }
}
