package dev.steadfast.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * {@link DenseProducts} by OpenBLAS (org.bytedeco:openblas, whose jar carries the native library
 * for linux-x86_64): cblas_dgemm and LAPACKE dgetrf/dgetrs. OpenBLAS runs single-threaded: the
 * callers run independent products in parallel themselves (block by block), and OpenBLAS's own
 * threads, called from JVM threads, crashed the JVM (SIGSEGV, measured on the 10-qubit chain).
 * Whether the library loads is decided once; where it does not (another platform, the jar
 * missing), {@link DenseProducts#best()} takes the Java products instead.
 */
final class NativeDenseProducts implements DenseProducts {
    static final NativeDenseProducts INSTANCE = new NativeDenseProducts();
    /** Set once the library has been loaded successfully (read without triggering a load). */
    private static volatile boolean loaded;

    /** The library, loaded on first use of {@link #available()} only (not when this class initialises). */
    private static final class Library {
        static final boolean AVAILABLE = load();
    }

    private NativeDenseProducts() {
    }

    private static boolean load() {
        if (Boolean.getBoolean("steadfast.noNativeBlas")) {
            return false;
        }
        try {
            // a 1 x 1 product both loads the library and checks that it computes
            openblas.blas_set_num_threads(1);
            double[] c = new double[1];
            openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, 1, 1, 1, 1.0,
                    new double[] {3}, 1, new double[] {2}, 1, 0.0, c, 1);
            loaded = c[0] == 6;
            return loaded;
        } catch (Throwable e) {
            // UnsatisfiedLinkError, NoClassDefFoundError, ExceptionInInitializerError: not on this platform
            return false;
        }
    }

    static boolean available() {
        return Library.AVAILABLE;
    }

    /** Whether the library is already loaded in this process (never itself loads it). */
    static boolean loaded() {
        return loaded;
    }

    @Override
    public void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a, double[] b, double[] c) {
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        openblas.cblas_dgemm(openblas.CblasRowMajor, transposeA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transposeB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, n);
    }

    @Override
    public Solver factor(int n, double[] a) {
        // The factor lives in native memory: a solve then copies only the right-hand side. The
        // row-major A is, read column-major, A^T: factorising that and solving with A^T's transpose
        // keeps LAPACKE from transposing (copying) the whole matrix at every call, as it does for
        // row-major arguments (measured: most of the chain's time at N = 11 before).
        DoublePointer lu = new DoublePointer((long) n * n);
        lu.put(a, 0, a.length);
        IntPointer pivots = new IntPointer(n);
        int info = openblas.LAPACKE_dgetrf(openblas.LAPACK_COL_MAJOR, n, n, lu, n, pivots);
        if (info < 0) {
            throw new IllegalStateException("LAPACKE_dgetrf: argument " + (-info) + " is invalid");
        }
        if (info > 0) {
            lu.close();
            pivots.close();
            return null;
        }
        double max = 0;
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = Math.abs(lu.get((long) i * n + i));
            max = Math.max(max, diag[i]);
        }
        double q = 1;
        for (double v : diag) {
            q *= v / max;
        }
        double quality = Math.abs(q);
        DoublePointer rhs = new DoublePointer(n);
        return new Solver() {
            @Override
            public synchronized void solveInPlace(double[] x) {
                rhs.put(x, 0, n);
                int r = openblas.LAPACKE_dgetrs(openblas.LAPACK_COL_MAJOR, (byte) 'T', n, 1, lu, n, pivots, rhs, n);
                if (r != 0) {
                    throw new IllegalStateException("LAPACKE_dgetrs failed: " + r);
                }
                rhs.get(x, 0, n);
            }

            @Override
            public double quality() {
                return quality;
            }
        };
    }

    @Override
    public double[] hermitianEigenvalues(int n, double[] re, double[] im) {
        // interleaved complex; read column-major it is conj(A) = A^T, which has A's eigenvalues
        double[] z = new double[2 * n * n];
        for (int i = 0; i < n * n; i++) {
            z[2 * i] = re[i];
            z[2 * i + 1] = im[i];
        }
        double[] w = new double[n];
        int info = openblas.LAPACKE_zheevd(openblas.LAPACK_COL_MAJOR, (byte) 'N', (byte) 'L', n, z, n, w);
        if (info != 0) {
            throw new ArithmeticException("LAPACKE_zheevd failed (info " + info + ", n = " + n + ")");
        }
        return w;
    }

    @Override
    public void symmetricEigen(int n, double[] a, double[] values, double[] vectors) {
        // symmetric: read column-major it is the same matrix; the vectors come back column-major
        double[] v = a.clone();
        int info = openblas.LAPACKE_dsyevd(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'L', n, v, n, values);
        if (info != 0) {
            throw new ArithmeticException("LAPACKE_dsyevd failed (info " + info + ", n = " + n + ")");
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                vectors[i * n + k] = v[k * n + i];
            }
        }
    }
}
