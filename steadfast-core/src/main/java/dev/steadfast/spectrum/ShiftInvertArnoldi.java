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
 * (block) Arnoldi with thick (Krylov–Schur-type) restarts.
 *
 * <p>With {@code A = (M - sigma I)^{-1}} (one LU), Ruhe's band Arnoldi starts from a block of
 * {@code p} seeded random vectors and keeps a Krylov decomposition {@code A Q_j = Q_s H} with
 * orthonormal Q ({@code s <= j + p} vectors, the last {@code s - j} not yet expanded; classical
 * Gram–Schmidt applied twice; a new direction whose norm falls below 1e-13 of {@code ||A q||} is
 * deflated). A block is needed because a single start vector sees only one direction of a
 * degenerate eigenspace (a steady-state manifold, or an eigenvalue shared by the charge blocks q
 * and -q); multiplicities up to p are resolved.
 *
 * <p>Ritz values mu of the leading j x j block H_j (EJML) with the largest |mu| are wanted
 * ({@code lambda = sigma + 1/mu}). When the space reaches its size and a wanted pair is not
 * converged, the space is restarted thickly (Stewart's Krylov–Schur restart, with Sorensen's exact
 * shifts): every unwanted Ritz value (conjugate pairs together) is purged by an orthogonal
 * similarity Z whose trailing columns span its left eigenvector(s) of H_j (a QR with column
 * pivoting of {@code H - mu I}, or of {@code H^2 - 2 Re mu H + |mu|^2 I}), so that the leading
 * r x r block of {@code Z^T H_j Z} is invariant: the wanted Ritz vectors {@code Q_j Z_r} and the
 * unexpanded tail are kept and expansion goes on from there, instead of starting again. The
 * rounding-level coupling dropped by the purge is covered by the final check.
 *
 * <p>Convergence is first estimated from the Krylov decomposition ({@code ||H_tail y|| / |mu|},
 * iterated down to {@link #AIM} times the tolerance); when every wanted pair passes, the Ritz
 * vectors are formed and the true residual {@code ||M x - lambda x|| / (||M||_1 ||x||)} of each pair
 * decides. After the restart limit, or {@link #MAX_TRUE_FAILURES} true checks failing while the
 * estimates pass (a residual held up by rounding), the pairs are returned as they are, each with its
 * true residual (the caller reports those above the tolerance as unconverged).
 */
final class ShiftInvertArnoldi {
    /** Size of the starting block: the largest eigenvalue multiplicity resolved for sure. */
    static final int BLOCK = 6;

    /** The Ritz estimates are iterated down to this fraction of the tolerance of the true residuals. */
    static final double AIM = 0.1;

    /** Checks of the true residuals that may fail (with the estimates passing) before the pairs are returned. */
    static final int MAX_TRUE_FAILURES = 3;

    /**
     * The relative residual that places the first Ritz value beyond the radius: its residual times
     * ||M|| (about its distance to an eigenvalue, for a not too non-normal M) is at most a tenth of its
     * distance to the radius.
     */
    static double witnessTolerance(Complex_F64 mu, double sigma, double radius, double norm1) {
        return 0.1 * (lambdaAbs(mu, sigma) - radius) / norm1;
    }

    private ShiftInvertArnoldi() {
    }

    /**
     * @param pairs           the k wanted pairs, nearest sigma first, with true residuals
     * @param uncertifiedWitness the first pair beyond the radius when the restart limit left it too
     *                        inaccurate to be sure it lies beyond (null otherwise)
     * @param krylovDimension the size of the space (columns expanded per cycle at most)
     * @param restarts        thick restarts made
     * @param solves          applications of (M - sigma I)^{-1}
     */
    record Result(List<Eigenpair> pairs, Eigenpair uncertifiedWitness, int krylovDimension, int restarts, int solves) {
        double maxResidual() {
            double r = 0;
            for (Eigenpair p : pairs) {
                r = Math.max(r, p.residual());
            }
            return r;
        }
    }

    /**
     * @param norm1 the norm the residuals are relative to ({@code ||M||_1}, or that of the whole
     *              generator when m is one of its blocks)
     */
    static Result compute(RealCsc m, ShiftInvert op, int k, double norm1, double tol, int maxDim, int maxRestarts) {
        return compute(m, op, k, Double.POSITIVE_INFINITY, norm1, tol, maxDim, maxRestarts);
    }

    /**
     * As above, wanting only the eigenvalues with {@code |lambda| <= radius} among the k nearest
     * sigma: the first Ritz value outside the radius is converged only to {@link #witnessTolerance}
     * (enough to place it outside) and not returned, unless the restart limit leaves it above that.
     */
    static Result compute(RealCsc m, ShiftInvert op, int k, double radius, double norm1, double tol, int maxDim,
                          int maxRestarts) {
        int n = m.cols();
        int p = Math.min(BLOCK, n);
        int dim = Math.min(n, Math.max(k + p + 2, Math.min(maxDim, Math.max(2 * k + 2 * p, 40))));
        List<double[]> q = new ArrayList<>();
        Random rnd = new Random(20240601L);
        for (int b = 0; b < p; b++) {
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
        double[][] h = new double[dim + p][dim];
        int j = 0;
        int solves = 0;
        int trueFailures = 0;
        for (int restart = 0; ; restart++) {
            while (j < dim && j < q.size()) {
                for (int i = 0; i < h.length; i++) {
                    h[i][j] = 0;
                }
                double[] w = op.solve(q.get(j));
                solves++;
                double before = norm(w);
                orthogonalise(q, w, h, j);
                double after = norm(w);
                if (after > 1e-13 * before && q.size() < dim + p) {
                    h[q.size()][j] = after;
                    q.add(scaled(w, 1 / after));
                }
                j++;
            }
            int s = q.size();
            List<Complex_F64> mus = ritzValues(h, j);
            int kk = Math.min(k, j);
            boolean invariant = s == j;
            boolean last = invariant || restart >= maxRestarts;
            // wanted: the first kk Ritz values inside the radius; the first one outside is the witness
            // that nothing else is inside, and needs only a loose residual
            int want = 0;
            while (want < kk && lambdaAbs(mus.get(want), op.sigma()) <= radius) {
                want++;
            }
            int witness = want < kk ? want : -1;
            int formed = witness >= 0 ? want + 1 : want;
            boolean estimatedConverged = true;
            double[][][] ys = new double[formed][][];
            for (int i = 0; i < formed; i++) {
                Complex_F64 mu = mus.get(i);
                ys[i] = SmallComplex.eigenvector(h, j, mu.real, mu.imaginary);
                double res = tailNorm(h, j, s, ys[i]) / mu.getMagnitude();
                if (!(res <= (i == witness ? witnessTolerance(mus.get(i), op.sigma(), radius, norm1) : AIM * tol))) {
                    estimatedConverged = false;
                }
            }
            if (estimatedConverged || last) {
                List<Eigenpair> pairs = new ArrayList<>();
                Eigenpair uncertified = null;
                boolean trueConverged = true;
                boolean witnessConverged = true;
                for (int i = 0; i < formed; i++) {
                    Complex_F64 mu = mus.get(i);
                    double den = mu.real * mu.real + mu.imaginary * mu.imaginary;
                    double[] xr = combine(q, ys[i][0], j, n);
                    double[] xi = combine(q, ys[i][1], j, n);
                    Eigenpair e = Eigenpair.of(m, norm1, op.sigma() + mu.real / den, -mu.imaginary / den, xr, xi);
                    if (i == witness) {
                        witnessConverged = e.residual() <= witnessTolerance(mu, op.sigma(), radius, norm1);
                        if (!witnessConverged && last) {
                            uncertified = e; // not certified outside the radius: reported, not dropped
                        }
                    } else {
                        trueConverged &= e.residual() <= tol;
                        pairs.add(e);
                    }
                }
                if ((trueConverged && witnessConverged) || last) {
                    return new Result(pairs, uncertified, dim, restart, solves);
                }
                // the estimates passed but a true residual did not: rounding (the LU's backward error,
                // an ill-conditioned eigenvalue) may hold it above the tolerance; stop after a few tries
                if (estimatedConverged && ++trueFailures >= MAX_TRUE_FAILURES) {
                    maxRestarts = restart; // the next check returns the pairs as they are
                }
            }
            // thick restart: keep r wanted Ritz directions (conjugate pairs not split) and the tail
            int r = Math.min(j - 2, Math.max(kk + 1, (j + kk) / 2));
            if (r < kk) {
                r = kk;
            }
            if (r > 0 && r < j && ExactShiftPurge.isConjugatePair(mus.get(r - 1), mus.get(r))) {
                r = r + 1 < j ? r + 1 : r - 1;
            }
            double[][] hj = new double[j][j];
            for (int i = 0; i < j; i++) {
                System.arraycopy(h[i], 0, hj[i], 0, j);
            }
            double[][] z = ExactShiftPurge.purge(hj, mus, r, j);
            List<double[]> nq = new ArrayList<>();
            for (int c = 0; c < r; c++) {
                double[] zc = new double[j];
                for (int i = 0; i < j; i++) {
                    zc[i] = z[i][c];
                }
                nq.add(combine(q, zc, j, n));
            }
            double[][] nh = new double[dim + p][dim];
            for (int i = 0; i < r; i++) {
                System.arraycopy(hj[i], 0, nh[i], 0, r);
            }
            for (int t = j; t < s; t++) {
                for (int c = 0; c < r; c++) {
                    double v = 0;
                    for (int i = 0; i < j; i++) {
                        v += h[t][i] * z[i][c];
                    }
                    nh[r + t - j][c] = v;
                }
                nq.add(q.get(t));
            }
            // re-orthogonalise the new basis against rounding (it is orthonormal in exact arithmetic)
            for (int c = 0; c < nq.size(); c++) {
                double[] v = nq.get(c);
                List<double[]> prev = nq.subList(0, c);
                orthogonalise(prev, v, null, 0);
                double nv = norm(v);
                for (int i = 0; i < n; i++) {
                    v[i] /= nv;
                }
            }
            q = nq;
            h = nh;
            j = r;
        }
    }

    private static double lambdaAbs(Complex_F64 mu, double sigma) {
        double den = mu.real * mu.real + mu.imaginary * mu.imaginary;
        return Math.hypot(sigma + mu.real / den, mu.imaginary / den);
    }


    /** Eigenvalues of the leading j x j block of h, largest modulus first (conjugates: Im > 0 first). */
    private static List<Complex_F64> ritzValues(double[][] h, int j) {
        DMatrixRMaj hm = new DMatrixRMaj(j, j);
        for (int i = 0; i < j; i++) {
            for (int c = 0; c < j; c++) {
                hm.set(i, c, h[i][c]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(j, false);
        if (!eig.decompose(hm)) {
            throw new ArithmeticException("eigendecomposition of the projected matrix failed");
        }
        List<Complex_F64> mus = new ArrayList<>();
        for (int i = 0; i < j; i++) {
            mus.add(eig.getEigenvalue(i));
        }
        mus.sort((a, b) -> {
            int c = Double.compare(b.getMagnitude(), a.getMagnitude());
            if (c != 0 && Math.abs(a.getMagnitude() - b.getMagnitude()) > 1e-13 * Math.max(a.getMagnitude(), b.getMagnitude())) {
                return c;
            }
            c = Double.compare(a.real, b.real);
            if (c != 0 && Math.abs(a.real - b.real) > 1e-13 * Math.max(a.getMagnitude(), b.getMagnitude())) {
                return c;
            }
            return Double.compare(b.imaginary, a.imaginary);
        });
        return mus;
    }

    /** ||h[j..s)[0..j) y|| for the complex y = {re, im}. */
    private static double tailNorm(double[][] h, int j, int s, double[][] y) {
        double res = 0;
        for (int r = j; r < s; r++) {
            double sr = 0;
            double si = 0;
            for (int c = 0; c < j; c++) {
                sr += h[r][c] * y[0][c];
                si += h[r][c] * y[1][c];
            }
            res += sr * sr + si * si;
        }
        return Math.sqrt(res);
    }

    /** sum over i < j of y[i] q_i. */
    private static double[] combine(List<double[]> q, double[] y, int j, int n) {
        double[] x = new double[n];
        for (int i = 0; i < j; i++) {
            if (y[i] != 0) {
                axpy(y[i], q.get(i), x);
            }
        }
        return x;
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
