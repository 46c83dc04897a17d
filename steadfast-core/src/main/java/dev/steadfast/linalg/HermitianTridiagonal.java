package dev.steadfast.linalg;

/**
 * The smallest eigenvalue of a complex Hermitian matrix, by Householder reduction to a real
 * symmetric tridiagonal matrix in complex arithmetic ({@code 16/3 n^3} flops, as LAPACK's zhetd2
 * does it, lower triangle) and bisection on its Sturm sequence: the positivity check of every
 * certified state. EJML, the alternative, has no complex Hermitian eigensolver, and its real
 * symmetric one on the {@code 2n} real form takes twice the flops on twice the memory
 * (docs/dependencies.md, "hand-written numerics"). Only the Hermitian part
 * {@code (h + h†)/2} is used; the argument is not modified.
 */
final class HermitianTridiagonal {
    private HermitianTridiagonal() {
    }

    /** The smallest eigenvalue of the Hermitian part of {@code h} (n ≥ 1). */
    static double smallestEigenvalue(CMatrix h) {
        int n = h.rows();
        double[] d = new double[n];
        double[] e = new double[Math.max(0, n - 1)];
        reduce(h, d, e);
        return smallest(d, e);
    }

    /**
     * Reduces the Hermitian part of {@code h} to the tridiagonal matrix with diagonal {@code d} and
     * (real, non-negative) off-diagonal {@code e} by unitary similarities.
     */
    static void reduce(CMatrix h, double[] d, double[] e) {
        int n = h.rows();
        double[] ar = new double[n * n];
        double[] ai = new double[n * n];
        // the Hermitian part, lower triangle used
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double re = 0.5 * (h.re(i, j) + h.re(j, i));
                double im = 0.5 * (h.im(i, j) - h.im(j, i));
                ar[i * n + j] = re;
                ai[i * n + j] = im;
                ar[j * n + i] = re;
                ai[j * n + i] = -im;
            }
            ai[i * n + i] = 0;
        }
        double[] vr = new double[n];
        double[] vi = new double[n];
        double[] wr = new double[n];
        double[] wi = new double[n];
        for (int k = 0; k < n - 1; k++) {
            int m = n - k - 1;                  // length of the column below the diagonal
            int base = k + 1;
            double alr = ar[base * n + k];
            double ali = ai[base * n + k];
            double xnorm2 = 0;
            for (int i = base + 1; i < n; i++) {
                xnorm2 += ar[i * n + k] * ar[i * n + k] + ai[i * n + k] * ai[i * n + k];
            }
            if (xnorm2 == 0 && ali == 0) {
                // already reduced in this column: H = I
                e[k] = Math.abs(alr);
                continue;
            }
            double beta = -Math.copySign(Math.sqrt(alr * alr + ali * ali + xnorm2), alr);
            // tau = (beta - alpha) / beta; v = [1; x / (alpha - beta)]
            double taur = (beta - alr) / beta;
            double taui = -ali / beta;
            double dr = alr - beta;
            double di = ali;
            double den = dr * dr + di * di;
            vr[0] = 1;
            vi[0] = 0;
            for (int i = 1; i < m; i++) {
                double xr = ar[(base + i) * n + k];
                double xi = ai[(base + i) * n + k];
                // x / (dr + i di)
                vr[i] = (xr * dr + xi * di) / den;
                vi[i] = (xi * dr - xr * di) / den;
            }
            e[k] = Math.abs(beta);
            // w = tau * A v over the trailing block (rows and columns base..n-1)
            for (int i = 0; i < m; i++) {
                double sr = 0;
                double si = 0;
                int row = (base + i) * n + base;
                for (int j = 0; j < m; j++) {
                    double a = ar[row + j];
                    double b = ai[row + j];
                    sr += a * vr[j] - b * vi[j];
                    si += a * vi[j] + b * vr[j];
                }
                wr[i] = taur * sr - taui * si;
                wi[i] = taur * si + taui * sr;
            }
            // alpha2 = -1/2 tau (w^H v); w += alpha2 v
            double dotr = 0;
            double doti = 0;
            for (int i = 0; i < m; i++) {
                dotr += wr[i] * vr[i] + wi[i] * vi[i];
                doti += wr[i] * vi[i] - wi[i] * vr[i];
            }
            double a2r = -0.5 * (taur * dotr - taui * doti);
            double a2i = -0.5 * (taur * doti + taui * dotr);
            for (int i = 0; i < m; i++) {
                double r = vr[i];
                double s = vi[i];
                wr[i] += a2r * r - a2i * s;
                wi[i] += a2r * s + a2i * r;
            }
            // A -= v w^H + w v^H on the trailing block
            for (int i = 0; i < m; i++) {
                int row = (base + i) * n + base;
                double vir = vr[i];
                double vii = vi[i];
                double wir = wr[i];
                double wii = wi[i];
                for (int j = 0; j < m; j++) {
                    // v_i conj(w_j) + w_i conj(v_j)
                    ar[row + j] -= vir * wr[j] + vii * wi[j] + wir * vr[j] + wii * vi[j];
                    ai[row + j] -= vii * wr[j] - vir * wi[j] + wii * vr[j] - wir * vi[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] = ar[i * n + i];
        }
    }

    /**
     * The smallest eigenvalue of the symmetric tridiagonal matrix (d, e) by bisection: the number of
     * eigenvalues below x is the number of negative pivots of T − x I (Sturm), so the interval from
     * Gershgorin's bound halves until it is as narrow as rounding allows.
     */
    static double smallest(double[] d, double[] e) {
        int n = d.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            double r = (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0);
            lo = Math.min(lo, d[i] - r);
            hi = Math.max(hi, d[i] + r);
            scale = Math.max(scale, Math.abs(d[i]) + r);
        }
        if (n == 1) {
            return d[0];
        }
        double pivmin = Math.max(Double.MIN_NORMAL, scale * 0x1.0p-1000);
        for (int iter = 0; iter < 200 && hi - lo > 2 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))); iter++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (countBelow(d, e, mid, pivmin) >= 1) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Eigenvalues of (d, e) below x: negative pivots of the LDL^T of T − x I. */
    private static int countBelow(double[] d, double[] e, double x, double pivmin) {
        int count = 0;
        double q = d[0] - x;
        if (Math.abs(q) < pivmin) {
            q = -pivmin;
        }
        if (q < 0) {
            count++;
        }
        for (int i = 1; i < d.length; i++) {
            q = d[i] - x - e[i - 1] * e[i - 1] / q;
            if (Math.abs(q) < pivmin) {
                q = -pivmin;
            }
            if (q < 0) {
                count++;
            }
        }
        return count;
    }
}
