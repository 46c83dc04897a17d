package dev.steadfast.linalg;

import java.util.Arrays;

/**
 * A dense complex matrix, row-major, with separate real and imaginary arrays.
 *
 * <p>Used for density matrices, reduced states and the small matrices of measures. Element
 * {@code (i, j)} lives at index {@code i * cols + j} of {@link #re()} and {@link #im()}.
 * Operations return new matrices and never modify their arguments unless the name says so
 * ({@code set}, {@code addTo}).
 */
public final class CMatrix {
    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im;

    public CMatrix(int rows, int cols) {
        this(rows, cols, new double[rows * cols], new double[rows * cols]);
    }

    /** Wraps the given arrays (not copied). */
    public CMatrix(int rows, int cols, double[] re, double[] im) {
        if (re.length != rows * cols || im.length != rows * cols) {
            throw new IllegalArgumentException("arrays do not match " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    public static CMatrix identity(int n) {
        CMatrix m = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.re[i * n + i] = 1.0;
        }
        return m;
    }

    /** A real matrix from a row-major array of rows. */
    public static CMatrix ofReal(double[][] a) {
        CMatrix m = new CMatrix(a.length, a[0].length);
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                m.re[i * m.cols + j] = a[i][j];
            }
        }
        return m;
    }

    /** The projector {@code |v><v|} of a vector given by its real and imaginary parts. */
    public static CMatrix projector(double[] vr, double[] vi) {
        int n = vr.length;
        CMatrix m = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // v_i conj(v_j)
                m.re[i * n + j] = vr[i] * vr[j] + vi[i] * vi[j];
                m.im[i * n + j] = vi[i] * vr[j] - vr[i] * vi[j];
            }
        }
        return m;
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public double[] re() { return re; }
    public double[] im() { return im; }

    public double re(int i, int j) { return re[i * cols + j]; }
    public double im(int i, int j) { return im[i * cols + j]; }

    public void set(int i, int j, double r, double m) {
        re[i * cols + j] = r;
        im[i * cols + j] = m;
    }

    public void addTo(int i, int j, double r, double m) {
        re[i * cols + j] += r;
        im[i * cols + j] += m;
    }

    public CMatrix copy() {
        return new CMatrix(rows, cols, re.clone(), im.clone());
    }

    public CMatrix plus(CMatrix b) {
        checkSame(b);
        CMatrix c = copy();
        for (int k = 0; k < re.length; k++) {
            c.re[k] += b.re[k];
            c.im[k] += b.im[k];
        }
        return c;
    }

    public CMatrix minus(CMatrix b) {
        return plus(b.scale(-1, 0));
    }

    /** This matrix times the complex scalar {@code (sr + i si)}. */
    public CMatrix scale(double sr, double si) {
        CMatrix c = new CMatrix(rows, cols);
        for (int k = 0; k < re.length; k++) {
            c.re[k] = sr * re[k] - si * im[k];
            c.im[k] = sr * im[k] + si * re[k];
        }
        return c;
    }

    public CMatrix times(CMatrix b) {
        if (cols != b.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "x" + cols + " by " + b.rows + "x" + b.cols);
        }
        CMatrix c = new CMatrix(rows, b.cols);
        int n = b.cols;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double ar = re[i * cols + k];
                double ai = im[i * cols + k];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                int bo = k * n;
                int co = i * n;
                for (int j = 0; j < n; j++) {
                    double br = b.re[bo + j];
                    double bi = b.im[bo + j];
                    c.re[co + j] += ar * br - ai * bi;
                    c.im[co + j] += ar * bi + ai * br;
                }
            }
        }
        return c;
    }

    /** The conjugate transpose. */
    public CMatrix adjoint() {
        CMatrix c = new CMatrix(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c.re[j * rows + i] = re[i * cols + j];
                c.im[j * rows + i] = -im[i * cols + j];
            }
        }
        return c;
    }

    /** The transpose (no conjugation). */
    public CMatrix transpose() {
        CMatrix c = new CMatrix(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c.re[j * rows + i] = re[i * cols + j];
                c.im[j * rows + i] = im[i * cols + j];
            }
        }
        return c;
    }

    /** The elementwise complex conjugate. */
    public CMatrix conjugate() {
        CMatrix c = copy();
        for (int k = 0; k < im.length; k++) {
            c.im[k] = -c.im[k];
        }
        return c;
    }

    /** Kronecker product {@code this ⊗ b}: this is the most significant factor. */
    public CMatrix kron(CMatrix b) {
        CMatrix c = new CMatrix(rows * b.rows, cols * b.cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double ar = re(i, j);
                double ai = im(i, j);
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int k = 0; k < b.rows; k++) {
                    for (int l = 0; l < b.cols; l++) {
                        double br = b.re(k, l);
                        double bi = b.im(k, l);
                        c.set(i * b.rows + k, j * b.cols + l, ar * br - ai * bi, ar * bi + ai * br);
                    }
                }
            }
        }
        return c;
    }

    public double traceRe() {
        requireSquare();
        double t = 0;
        for (int i = 0; i < rows; i++) {
            t += re[i * cols + i];
        }
        return t;
    }

    public double traceIm() {
        requireSquare();
        double t = 0;
        for (int i = 0; i < rows; i++) {
            t += im[i * cols + i];
        }
        return t;
    }

    /** Largest |a_ij - conj(a_ji)|. */
    public double hermiticityError() {
        requireSquare();
        double e = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = i; j < cols; j++) {
                double dr = re(i, j) - re(j, i);
                double di = im(i, j) + im(j, i);
                e = Math.max(e, Math.hypot(dr, di));
            }
        }
        return e;
    }

    /** (A + A†)/2. */
    public CMatrix hermitianPart() {
        return plus(adjoint()).scale(0.5, 0);
    }

    public double frobeniusNorm() {
        double s = 0;
        for (int k = 0; k < re.length; k++) {
            s += re[k] * re[k] + im[k] * im[k];
        }
        return Math.sqrt(s);
    }

    /** Largest elementwise modulus of {@code this - b}. */
    public double maxAbsDifference(CMatrix b) {
        checkSame(b);
        double e = 0;
        for (int k = 0; k < re.length; k++) {
            e = Math.max(e, Math.hypot(re[k] - b.re[k], im[k] - b.im[k]));
        }
        return e;
    }

    private void requireSquare() {
        if (rows != cols) {
            throw new IllegalStateException("matrix is not square: " + rows + "x" + cols);
        }
    }

    private void checkSame(CMatrix b) {
        if (rows != b.rows || cols != b.cols) {
            throw new IllegalArgumentException("shapes differ: " + rows + "x" + cols + " and " + b.rows + "x" + b.cols);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sb.append(String.format("%10.6f%+10.6fi ", re(i, j), im(i, j)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CMatrix m && m.rows == rows && m.cols == cols
                && Arrays.equals(m.re, re) && Arrays.equals(m.im, im);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(re) + Arrays.hashCode(im);
    }
}
