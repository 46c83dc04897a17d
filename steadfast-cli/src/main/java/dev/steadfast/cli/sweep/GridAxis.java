package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import dev.steadfast.cli.NumberArgument;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One axis of a sweep grid: a parameter name and its values, parsed from {@code name=spec}.
 *
 * <ul>
 *   <li>{@code k=start:stop:count} — {@code count} evenly spaced values, both ends included
 *       (like {@code linspace});</li>
 *   <li>{@code k=log:start:stop:count} — {@code count} values evenly spaced in log10, both ends
 *       included ({@code start, stop > 0});</li>
 *   <li>{@code k=v1,v2,v3} — exactly these values, in this order (one value is allowed).</li>
 * </ul>
 * Computed values are rounded to 12 significant digits so that {@code 0:1:11} gives 0.3, not
 * 0.30000000000000004; values are never repeated.
 *
 * @param name   the parameter swept
 * @param spec   the text after {@code =}, as given
 * @param values the values, in sweep order
 */
public record GridAxis(String name, String spec, double[] values) {
    /** Upper bound on the number of values on one axis. */
    public static final int MAX_COUNT = 1_000_000;

    /** Parses {@code name=spec}; throws {@link BadInputException} naming the problem. */
    public static GridAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw bad(text, "expected name=start:stop:count, name=log:start:stop:count or name=v1,v2,...");
        }
        String name = text.substring(0, eq).trim();
        String spec = text.substring(eq + 1).trim();
        if (spec.isEmpty()) {
            throw bad(text, "no values after '='");
        }
        double[] values;
        if (spec.startsWith("log:")) {
            values = logarithmic(text, spec.substring(4));
        } else if (spec.contains(":")) {
            values = linear(text, spec);
        } else {
            values = list(text, spec);
        }
        requireDistinct(text, values);
        return new GridAxis(name, spec, values);
    }

    public int size() {
        return values.length;
    }

    /** The value at {@code i}. */
    public double value(int i) {
        return values[i];
    }

    /** True for a {@code log:} axis (plots use a logarithmic scale for it). */
    public boolean logarithmic() {
        return spec.startsWith("log:");
    }

    @Override
    public String toString() {
        return name + "=" + spec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridAxis a && a.name.equals(name) && a.spec.equals(spec) && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    private static double[] linear(String text, String spec) {
        String[] p = spec.split(":", -1);
        if (p.length != 3) {
            throw bad(text, "a range is start:stop:count (or log:start:stop:count)");
        }
        double start = number(text, p[0]);
        double stop = number(text, p[1]);
        int count = count(text, p[2]);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = i == count - 1 ? stop : round(start + i * (stop - start) / Math.max(1, count - 1));
        }
        v[0] = start;
        return v;
    }

    private static double[] logarithmic(String text, String spec) {
        String[] p = spec.split(":", -1);
        if (p.length != 3) {
            throw bad(text, "a logarithmic range is log:start:stop:count");
        }
        double start = number(text, p[0]);
        double stop = number(text, p[1]);
        int count = count(text, p[2]);
        if (!(start > 0) || !(stop > 0)) {
            throw bad(text, "a logarithmic range needs start > 0 and stop > 0");
        }
        double a = Math.log10(start);
        double b = Math.log10(stop);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = round(Math.pow(10, a + i * (b - a) / Math.max(1, count - 1)));
        }
        v[0] = start;
        v[count - 1] = count > 1 ? stop : start;
        return v;
    }

    private static double[] list(String text, String spec) {
        String[] p = spec.split(",", -1);
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = number(text, p[i]);
        }
        return v;
    }

    private static void requireDistinct(String text, double[] values) {
        Set<Double> seen = new HashSet<>();
        for (double v : values) {
            if (!seen.add(v)) {
                throw bad(text, "the value " + v + " appears twice (each grid point is computed once)");
            }
        }
    }

    /** A number or a number expression such as {@code pi/4} ({@link NumberArgument}). */
    private static double number(String text, String s) {
        try {
            return NumberArgument.parse(s, "'" + s.trim() + "'");
        } catch (BadInputException e) {
            throw bad(text, "'" + s.trim() + "' is not a finite number (" + e.getMessage() + ")");
        }
    }

    private static int count(String text, String s) {
        try {
            int n = Integer.parseInt(s.trim());
            if (n >= 1 && n <= MAX_COUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(text, "the count '" + s.trim() + "' must be a whole number from 1 to " + MAX_COUNT);
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.12g", v));
    }

    private static BadInputException bad(String text, String problem) {
        return new BadInputException("--grid " + text + ": " + problem);
    }
}
