package dev.steadfast.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Entanglement sudden death and birth in a time series of a measure (concurrence, negativity)
 * or of a signed witness (e.g. {@code lambda_1 - lambda_2 - lambda_3 - lambda_4} of Wootters,
 * which goes negative where the concurrence is clipped to zero).
 *
 * <p>A sample is <em>alive</em> when its value exceeds the threshold. Where the series goes from
 * alive to dead (a death) or dead to alive (a birth or revival) between two samples, the crossing
 * time is interpolated: by the quadratic through the three samples nearest the crossing (both sides
 * when the dead sample is strictly below the threshold, i.e. a signed witness; the alive side only
 * when it sits at the threshold, i.e. a clipped measure, which is then extrapolated), falling back
 * to linear interpolation; the root is kept inside the bracketing interval. For an exact time,
 * {@link #refine} bisects on a function that evaluates the measure at any time.
 */
public final class SuddenDeath {
    private SuddenDeath() {
    }

    /**
     * @param deaths      interpolated times where the measure reaches the threshold from above
     * @param births      interpolated times where it rises above the threshold again
     * @param deathBrackets sample intervals {t_i, t_{i+1}} bracketing each death
     * @param aliveAtEnd  whether the last sample is alive
     */
    public record Report(List<Double> deaths, List<Double> births, List<double[]> deathBrackets, boolean aliveAtEnd) {
        /** The first death time, or NaN if the measure never dies. */
        public double firstDeath() {
            return deaths.isEmpty() ? Double.NaN : deaths.get(0);
        }

        /** Whether it came back to life after dying at least once. */
        public boolean revives() {
            return !births.isEmpty() && !deaths.isEmpty() && births.get(births.size() - 1) > deaths.get(0);
        }
    }

    /** Analyses a series with threshold 0. */
    public static Report analyse(double[] times, double[] values) {
        return analyse(times, values, 0);
    }

    public static Report analyse(double[] times, double[] values, double threshold) {
        if (times.length != values.length || times.length < 2) {
            throw new IllegalArgumentException("need matching series of at least 2 points");
        }
        List<Double> deaths = new ArrayList<>();
        List<Double> births = new ArrayList<>();
        List<double[]> brackets = new ArrayList<>();
        for (int i = 0; i + 1 < times.length; i++) {
            boolean a = values[i] > threshold;
            boolean b = values[i + 1] > threshold;
            if (a && !b) {
                deaths.add(crossing(times, values, threshold, i, i, values[i + 1] < threshold));
                brackets.add(new double[] {times[i], times[i + 1]});
            } else if (!a && b) {
                births.add(crossing(times, values, threshold, i, i + 1, values[i] < threshold));
            }
        }
        return new Report(List.copyOf(deaths), List.copyOf(births), List.copyOf(brackets),
                values[values.length - 1] > threshold);
    }

    /**
     * The crossing in [t_i, t_{i+1}]; {@code alive} is the index of the alive endpoint and
     * {@code signed} says the dead endpoint carries information (strictly below the threshold).
     */
    private static double crossing(double[] t, double[] v, double thr, int i, int alive, boolean signed) {
        int[] idx;
        if (signed) {
            int lo = Math.max(0, Math.min(i - (alive == i ? 1 : 0), t.length - 3));
            idx = new int[] {lo, lo + 1, lo + 2};
        } else if (alive == i) {
            idx = i >= 2 ? new int[] {i - 2, i - 1, i} : i >= 1 ? new int[] {i - 1, i} : new int[] {i, i + 1};
        } else {
            idx = alive + 2 < t.length ? new int[] {alive, alive + 1, alive + 2}
                    : alive + 1 < t.length ? new int[] {alive, alive + 1} : new int[] {i, alive};
        }
        if (!signed && !allAlive(v, thr, idx)) {
            idx = new int[] {i, i + 1};
        }
        final int[] fit = idx;
        double a = t[i];
        double b = t[i + 1];
        DoubleUnaryOperator p = x -> lagrange(t, v, fit, x) - thr;
        double fa = p.applyAsDouble(a);
        double fb = p.applyAsDouble(b);
        if (fa * fb > 0) {
            // the fit does not cross inside the bracket: linear interpolation of the samples
            double va = v[i] - thr;
            double vb = v[i + 1] - thr;
            return va == vb ? a : a + (b - a) * va / (va - vb);
        }
        for (int it = 0; it < 200 && b - a > 1e-15 * Math.max(1, Math.abs(b)); it++) {
            double mid = 0.5 * (a + b);
            double fm = p.applyAsDouble(mid);
            if (fa * fm <= 0) {
                b = mid;
            } else {
                a = mid;
                fa = fm;
            }
        }
        return 0.5 * (a + b);
    }

    private static boolean allAlive(double[] v, double thr, int[] idx) {
        for (int k : idx) {
            if (!(v[k] > thr)) {
                return false;
            }
        }
        return true;
    }

    private static double lagrange(double[] t, double[] v, int[] idx, double x) {
        double s = 0;
        for (int a : idx) {
            double l = 1;
            for (int b : idx) {
                if (a != b) {
                    l *= (x - t[b]) / (t[a] - t[b]);
                }
            }
            s += l * v[a];
        }
        return s;
    }

    /**
     * Bisection for the threshold crossing of {@code measureAt} inside {@code [a, b]}, where the
     * measure is alive (above the threshold) at one end and dead at the other; works for clipped
     * measures. Stops when the bracket is below {@code tol}.
     */
    public static double refine(DoubleUnaryOperator measureAt, double a, double b, double threshold, double tol) {
        boolean aliveA = measureAt.applyAsDouble(a) > threshold;
        boolean aliveB = measureAt.applyAsDouble(b) > threshold;
        if (aliveA == aliveB) {
            throw new IllegalArgumentException("[" + a + ", " + b + "] does not bracket a crossing of " + threshold);
        }
        while (b - a > tol) {
            double mid = 0.5 * (a + b);
            boolean aliveM = measureAt.applyAsDouble(mid) > threshold;
            if (aliveM == aliveA) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return 0.5 * (a + b);
    }
}
