package dev.steadfast.measure;

import java.util.function.ToDoubleFunction;

/**
 * One step of the Nelder-Mead simplex method in two dimensions, with the standard coefficients
 * (reflection 1, expansion 2, contraction 1/2, shrink 1/2). The simplex (3 points) and its
 * values are updated in place.
 */
final class NelderMead {
    private NelderMead() {
    }

    static void step(ToDoubleFunction<double[]> f, double[][] s, double[] fs) {
        int best = best(fs);
        int worst = worst(fs);
        int mid = 3 - best - worst;
        double[] centroid = {0.5 * (s[best][0] + s[mid][0]), 0.5 * (s[best][1] + s[mid][1])};
        double[] reflected = along(centroid, s[worst], -1);
        double fr = f.applyAsDouble(reflected);
        if (fr < fs[best]) {
            double[] expanded = along(centroid, s[worst], -2);
            double fe = f.applyAsDouble(expanded);
            replace(s, fs, worst, fe < fr ? expanded : reflected, Math.min(fe, fr));
        } else if (fr < fs[mid]) {
            replace(s, fs, worst, reflected, fr);
        } else {
            double[] contracted = fr < fs[worst] ? along(centroid, s[worst], -0.5) : along(centroid, s[worst], 0.5);
            double fc = f.applyAsDouble(contracted);
            if (fc < Math.min(fr, fs[worst])) {
                replace(s, fs, worst, contracted, fc);
            } else {
                for (int i = 0; i < 3; i++) {
                    if (i != best) {
                        s[i] = along(s[best], s[i], 0.5);
                        fs[i] = f.applyAsDouble(s[i]);
                    }
                }
            }
        }
    }

    static int best(double[] fs) {
        int b = 0;
        for (int i = 1; i < fs.length; i++) {
            if (fs[i] < fs[b]) {
                b = i;
            }
        }
        return b;
    }

    private static int worst(double[] fs) {
        // ties resolved away from best() so that best != worst
        int w = fs.length - 1;
        for (int i = fs.length - 2; i >= 0; i--) {
            if (fs[i] > fs[w]) {
                w = i;
            }
        }
        return w == best(fs) ? (w + 1) % fs.length : w;
    }

    /** {@code c + t (p - c)}. */
    private static double[] along(double[] c, double[] p, double t) {
        return new double[] {c[0] + t * (p[0] - c[0]), c[1] + t * (p[1] - c[1])};
    }

    private static void replace(double[][] s, double[] fs, int i, double[] p, double fp) {
        s[i] = p;
        fs[i] = fp;
    }
}
