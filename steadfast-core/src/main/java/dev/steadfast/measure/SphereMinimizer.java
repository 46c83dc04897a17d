package dev.steadfast.measure;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Global minimisation of a smooth function of a unit vector {@code n} in R^3 with
 * {@code f(n) = f(-n)} (a projective measurement direction), robust to several local minima.
 *
 * <p>Algorithm: (1) a coarse grid over the upper hemisphere, {@code theta = k pi/(2 N_theta)},
 * {@code k = 0..N_theta}, and {@code phi = 2 pi m / N_phi}; (2) the {@value #STARTS} best grid
 * points (at least one grid step apart) are refined by Nelder-Mead in a local chart
 * {@code n(u, v) = normalise(n0 + u e1 + v e2)} (e1, e2 orthonormal to n0), which has no pole
 * singularity; (3) each refinement is restarted once in a fresh chart at its result. The
 * smallest value found is returned. The grid step ({@code pi/24}) bounds the size of any basin
 * that could be missed; the refinement converges the value to ~1e-15 (simplex size 1e-8 at a quadratic minimum).
 */
final class SphereMinimizer {
    private static final int N_THETA = 12;
    private static final int N_PHI = 24;
    private static final int STARTS = 3;
    private static final int MAX_ITERATIONS = 400;
    private static final double STEP = Math.PI / (2 * N_THETA);

    private SphereMinimizer() {
    }

    /** The minimum of f over unit vectors; {@code argmin}, if non-null (length 3), receives the minimiser. */
    static double minimise(ToDoubleFunction<double[]> f, double[] argmin) {
        double[][] starts = bestGridPoints(f);
        double best = Double.POSITIVE_INFINITY;
        for (double[] n0 : starts) {
            double[] n = n0.clone();
            double value = refine(f, n);
            value = Math.min(value, refine(f, n));
            if (value < best) {
                best = value;
                if (argmin != null) {
                    System.arraycopy(n, 0, argmin, 0, 3);
                }
            }
        }
        return best;
    }

    private static double[][] bestGridPoints(ToDoubleFunction<double[]> f) {
        int count = 1 + N_THETA * N_PHI;
        double[][] points = new double[count][];
        double[] values = new double[count];
        points[0] = new double[] {0, 0, 1};
        int p = 1;
        for (int k = 1; k <= N_THETA; k++) {
            double theta = k * STEP;
            for (int m = 0; m < N_PHI; m++) {
                double phi = 2 * Math.PI * m / N_PHI;
                points[p++] = new double[] {Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta)};
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            values[i] = f.applyAsDouble(points[i]);
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[][] chosen = new double[STARTS][];
        int c = 0;
        for (int i = 0; i < count && c < STARTS; i++) {
            double[] n = points[order[i]];
            boolean distinct = true;
            for (int j = 0; j < c; j++) {
                // n and -n are the same measurement
                distinct &= Math.abs(dot(n, chosen[j])) < Math.cos(1.5 * STEP);
            }
            if (distinct) {
                chosen[c++] = n;
            }
        }
        return Arrays.copyOf(chosen, c);
    }

    /**
     * Nelder-Mead (Hipparchus {@link NelderMeadSimplex}, standard coefficients) in the chart at n,
     * from the simplex {@code (0, 0), (STEP, 0), (0, STEP)}; n is overwritten with the best point;
     * returns its value. At most {@value #MAX_ITERATIONS} iterations: if they run out, the best
     * vertex so far is taken, as the measure needs a value, not a certificate.
     */
    private static double refine(ToDoubleFunction<double[]> f, double[] n) {
        double[] e1 = orthogonalTo(n);
        double[] e2 = cross(n, e1);
        double[] n0 = n.clone();
        NelderMeadSimplex simplex = new NelderMeadSimplex(new double[][] {{0, 0}, {STEP, 0}, {0, STEP}});
        SimplexOptimizer optimizer = new SimplexOptimizer((iteration, previous, current) -> converged(simplex.getPoints()));
        PointValuePair best;
        try {
            best = optimizer.optimize(new MaxIter(MAX_ITERATIONS), MaxEval.unlimited(), GoalType.MINIMIZE,
                    new ObjectiveFunction(uv -> f.applyAsDouble(chart(n0, e1, e2, uv))), new InitialGuess(new double[2]),
                    simplex);
        } catch (MathIllegalStateException iterationsExhausted) {
            best = simplex.getPoint(0); // the simplex is kept sorted, best first
        }
        System.arraycopy(chart(n0, e1, e2, best.getPointRef()), 0, n, 0, 3);
        return best.getValue();
    }

    /** Simplex size below 1e-8, or below 1e-5 with values within 1e-15 of each other. */
    private static boolean converged(PointValuePair[] s) {
        double[] p0 = s[0].getPointRef();
        double[] p1 = s[1].getPointRef();
        double[] p2 = s[2].getPointRef();
        double size = Math.max(Math.hypot(p1[0] - p0[0], p1[1] - p0[1]), Math.hypot(p2[0] - p0[0], p2[1] - p0[1]));
        double spread = Math.max(Math.abs(s[1].getValue() - s[0].getValue()), Math.abs(s[2].getValue() - s[0].getValue()));
        // the minimum is quadratic: a simplex of 1e-8 pins the value to ~1e-16
        return size < 1e-8 || (size < 1e-5 && spread < 1e-15);
    }

    private static double[] chart(double[] n0, double[] e1, double[] e2, double[] uv) {
        double[] n = new double[3];
        for (int i = 0; i < 3; i++) {
            n[i] = n0[i] + uv[0] * e1[i] + uv[1] * e2[i];
        }
        double norm = Math.sqrt(dot(n, n));
        for (int i = 0; i < 3; i++) {
            n[i] /= norm;
        }
        return n;
    }

    private static double[] orthogonalTo(double[] n) {
        double[] axis = Math.abs(n[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e = cross(n, axis);
        double norm = Math.sqrt(dot(e, e));
        return new double[] {e[0] / norm, e[1] / norm, e[2] / norm};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
