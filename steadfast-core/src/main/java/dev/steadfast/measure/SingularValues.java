package dev.steadfast.measure;

/**
 * Singular values of a small complex square matrix by one-sided (Hestenes) Jacobi: pairs of
 * columns are rotated until all are mutually orthogonal ({@code |m_i† m_j| <= 1e-15 |m_i| |m_j|});
 * the singular values are then the column norms. Each rotation is the Hermitian Jacobi rotation
 * of the 2x2 Gram block {@code [[|m_i|^2, m_i† m_j], [m_j† m_i, |m_j|^2]]}. Small singular
 * values come out with absolute error ~1e-16 of the largest, never the ~1e-8 one would get
 * from square roots of the eigenvalues of {@code M† M}.
 */
final class SingularValues {
    private static final int MAX_SWEEPS = 60;

    private SingularValues() {
    }

    /**
     * Singular values, descending, of the n x n matrix {@code (re, im)} (row-major). The arrays
     * are overwritten (their columns become orthogonal).
     */
    static double[] ofInPlace(int n, double[] re, double[] im) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotated |= orthogonalise(n, p, q, re, im);
                }
            }
            if (!rotated) {
                return columnNorms(n, re, im);
            }
        }
        throw new ArithmeticException("one-sided Jacobi did not converge in " + MAX_SWEEPS + " sweeps (n=" + n + ")");
    }

    private static boolean orthogonalise(int n, int p, int q, double[] re, double[] im) {
        double alpha = 0;
        double beta = 0;
        double gr = 0;
        double gi = 0;
        for (int k = 0; k < n; k++) {
            double pr = re[k * n + p];
            double pi = im[k * n + p];
            double qr = re[k * n + q];
            double qi = im[k * n + q];
            alpha += pr * pr + pi * pi;
            beta += qr * qr + qi * qi;
            // conj(m_p) m_q
            gr += pr * qr + pi * qi;
            gi += pr * qi - pi * qr;
        }
        double g = Math.hypot(gr, gi);
        if (g == 0 || g <= 1e-15 * Math.sqrt(alpha * beta)) {
            return false;
        }
        double er = gr / g;
        double ei = -gi / g;
        double theta = (beta - alpha) / (2 * g);
        double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        // [m_p, m_q] <- [m_p, m_q] J,  J = [[c, s], [-s e, c e]],  e = e^{-i phi} = (er + i ei)
        for (int k = 0; k < n; k++) {
            int kp = k * n + p;
            int kq = k * n + q;
            double pr = re[kp];
            double pi = im[kp];
            double qer = re[kq] * er - im[kq] * ei;
            double qei = re[kq] * ei + im[kq] * er;
            re[kp] = c * pr - s * qer;
            im[kp] = c * pi - s * qei;
            re[kq] = s * pr + c * qer;
            im[kq] = s * pi + c * qei;
        }
        return true;
    }

    private static double[] columnNorms(int n, double[] re, double[] im) {
        double[] sv = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += re[k * n + j] * re[k * n + j] + im[k * n + j] * im[k * n + j];
            }
            sv[j] = Math.sqrt(s);
        }
        java.util.Arrays.sort(sv);
        for (int i = 0; i < n / 2; i++) {
            double x = sv[i];
            sv[i] = sv[n - 1 - i];
            sv[n - 1 - i] = x;
        }
        return sv;
    }
}
