package dev.steadfast.linalg;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and orthonormal eigenvectors of a complex Hermitian matrix: {@code H = V diag(E) V†}.
 *
 * <p>Method: the real symmetric form {@code R = [[A, -B], [B, A]]} of {@code H = A + iB} (see
 * {@link HermitianEigen}) has every eigenvalue of H twice; a real eigenvector {@code (u; v)} of R
 * for eigenvalue E gives the complex eigenvector {@code u + i v} of H. Eigenvalues are grouped
 * into clusters ({@link #DEGENERACY_TOLERANCE} relative); within a cluster of multiplicity m the
 * 2m complex vectors span the m-dimensional eigenspace, and a pivoted modified Gram–Schmidt
 * picks an orthonormal basis of it. Degenerate eigenspaces are therefore handled exactly (up to
 * rounding), whatever basis EJML returns. Eigenvalues within a cluster are set to the cluster mean.
 *
 * @param values  eigenvalues, ascending
 * @param vectors unitary matrix whose column k is the eigenvector of {@code values[k]}
 */
public record HermitianEigenSystem(double[] values, CMatrix vectors) {
    /** Eigenvalues closer than this times max(1, max|E|) are treated as degenerate. */
    public static final double DEGENERACY_TOLERANCE = 1e-10;

    /** The eigensystem of the Hermitian part of {@code h}. */
    public static HermitianEigenSystem of(CMatrix h) {
        int n = h.rows();
        if (h.cols() != n) {
            throw new IllegalArgumentException("not square: " + h.rows() + "x" + h.cols());
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, true, true);
        if (!eig.decompose(HermitianEigen.realForm(h))) {
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
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ev[a], ev[b]));
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
                candidates.add(new double[][] {java.util.Arrays.copyOfRange(w, 0, n), java.util.Arrays.copyOfRange(w, n, m)});
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
        return new HermitianEigenSystem(values, vectors);
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


    /** Dimension of the space. */
    public int dimension() {
        return values.length;
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
