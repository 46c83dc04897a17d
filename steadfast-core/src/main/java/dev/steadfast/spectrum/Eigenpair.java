package dev.steadfast.spectrum;

import dev.steadfast.linalg.RealCsc;

/**
 * A computed eigenpair of a real matrix M: {@code lambda = re + i im} and the complex vector
 * {@code x = xr + i xi} (package-private carrier between the eigensolvers and {@link Spectra}).
 *
 * @param residual the true relative residual {@code ||M x - lambda x|| / (||M||_1 ||x||)}
 */
record Eigenpair(double re, double im, double[] xr, double[] xi, double residual) {

    /** The pair with its true relative residual computed from M. */
    static Eigenpair of(RealCsc m, double norm1, double re, double im, double[] xr, double[] xi) {
        int n = xr.length;
        double[] yr = new double[n];
        double[] yi = new double[n];
        m.multiply(xr, yr);
        m.multiply(xi, yi);
        double r = 0;
        double x = 0;
        for (int i = 0; i < n; i++) {
            double a = yr[i] - (re * xr[i] - im * xi[i]);
            double b = yi[i] - (re * xi[i] + im * xr[i]);
            r += a * a + b * b;
            x += xr[i] * xr[i] + xi[i] * xi[i];
        }
        double rel = Math.sqrt(r) / (Math.max(norm1, Double.MIN_NORMAL) * Math.sqrt(x));
        return new Eigenpair(re, im, xr, xi, rel);
    }

    Eigenvalue value() {
        return new Eigenvalue(re, im);
    }
}
