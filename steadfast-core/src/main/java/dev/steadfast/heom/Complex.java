package dev.steadfast.heom;

/** A complex number, for the coefficients and rates of a bath correlation function. */
public record Complex(double re, double im) {
    public static final Complex ZERO = new Complex(0, 0);

    public static Complex real(double x) { return new Complex(x, 0); }

    public Complex plus(Complex b) { return new Complex(re + b.re, im + b.im); }

    public Complex times(Complex b) { return new Complex(re * b.re - im * b.im, re * b.im + im * b.re); }

    public Complex times(double s) { return new Complex(re * s, im * s); }

    public Complex conjugate() { return new Complex(re, -im); }

    public Complex inverse() {
        double n = re * re + im * im;
        return new Complex(re / n, -im / n);
    }

    public double abs() { return Math.hypot(re, im); }

    /** coth z = (e^{2z} + 1) / (e^{2z} - 1). */
    public static Complex coth(Complex z) {
        double e = Math.exp(-2 * Math.abs(z.re));
        // coth(x+iy) = (sinh 2x - i sin 2y) / (cosh 2x - cos 2y), written stably for large |x|
        double s = Math.signum(z.re) * (1 - e * e) / 2;   // sinh(2x) e^{-2|x|}
        double c = (1 + e * e) / 2;                         // cosh(2x) e^{-2|x|}
        double den = c - Math.cos(2 * z.im) * e;
        return new Complex(s / den, -Math.sin(2 * z.im) * e / den);
    }

    /** True when |this - b| <= tol * max(1, |b|). */
    public boolean near(Complex b, double tol) {
        return Math.hypot(re - b.re, im - b.im) <= tol * Math.max(1, b.abs());
    }
}
