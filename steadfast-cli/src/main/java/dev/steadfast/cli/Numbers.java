package dev.steadfast.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for people: ten significant digits, no trailing zeros. */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e10 ? b.toPlainString() : b.toString();
    }

    /** A diagnostic such as a residual: three significant digits in scientific notation. */
    static String brief(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.3g", v) : Double.toString(v);
    }
}
