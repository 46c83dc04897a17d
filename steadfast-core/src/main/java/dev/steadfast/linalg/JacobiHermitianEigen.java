package dev.steadfast.linalg;

/**
 * The strategy of {@link HermitianEigen} for small matrices (n &le; {@value HermitianEigen#JACOBI_MAX}):
 * eigen-decomposition of complex Hermitian matrices by the cyclic Jacobi method, working
 * directly in complex arithmetic (no 2n real form).
 *
 * <p>Each rotation annihilates one off-diagonal pair {@code (p, q)}: with
 * {@code a_pq = r e^{i phi}}, the unitary {@code J = diag(1, e^{-i phi}) R(theta)} on the
 * {@code (p, q)} block makes the block real and then diagonal, and {@code A <- J† A J},
 * {@code V <- V J}. Sweeps repeat until the off-diagonal Frobenius norm falls below
 * {@code 1e-15 ||A||_F}; for a 4x4 that takes 5-7 sweeps of 6 rotations. Jacobi is accurate to
 * a small multiple of machine precision relative to {@code ||A||}, and its cost is
 * {@code O(n^3)} per sweep: it is meant for the few-qubit matrices of measures; larger matrices
 * go to {@link RealFormHermitianEigen}. The cut-off is measured (docs/dependencies.md).
 *
 * <p>Only the Hermitian part {@code (h + h†)/2} of the argument is used; the argument is never
 * modified.
 */
final class JacobiHermitianEigen {
    private static final int MAX_SWEEPS = 60;

    private JacobiHermitianEigen() {
    }

    /** Eigenvalues of the Hermitian part of {@code h}, ascending. */
    static double[] eigenvalues(CMatrix h) {
        int n = requireSquare(h);
        double[] ar = new double[n * n];
        double[] ai = new double[n * n];
        loadHermitianPart(h, ar, ai);
        diagonalise(n, ar, ai, null, null);
        return sortedDiagonal(n, ar, null, null, null, null);
    }

    /** Eigenvalues and eigenvectors of the Hermitian part of {@code h}, ascending. */
    static Eigensystem decompose(CMatrix h) {
        int n = requireSquare(h);
        double[] ar = new double[n * n];
        double[] ai = new double[n * n];
        loadHermitianPart(h, ar, ai);
        double[] vr = new double[n * n];
        double[] vi = new double[n * n];
        for (int i = 0; i < n; i++) {
            vr[i * n + i] = 1;
        }
        diagonalise(n, ar, ai, vr, vi);
        double[] sr = new double[n * n];
        double[] si = new double[n * n];
        double[] values = sortedDiagonal(n, ar, vr, vi, sr, si);
        return new Eigensystem(values, new CMatrix(n, n, sr, si));
    }

    /**
     * Diagonalises the Hermitian matrix {@code (ar, ai)} (row-major n x n) in place; if
     * {@code vr} is non-null the rotations are accumulated into {@code (vr, vi)} (columns).
     */
    static void diagonalise(int n, double[] ar, double[] ai, double[] vr, double[] vi) {
        double norm2 = 0;
        for (int k = 0; k < n * n; k++) {
            norm2 += ar[k] * ar[k] + ai[k] * ai[k];
        }
        double tol2 = 1e-30 * norm2;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            if (offDiagonal2(n, ar, ai) <= tol2) {
                return;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(n, p, q, ar, ai, vr, vi);
                }
            }
        }
        if (offDiagonal2(n, ar, ai) > tol2) {
            throw new ArithmeticException("Jacobi eigensolver did not converge in " + MAX_SWEEPS + " sweeps (n=" + n + ")");
        }
    }

    private static void rotate(int n, int p, int q, double[] ar, double[] ai, double[] vr, double[] vi) {
        double xr = ar[p * n + q];
        double xi = ai[p * n + q];
        double r = Math.hypot(xr, xi);
        if (r == 0) {
            return;
        }
        // phase e^{-i phi} = conj(a_pq)/r makes the block real: [[a_pp, r], [r, a_qq]]
        double er = xr / r;
        double ei = -xi / r;
        double app = ar[p * n + p];
        double aqq = ar[q * n + q];
        double theta = (aqq - app) / (2 * r);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        // J = [[c, s], [-s e, c e]] on (p, q), with e = e^{-i phi}
        double jpp = c;
        double jpq = s;
        double jqpR = -s * er;
        double jqpI = -s * ei;
        double jqqR = c * er;
        double jqqI = c * ei;
        // A <- A J (columns p, q)
        for (int k = 0; k < n; k++) {
            int kp = k * n + p;
            int kq = k * n + q;
            double pr = ar[kp];
            double pi = ai[kp];
            double qr = ar[kq];
            double qi = ai[kq];
            ar[kp] = pr * jpp + qr * jqpR - qi * jqpI;
            ai[kp] = pi * jpp + qr * jqpI + qi * jqpR;
            ar[kq] = pr * jpq + qr * jqqR - qi * jqqI;
            ai[kq] = pi * jpq + qr * jqqI + qi * jqqR;
            if (vr != null) {
                double ur = vr[kp];
                double ui = vi[kp];
                double wr = vr[kq];
                double wi = vi[kq];
                vr[kp] = ur * jpp + wr * jqpR - wi * jqpI;
                vi[kp] = ui * jpp + wr * jqpI + wi * jqpR;
                vr[kq] = ur * jpq + wr * jqqR - wi * jqqI;
                vi[kq] = ui * jpq + wr * jqqI + wi * jqqR;
            }
        }
        // A <- J† A (rows p, q): row p' = conj(J_pp) row p + conj(J_qp) row q, etc.
        for (int k = 0; k < n; k++) {
            int pk = p * n + k;
            int qk = q * n + k;
            double pr = ar[pk];
            double pi = ai[pk];
            double qr = ar[qk];
            double qi = ai[qk];
            ar[pk] = jpp * pr + jqpR * qr + jqpI * qi;
            ai[pk] = jpp * pi + jqpR * qi - jqpI * qr;
            ar[qk] = jpq * pr + jqqR * qr + jqqI * qi;
            ai[qk] = jpq * pi + jqqR * qi - jqqI * qr;
        }
        ar[p * n + q] = 0;
        ai[p * n + q] = 0;
        ar[q * n + p] = 0;
        ai[q * n + p] = 0;
        ai[p * n + p] = 0;
        ai[q * n + q] = 0;
    }

    private static double offDiagonal2(int n, double[] ar, double[] ai) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    s += ar[i * n + j] * ar[i * n + j] + ai[i * n + j] * ai[i * n + j];
                }
            }
        }
        return s;
    }

    /** Diagonal of {@code ar}, ascending; when {@code vr} is given, its columns are permuted alike into (sr, si). */
    private static double[] sortedDiagonal(int n, double[] ar, double[] vr, double[] vi, double[] sr, double[] si) {
        double[] d = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            d[i] = ar[i * n + i];
            order[i] = i;
        }
        // insertion sort: n is small
        for (int i = 1; i < n; i++) {
            int o = order[i];
            int j = i - 1;
            while (j >= 0 && d[order[j]] > d[o]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = o;
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = d[order[k]];
            if (vr != null) {
                for (int i = 0; i < n; i++) {
                    sr[i * n + k] = vr[i * n + order[k]];
                    si[i * n + k] = vi[i * n + order[k]];
                }
            }
        }
        return values;
    }

    private static void loadHermitianPart(CMatrix h, double[] ar, double[] ai) {
        int n = h.rows();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ar[i * n + j] = 0.5 * (h.re(i, j) + h.re(j, i));
                ai[i * n + j] = 0.5 * (h.im(i, j) - h.im(j, i));
            }
        }
    }

    private static int requireSquare(CMatrix h) {
        if (h.rows() != h.cols()) {
            throw new IllegalArgumentException("not square: " + h.rows() + "x" + h.cols());
        }
        return h.rows();
    }
}
