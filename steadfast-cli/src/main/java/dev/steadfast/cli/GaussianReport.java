package dev.steadfast.cli;

import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.steady.SteadyState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code steady}'s output specific to a Gaussian model (all sites oscillators): the
 * JSON object {@code gaussian} with the first moments and the covariance matrix, and the meanings
 * of the certificate rows of the table.
 */
final class GaussianReport {
    static final String CONVENTION = "r = (x1, p1, x2, p2, ...) over the modes in file order (array elements in index "
            + "order); x = (a + adag)/sqrt(2), p = -i(a - adag)/sqrt(2); means[i] = <r_i>; covariance[i][j] = "
            + "<{r_i - <r_i>, r_j - <r_j>}>/2 (vacuum: identity/2)";

    private GaussianReport() {
    }

    /** The Gaussian state of a unique steady state, or null for any other result. */
    static GaussianState state(SteadyState<?> ss) {
        return ss.uniqueState().orElse(null) instanceof GaussianState g ? g : null;
    }

    /** {@code {convention, modes, means, covariance}}. */
    static Map<String, Object> json(GaussianState g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("convention", CONVENTION);
        m.put("modes", g.modes());
        List<Double> means = new ArrayList<>();
        for (double x : g.means()) {
            means.add(x + 0.0);
        }
        m.put("means", means);
        List<List<Double>> cov = new ArrayList<>();
        for (double[] row : g.covariance()) {
            List<Double> r = new ArrayList<>();
            for (double x : row) {
                r.add(x + 0.0);
            }
            cov.add(r);
        }
        m.put("covariance", cov);
        return m;
    }

    /** What the certificate's residual is, for the table. */
    static String residualMeaning(boolean gaussian) {
        return gaussian ? "‖A V + V Aᵀ + D‖ + ‖A⟨r⟩ + b‖" : "‖L ρ‖";
    }

    /** What the certificate's smallest eigenvalue is of, for the table (empty for a density matrix). */
    static String minEigenvalueMeaning(boolean gaussian) {
        return gaussian ? "  (of V + iΩ/2: the uncertainty principle)" : "";
    }
}
