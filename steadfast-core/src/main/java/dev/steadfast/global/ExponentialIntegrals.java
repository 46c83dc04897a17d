package dev.steadfast.global;

/**
 * The exponential integrals {@code E1(x) = int_x^inf e^{-t}/t dt} (x > 0) and
 * {@code Ei(x) = -P int_{-x}^inf e^{-t}/t dt} (x != 0; {@code Ei(-x) = -E1(x)}).
 *
 * <p>E1: the power series {@code -gamma - ln x - sum_{k>=1} (-x)^k/(k k!)} for x ≤ 1, the
 * continued fraction {@code e^{-x}/(x + 1 - 1^2/(x + 3 - 2^2/(x + 5 - ...)))} (modified Lentz)
 * above. Ei for x > 0: the series {@code gamma + ln x + sum x^k/(k k!)} up to x = 40, the
 * asymptotic series {@code e^x/x sum k!/x^k} (truncated at its smallest term) above. Relative
 * accuracy about 1e-15.
 */
public final class ExponentialIntegrals {
    /** The Euler–Mascheroni constant. */
    public static final double EULER_GAMMA = 0.57721566490153286061;

    private ExponentialIntegrals() {
    }

    public static double e1(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("E1 is defined here for x > 0, got " + x);
        }
        if (x <= 1) {
            double sum = 0;
            double term = 1;
            for (int k = 1; k < 100; k++) {
                term *= -x / k;
                double add = term / k;
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return -EULER_GAMMA - Math.log(x) - sum;
        }
        // modified Lentz for e^{-x} / (x + 1 - 1/(x + 3 - 4/(x + 5 - ...)))
        double tiny = 1e-300;
        double b = x + 1;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10000; i++) {
            double a = -(double) i * i;
            b += 2;
            d = 1 / (a * d + b);
            c = b + a / c;
            double del = c * d;
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                break;
            }
        }
        return h * Math.exp(-x);
    }

    public static double ei(double x) {
        if (x == 0 || Double.isNaN(x)) {
            throw new IllegalArgumentException("Ei is singular at 0");
        }
        if (x < 0) {
            return -e1(-x);
        }
        if (x <= 40) {
            double sum = 0;
            double term = 1;
            for (int k = 1; k < 500; k++) {
                term *= x / k;
                double add = term / k;
                sum += add;
                if (add < 1e-17 * sum) {
                    break;
                }
            }
            return EULER_GAMMA + Math.log(x) + sum;
        }
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 100; k++) {
            double next = term * k / x;
            if (next > term) {
                break;
            }
            term = next;
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return Math.exp(x) / x * sum;
    }
}
