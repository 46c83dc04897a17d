package dev.steadfast.gaussian;

import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A structured route for passive (phase-insensitive) systems damped on few modes, e.g. a chain
 * between two baths. When A and D commute with Ω (no squeezing, every jump purely lowering or
 * raising), their 2×2 blocks are [[α, −β], [β, α]] and they are the real forms of complex n × n
 * matrices Â, D̂; then V ↔ V̂ = P + iQ (V's blocks [[P, −Q], [Q, P]]) with {@code V̂ = ½ I + Nᵀ},
 * {@code N_jk = ⟨a_j† a_k⟩}, and {@code Â V̂ + V̂ Âᴴ + D̂ = 0}. Split {@code Â = iH + S} (H, S
 * Hermitian). When H is real and S = σI + S_low with S_low acting on r ≤ n/4 modes (a damping
 * every mode shares plus a few baths), in the eigenbasis {@code H = U E Uᵀ} (dense symmetric eigen,
 * O(n³) with a small constant) the equation reads
 * {@code (i(E_i − E_j) + 2σ) N'_ij + (S'N' + N'S')_ij + D'_ij = 0}, {@code S' = U_Rᵀ S_R U_R} of
 * rank r, {@code D' = Uᵀ D̂ U}; it is solved by GMRES preconditioned by its secular part
 * {@code i(E_i − E_j) + 2σ + S'_ii + S'_jj}, at O(n² r) per iteration, and {@code V̂ = U N' Uᵀ}. Stability: S ≤ 0 is required, and then an
 * eigenvalue of Â with zero real part exists exactly when S, compressed to an eigenspace of H, is
 * singular; both are checked, and whenever the route does not apply or does not converge it returns
 * empty (the caller uses the dense Schur route, which also diagnoses instability).
 */
final class PassiveLyapunov {
    private PassiveLyapunov() {
    }

    /**
     * A solution of this route.
     *
     * @param covariance V
     * @param iterations GMRES iterations
     * @param residual   GMRES's final relative residual
     */
    record Solution(double[][] covariance, int iterations, double residual) { }

    /** V with {@code A V + V Aᵀ + D = 0}, or empty when this route does not apply or fails. */
    static Optional<Solution> solve(double[][] a, double[][] d) {
        int n = a.length / 2;
        double scale = Math.max(1, Matrices.maxAbs(a));
        if (n < 8 || !isPassive(a, 1e-13 * scale) || !isPassive(d, 1e-13 * Math.max(1, Matrices.maxAbs(d)))) {
            return Optional.empty();
        }
        double[][] hRe = new double[n][n];
        double[][] sRe = new double[n][n];
        double[][] sIm = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                double re = a[2 * j][2 * k];
                double im = a[2 * j + 1][2 * k];
                double reT = a[2 * k][2 * j];
                double imT = a[2 * k + 1][2 * j];
                if (Math.abs(re - reT) > 1e-13 * scale) { // H = (Â − Âᴴ)/2i must be real
                    return Optional.empty();
                }
                hRe[j][k] = (im + imT) / 2;
                sRe[j][k] = (re + reT) / 2;
                sIm[j][k] = (im - imT) / 2;
            }
        }
        double sigma = commonDiagonal(sRe);
        for (int j = 0; j < n; j++) {
            sRe[j][j] -= sigma;
        }
        int[] r = support(sRe, sIm);
        if (r.length == 0 || r.length > n / 4) {
            return Optional.empty();
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(new DMatrixRMaj(hRe))) {
            return Optional.empty();
        }
        double[] e = new double[n];
        DMatrixRMaj u = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            e[i] = eig.getEigenvalue(i).real;
            DMatrixRMaj v = eig.getEigenVector(i);
            for (int k = 0; k < n; k++) {
                u.set(k, i, v.get(k, 0));
            }
        }
        double[][] ur = new double[r.length][n]; // U_R: rows R of U
        for (int q = 0; q < r.length; q++) {
            for (int i = 0; i < n; i++) {
                ur[q][i] = u.get(r[q], i);
            }
        }
        LowRank s = LowRank.of(ur, sRe, sIm, r);
        double[] sDiag = s.diagonal();
        for (int i = 0; i < n; i++) {
            sDiag[i] += sigma;
        }
        if (!isStable(s, sigma, e, scale)) {
            return Optional.empty();
        }
        double[] rhs = diffusionInEigenbasis(d, u);
        Gmres gmres = new Gmres(20, 400, 1e-13);
        LinearOperator op = LinearOperator.of(2 * n * n, (x, y) -> apply(s, sigma, e, x, y));
        KrylovResult res = gmres.solve(op, (x, z) -> precondition(e, sDiag, x, z), rhs, null);
        if (!res.converged()) {
            return Optional.empty();
        }
        return Optional.of(new Solution(backTransform(u, res.x(), n), res.iterations(), res.relativeResidual()));
    }

    /** The most frequent diagonal value of S (the damping every mode shares; 0 when none). */
    private static double commonDiagonal(double[][] sRe) {
        java.util.Map<Double, Integer> count = new java.util.HashMap<>();
        for (int j = 0; j < sRe.length; j++) {
            count.merge(sRe[j][j], 1, Integer::sum);
        }
        return count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** {@code −Uᵀ D̂ U}, interleaved complex (D̂ from the passive real form D). */
    private static double[] diffusionInEigenbasis(double[][] d, DMatrixRMaj u) {
        int n = u.numRows;
        DMatrixRMaj dr = new DMatrixRMaj(n, n);
        DMatrixRMaj di = new DMatrixRMaj(n, n);
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                dr.set(j, k, d[2 * j][2 * k]);
                di.set(j, k, d[2 * j + 1][2 * k]);
            }
        }
        DMatrixRMaj pr = isDiagonal(dr) ? diagonalCongruenceT(u, dr) : congruenceT(u, dr);
        DMatrixRMaj pi = CommonOps_DDRM.elementMaxAbs(di) == 0 ? new DMatrixRMaj(n, n) : congruenceT(u, di);
        double[] out = new double[2 * n * n];
        for (int i = 0; i < n * n; i++) {
            out[2 * i] = -pr.data[i];
            out[2 * i + 1] = -pi.data[i];
        }
        return out;
    }

    /** Whether every 2×2 block of m is [[α, −β], [β, α]]. */
    static boolean isPassive(double[][] m, double tol) {
        for (int i = 0; i < m.length; i += 2) {
            for (int j = 0; j < m.length; j += 2) {
                if (Math.abs(m[i][j] - m[i + 1][j + 1]) > tol || Math.abs(m[i][j + 1] + m[i + 1][j]) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The modes on which S (its part beyond the common diagonal) acts. */
    private static int[] support(double[][] sRe, double[][] sIm) {
        int n = sRe.length;
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean any = false;
            for (int k = 0; k < n && !any; k++) {
                any = sRe[j][k] != 0 || sIm[j][k] != 0;
            }
            if (any) {
                out.add(j);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Stable when S = σI + S_low ≤ 0 and S compressed to every eigenspace of H (eigenvalues within
     * 1e-9·scale) is negative definite (largest eigenvalue below −1e-9·scale).
     */
    private static boolean isStable(LowRank s, double sigma, double[] e, double scale) {
        double tol = 1e-9 * scale;
        if (sigma > 0 || s.maxEigenvalue(sigma) > tol) {
            return false;
        }
        int n = e.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(e[x], e[y]));
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && e[order[end]] - e[order[end - 1]] <= tol) {
                end++;
            }
            int[] cluster = new int[end - start];
            for (int q = 0; q < cluster.length; q++) {
                cluster[q] = order[start + q];
            }
            if (s.maxEigenvalueOn(cluster, sigma) > -tol) {
                return false;
            }
            start = end;
        }
        return true;
    }

    /** y = L(x): (i(E_i − E_j) + 2σ) N_ij + (S_low'N + NS_low')_ij, N stored (re, im) interleaved, row-major. */
    private static void apply(LowRank s, double sigma, double[] e, double[] x, double[] y) {
        int n = e.length;
        s.leftAndRight(x, y);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int p = 2 * (i * n + j);
                double w = e[i] - e[j];
                y[p] += 2 * sigma * x[p] - w * x[p + 1];
                y[p + 1] += 2 * sigma * x[p + 1] + w * x[p];
            }
        }
    }

    private static void precondition(double[] e, double[] sDiag, double[] x, double[] z) {
        int n = e.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int p = 2 * (i * n + j);
                double dr = sDiag[i] + sDiag[j];
                double di = e[i] - e[j];
                double den = dr * dr + di * di;
                z[p] = (x[p] * dr + x[p + 1] * di) / den;
                z[p + 1] = (x[p + 1] * dr - x[p] * di) / den;
            }
        }
    }

    /** V from N' = Uᵀ V̂ U: V̂ = U N' Uᵀ, then the real form [[P, −Q], [Q, P]]. */
    private static double[][] backTransform(DMatrixRMaj u, double[] x, int n) {
        DMatrixRMaj nr = new DMatrixRMaj(n, n);
        DMatrixRMaj ni = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            nr.data[i] = x[2 * i];
            ni.data[i] = x[2 * i + 1];
        }
        DMatrixRMaj p = congruence(u, nr);
        DMatrixRMaj q = congruence(u, ni);
        double[][] v = new double[2 * n][2 * n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                double pj = (p.get(j, k) + p.get(k, j)) / 2;
                double qj = (q.get(j, k) - q.get(k, j)) / 2;
                v[2 * j][2 * k] = pj;
                v[2 * j + 1][2 * k + 1] = pj;
                v[2 * j + 1][2 * k] = qj;
                v[2 * j][2 * k + 1] = -qj;
            }
        }
        return v;
    }

    private static boolean isDiagonal(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                if (i != j && m.get(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code uᵀ m u} for a diagonal m: one product. */
    private static DMatrixRMaj diagonalCongruenceT(DMatrixRMaj u, DMatrixRMaj m) {
        DMatrixRMaj t = u.copy();
        for (int i = 0; i < t.numRows; i++) {
            double d = m.get(i, i);
            for (int j = 0; j < t.numCols; j++) {
                t.set(i, j, d * t.get(i, j));
            }
        }
        DMatrixRMaj out = new DMatrixRMaj(u.numCols, u.numCols);
        CommonOps_DDRM.multTransA(u, t, out);
        return out;
    }

    /** {@code uᵀ m u}. */
    private static DMatrixRMaj congruenceT(DMatrixRMaj u, DMatrixRMaj m) {
        DMatrixRMaj t = new DMatrixRMaj(u.numCols, u.numCols);
        CommonOps_DDRM.multTransA(u, m, t);
        DMatrixRMaj out = new DMatrixRMaj(u.numCols, u.numCols);
        CommonOps_DDRM.mult(t, u, out);
        return out;
    }

    /** {@code u m uᵀ}. */
    private static DMatrixRMaj congruence(DMatrixRMaj u, DMatrixRMaj m) {
        DMatrixRMaj t = new DMatrixRMaj(u.numRows, u.numCols);
        CommonOps_DDRM.mult(u, m, t);
        DMatrixRMaj out = new DMatrixRMaj(u.numRows, u.numRows);
        CommonOps_DDRM.multTransB(t, u, out);
        return out;
    }
}
