package dev.steadfast.linalg;

/**
 * Restarted GMRES(m) with right preconditioning (Saad, Iterative Methods for Sparse Linear
 * Systems, alg. 9.5): minimises ||b - A x|| over x0 + M^{-1} K_m(A M^{-1}, r0), with classical
 * Gram–Schmidt applied twice (CGS2, as accurate as modified Gram–Schmidt with reorthogonalisation:
 * Giraud, Langou, Rozložník, Comput. Math. Appl. 50 (2005) 1069; a conditional second pass, the
 * DGKS criterion, was measured to trigger at every step of our preconditioned solves) and Givens
 * rotations. CGS2 runs by cache-sized chunks of the vectors, the chunks in parallel: one sweep for
 * the first pass's products, one that updates a chunk of w and takes the second pass's products on
 * it while the basis chunk is still in cache, one for the second update and the norm; three reads
 * of the basis instead of the two reads of w and the basis per basis vector and pass of MGS. The preconditioned directions
 * {@code M^{-1} v_i} are not stored: at the end of a cycle the update is
 * {@code M^{-1} (sum_i y_i v_i)}, one more application of the (linear) preconditioner per cycle
 * for half the memory (restart + 1 vectors instead of 2 restart + 1). Written here because no maintained
 * JVM library provides GMRES for our matrices (see docs/dependencies.md); it is small and is
 * tested against the direct LU on the same systems.
 */
public final class Gmres {
    private final int restart;
    private final int maxIterations;
    private final double tolerance;

    /**
     * @param restart       Krylov dimension between restarts (memory: restart+1 vectors)
     * @param maxIterations cap on matrix-vector products
     * @param tolerance     target relative residual ||b - Ax||/||b||
     */
    public Gmres(int restart, int maxIterations, double tolerance) {
        this.restart = restart;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public KrylovResult solve(LinearOperator a, Preconditioner m, double[] b, double[] x0) {
        int n = a.size();
        double[] x = x0 == null ? new double[n] : x0.clone();
        double bnorm = norm(b);
        if (bnorm == 0) {
            return new KrylovResult(new double[n], 0, 0, true);
        }
        double[][] v = new double[restart + 1][];
        double[] z = new double[n];
        double[][] h = new double[restart + 1][restart];
        double[] cs = new double[restart];
        double[] sn = new double[restart];
        double[] g = new double[restart + 1];
        double[] w = new double[n];
        double[] r = new double[n];
        int iterations = 0;
        double rel = residual(a, b, x, r) / bnorm;
        while (rel > tolerance && iterations < maxIterations) {
            double beta = norm(r);
            v[0] = scaled(r, 1 / beta);
            java.util.Arrays.fill(g, 0);
            g[0] = beta;
            int k = 0;
            for (; k < restart && iterations < maxIterations; k++) {
                m.apply(v[k], z);
                a.apply(z, w);
                iterations++;
                double[] ortho = orthogonaliseTwice(v, k + 1, w);
                double hn = Math.sqrt(ortho[k + 1]);
                for (int i = 0; i <= k; i++) {
                    h[i][k] = ortho[i];
                }
                h[k + 1][k] = hn;
                for (int i = 0; i < k; i++) {
                    double t = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                    h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                    h[i][k] = t;
                }
                double den = Math.hypot(h[k][k], h[k + 1][k]);
                cs[k] = den == 0 ? 1 : h[k][k] / den;
                sn[k] = den == 0 ? 0 : h[k + 1][k] / den;
                h[k][k] = den;
                h[k + 1][k] = 0;
                g[k + 1] = -sn[k] * g[k];
                g[k] = cs[k] * g[k];
                if (hn == 0 || Math.abs(g[k + 1]) / bnorm <= tolerance) {
                    k++;
                    break;
                }
                v[k + 1] = scaled(w, 1 / hn);
            }
            // solve the k x k triangular system and update x += sum y_i z_i
            double[] y = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                double s = g[i];
                for (int j = i + 1; j < k; j++) {
                    s -= h[i][j] * y[j];
                }
                y[i] = s / h[i][i];
            }
            // x += M^{-1} (V y), with w as scratch for V y
            java.util.Arrays.fill(w, 0);
            for (int i = 0; i < k; i++) {
                axpy(y[i], v[i], w);
            }
            m.apply(w, z);
            axpy(1, z, x);
            double newRel = residual(a, b, x, r) / bnorm;
            if (!Double.isFinite(newRel)) {
                return new KrylovResult(x, iterations, newRel, false);
            }
            rel = newRel;
        }
        return new KrylovResult(x, iterations, rel, rel <= tolerance);
    }

    /** Length of the chunks of the vectors Gram–Schmidt works on (fits the L1/L2 caches). */
    private static final int CHUNK = 1024;
    /** Vectors shorter than this are orthogonalised on the calling thread. */
    public static final int PARALLEL_LENGTH = 1 << 16;

    /**
     * Classical Gram–Schmidt twice against the first m basis vectors: {@code h1 = V^T w},
     * {@code w -= V h1}, {@code h2 = V^T w}, {@code w -= V h2}. Returns {@code h1 + h2} followed by
     * {@code ||w||^2} after the update (m + 1 values). Partial sums are taken per chunk and added in
     * a fixed order, so the result does not depend on the number of threads.
     */
    static double[] orthogonaliseTwice(double[][] v, int m, double[] w) {
        int n = w.length;
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        forEachChunk(chunks, n, c -> partial[c] = dots(v, m, w, c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
        double[] h1 = sum(partial, m);
        forEachChunk(chunks, n, c -> {
            int s = c * CHUNK;
            int e = Math.min(n, s + CHUNK);
            update(v, m, h1, w, s, e);
            partial[c] = dots(v, m, w, s, e);
        });
        double[] h2 = sum(partial, m);
        double[] squares = new double[chunks];
        forEachChunk(chunks, n, c -> {
            int s = c * CHUNK;
            int e = Math.min(n, s + CHUNK);
            update(v, m, h2, w, s, e);
            double q = 0;
            for (int j = s; j < e; j++) {
                q += w[j] * w[j];
            }
            squares[c] = q;
        });
        double[] h = new double[m + 1];
        for (int i = 0; i < m; i++) {
            h[i] = h1[i] + h2[i];
        }
        for (double q : squares) {
            h[m] += q;
        }
        return h;
    }

    private static double[] sum(double[][] partial, int m) {
        double[] h = new double[m];
        for (double[] pc : partial) {
            for (int i = 0; i < m; i++) {
                h[i] += pc[i];
            }
        }
        return h;
    }

    /** w[s, e) -= sum_i h_i v_i[s, e). */
    private static void update(double[][] v, int m, double[] h, double[] w, int s, int e) {
        for (int i = 0; i < m; i++) {
            double[] vi = v[i];
            double hi = h[i];
            for (int j = s; j < e; j++) {
                w[j] -= hi * vi[j];
            }
        }
    }

    /** v_i[s, e) . w[s, e) for i < m, two basis vectors a sweep (w's chunk loaded once for both). */
    private static double[] dots(double[][] v, int m, double[] w, int s, int e) {
        double[] out = new double[m];
        int i = 0;
        for (; i + 1 < m; i += 2) {
            double[] va = v[i];
            double[] vb = v[i + 1];
            double a0 = 0;
            double a1 = 0;
            double b0 = 0;
            double b1 = 0;
            int j = s;
            for (; j + 1 < e; j += 2) {
                double w0 = w[j];
                double w1 = w[j + 1];
                a0 += w0 * va[j];
                a1 += w1 * va[j + 1];
                b0 += w0 * vb[j];
                b1 += w1 * vb[j + 1];
            }
            for (; j < e; j++) {
                a0 += w[j] * va[j];
                b0 += w[j] * vb[j];
            }
            out[i] = a0 + a1;
            out[i + 1] = b0 + b1;
        }
        for (; i < m; i++) {
            double[] vi = v[i];
            double a0 = 0;
            double a1 = 0;
            int j = s;
            for (; j + 1 < e; j += 2) {
                a0 += w[j] * vi[j];
                a1 += w[j + 1] * vi[j + 1];
            }
            for (; j < e; j++) {
                a0 += w[j] * vi[j];
            }
            out[i] = a0 + a1;
        }
        return out;
    }

    private static void forEachChunk(int chunks, int n, java.util.function.IntConsumer work) {
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
        if (n >= PARALLEL_LENGTH) {
            range = range.parallel();
        }
        range.forEach(work);
    }

    private static double residual(LinearOperator a, double[] b, double[] x, double[] r) {
        a.apply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return norm(r);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    static double[] scaled(double[] x, double s) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = s * x[i];
        }
        return y;
    }
}
