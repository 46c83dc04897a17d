package dev.steadfast.spectrum;

import dev.steadfast.linalg.RealCsc;

/**
 * A computed eigenpair of a real matrix M: {@code lambda = re + i im} and the complex vector
 * {@code x = xr + i xi} (package-private carrier between the eigensolvers and {@link Spectra}).
 *
 * @param residual the true relative residual {@code ||M x - lambda x|| / (||M||_1 ||x||)}
 */
record Eigenpair(double re, double im, double[] xr, double[] xi, double residual) {

    /**
     * The pair with its true relative residual computed from M. When the Rayleigh quotient
     * {@code x^H M x / x^H x} (the lambda that minimises the residual of x) gives a smaller residual
     * than the given eigenvalue, the pair takes it: the eigenvalue of an ill-conditioned (non-normal)
     * matrix from a dense or Krylov eigensolver can be off by more than its eigenvector is.
     */
    static Eigenpair of(RealCsc m, double norm1, double re, double im, double[] xr, double[] xi) {
        int n = xr.length;
        double[] yr = new double[n];
        double[] yi = new double[n];
        m.multiply(xr, yr);
        m.multiply(xi, yi);
        double x = 0;
        double qr = 0;
        double qi = 0;
        for (int i = 0; i < n; i++) {
            x += xr[i] * xr[i] + xi[i] * xi[i];
            // conj(x_i) y_i
            qr += xr[i] * yr[i] + xi[i] * yi[i];
            qi += xr[i] * yi[i] - xi[i] * yr[i];
        }
        double scale = Math.max(norm1, Double.MIN_NORMAL) * Math.sqrt(x);
        double given = residual(xr, xi, yr, yi, re, im) / scale;
        double rayleighRe = qr / x;
        double rayleighIm = qi / x;
        double rayleigh = residual(xr, xi, yr, yi, rayleighRe, rayleighIm) / scale;
        if (rayleigh < given) {
            return new Eigenpair(rayleighRe, rayleighIm, xr, xi, rayleigh);
        }
        return new Eigenpair(re, im, xr, xi, given);
    }

    private static double residual(double[] xr, double[] xi, double[] yr, double[] yi, double re, double im) {
        double r = 0;
        for (int i = 0; i < xr.length; i++) {
            double a = yr[i] - (re * xr[i] - im * xi[i]);
            double b = yi[i] - (re * xi[i] + im * xr[i]);
            r += a * a + b * b;
        }
        return Math.sqrt(r);
    }

    Eigenvalue value() {
        return new Eigenvalue(re, im);
    }
}
