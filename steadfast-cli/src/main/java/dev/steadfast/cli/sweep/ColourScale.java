package dev.steadfast.cli.sweep;

import java.awt.Color;
import java.util.Locale;

/**
 * The colour scale of a heat map: "nice" bounds and steps (1, 2, 2.5 or 5 × 10^k), a sequential
 * palette (viridis) for a measure of one sign, a diverging palette (blue, white, red) centred on
 * zero when the values change sign, and one number format for every label of the bar.
 *
 * @param min      the lower end of the bar (a multiple of step; −max when diverging)
 * @param max      the upper end of the bar
 * @param step     the value between two ticks
 * @param pieces   the number of colour steps, (max − min)/step
 * @param diverging whether the palette is centred on zero
 */
public record ColourScale(double min, double max, double step, int pieces, boolean diverging) {
    /** Viridis at five stops: perceptually uniform and readable in grey. */
    static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140), new Color(94, 201, 98),
        new Color(253, 231, 37)};
    /** ColorBrewer RdBu, reversed: blue below zero, white at zero, red above. */
    static final Color[] BLUE_WHITE_RED = {
        new Color(33, 102, 172), new Color(103, 169, 207), new Color(209, 229, 240), new Color(247, 247, 247),
        new Color(253, 219, 199), new Color(239, 138, 98), new Color(178, 24, 43)};
    /** About this many colour steps on the bar. */
    private static final int TARGET_PIECES = 10;

    /** The scale for values in [lo, hi] (finite, lo ≤ hi). */
    public static ColourScale of(double lo, double hi) {
        if (lo < 0 && hi > 0) {
            double m = Math.max(-lo, hi);
            double step = nice(2 * m / TARGET_PIECES);
            double top = Math.ceil(m / step - 1e-9) * step;
            int half = (int) Math.round(top / step);
            return new ColourScale(-top, top, step, 2 * half, true);
        }
        if (hi - lo <= 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = lo == 0 ? 1e-12 : Math.abs(lo) * 1e-3;
            lo -= pad;
            hi += pad;
        }
        double step = nice((hi - lo) / TARGET_PIECES);
        double bottom = Math.floor(lo / step + 1e-9) * step;
        double top = Math.ceil(hi / step - 1e-9) * step;
        int pieces = Math.max(1, (int) Math.round((top - bottom) / step));
        return new ColourScale(bottom, top, step, pieces, false);
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ x (x > 0). */
    static double nice(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= x * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** The palette: diverging or sequential. */
    public Color[] palette() {
        return diverging ? BLUE_WHITE_RED : VIRIDIS;
    }

    /** One colour per piece, the palette sampled at the piece centres (what the piecewise bar draws). */
    public Color[] colours() {
        Color[] p = palette();
        Color[] out = new Color[pieces];
        for (int i = 0; i < pieces; i++) {
            double f = pieces == 1 ? 0.5 : (i + 0.5) / pieces * (p.length - 1);
            int k = Math.min((int) Math.floor(f), p.length - 2);
            double w = f - k;
            out[i] = new Color(mix(p[k].getRed(), p[k + 1].getRed(), w), mix(p[k].getGreen(), p[k + 1].getGreen(), w),
                    mix(p[k].getBlue(), p[k + 1].getBlue(), w));
        }
        return out;
    }

    private static int mix(int a, int b, double w) {
        return (int) Math.round(a + (b - a) * w);
    }

    /**
     * A label of the bar, every label with the same format: fixed point with just enough decimals
     * for the step (0.25 → two), or scientific notation with the same mantissa digits when the
     * numbers are very small or large.
     */
    public String format(double v) {
        double a = Math.max(Math.abs(min), Math.abs(max));
        if (Math.abs(v) < step * 1e-9) {
            v = 0;
        }
        if (a >= 1e-3 && a < 1e5) {
            return String.format(Locale.ROOT, "%." + decimals(step) + "f", v);
        }
        int exp = (int) Math.floor(Math.log10(a));
        int digits = Math.max(0, decimals(step / Math.pow(10, exp)));
        return String.format(Locale.ROOT, "%." + digits + "e", v);
    }

    /**
     * One format for every tick label of an axis over [lo, hi]: fixed point with the decimals that
     * the finest likely tick step (a nice number near (hi − lo)/40) needs, or scientific notation
     * for very small or large numbers — so 0.65, 0.05 and 0.00 rather than 0.6500, 0.05000, 0.000.
     */
    public static java.util.function.Function<Double, String> axisFormat(double lo, double hi) {
        double a = Math.max(Math.abs(lo), Math.abs(hi));
        double range = hi - lo > 0 ? hi - lo : Math.max(a, 1);
        double fine = nice(range / 40);
        if (a == 0 || (a >= 1e-3 && a < 1e5)) {
            String f = "%." + decimals(fine) + "f";
            return v -> String.format(Locale.ROOT, f, Math.abs(v) < fine * 1e-6 ? 0 : v);
        }
        int exp = (int) Math.floor(Math.log10(a));
        String f = "%." + Math.max(0, Math.min(6, decimals(fine / Math.pow(10, exp)))) + "e";
        return v -> String.format(Locale.ROOT, f, v);
    }

    /** Decimals needed to write multiples of {@code step} exactly (step a nice number). */
    static int decimals(double step) {
        for (int d = 0; d < 12; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled) {
                return d;
            }
        }
        return 12;
    }
}
