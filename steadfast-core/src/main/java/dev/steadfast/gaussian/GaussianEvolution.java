package dev.steadfast.gaussian;

import dev.steadfast.dynamics.EvolutionMethod;
import dev.steadfast.dynamics.EvolutionResult;
import java.util.List;
import java.util.function.BiFunction;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The exact time evolution of a Gaussian state under a {@link GaussianSystem}: the moments obey the
 * linear equations {@code dm/dt = A m + b} and {@code dV/dt = A V + V Aᵀ + D}
 * ({@link DriftDiffusion}), so at every time
 * <pre>
 *   m(t) = Φ m0 + ∫0^t Φ(s) ds b,      V(t) = Φ V0 Φᵀ + ∫0^t Φ(s) D Φ(s)ᵀ ds,     Φ = e^{At},
 * </pre>
 * both integrals taken exactly by Van Loan's block exponentials (C. Van Loan, IEEE TAC 23, 395
 * (1978)): {@code exp([[A, b], [0, 0]] t)} has {@code ∫Φ b} in its last column, and
 * {@code exp([[−A, D], [0, Aᵀ]] t) = [[F11, F12], [0, F22]]} gives {@code ∫ Φ D Φᵀ = F22ᵀ F12}.
 * No stability is assumed (an amplifier grows, exactly). The exponentials are Hipparchus's
 * (scaling and squaring with Padé); the cost is a few (4n)³ products per output time.
 */
public final class GaussianEvolution {
    private GaussianEvolution() {
    }

    /** The states at {@code times}, shown to {@code observer} (its values are the result's rows). */
    public static EvolutionResult observe(GaussianSystem system, GaussianState initial, double[] times,
                                          BiFunction<Double, GaussianState, double[]> observer) {
        if (initial.modes() != system.modes()) {
            throw new IllegalArgumentException("an initial state of " + initial.modes() + " modes for a system of "
                    + system.modes());
        }
        long t0 = System.nanoTime();
        DriftDiffusion dd = DriftDiffusion.of(system);
        double[][] values = new double[times.length][];
        for (int i = 0; i < times.length; i++) {
            values[i] = observer.apply(times[i], at(dd, initial, times[i]));
        }
        return new EvolutionResult(times.clone(), List.of(), values, EvolutionMethod.DENSE_EXPONENTIAL,
                "exact: matrix exponentials of the moments' linear equations (Van Loan)", times.length, 2L * times.length,
                0, 0, (System.nanoTime() - t0) * 1e-9);
    }

    /** The state at time t. */
    public static GaussianState at(DriftDiffusion dd, GaussianState initial, double t) {
        int m = dd.drive().length;
        RealMatrix a = MatrixUtils.createRealMatrix(dd.drift());
        // means: exp([[A, b], [0, 0]] t) = [[Φ, ∫Φ b], [0, 1]]
        RealMatrix mean = MatrixUtils.createRealMatrix(m + 1, m + 1);
        mean.setSubMatrix(dd.drift(), 0, 0);
        for (int i = 0; i < m; i++) {
            mean.setEntry(i, m, dd.drive()[i]);
        }
        RealMatrix em = MatrixUtils.matrixExponential(mean.scalarMultiply(t));
        RealMatrix phi = em.getSubMatrix(0, m - 1, 0, m - 1);
        double[] means = phi.operate(initial.means());
        for (int i = 0; i < m; i++) {
            means[i] += em.getEntry(i, m);
        }
        // covariance: exp([[−A, D], [0, Aᵀ]] t) = [[F11, F12], [0, F22]], ∫Φ D Φᵀ = F22ᵀ F12
        RealMatrix big = MatrixUtils.createRealMatrix(2 * m, 2 * m);
        big.setSubMatrix(a.scalarMultiply(-1).getData(), 0, 0);
        big.setSubMatrix(dd.diffusion(), 0, m);
        big.setSubMatrix(a.transpose().getData(), m, m);
        RealMatrix ev = MatrixUtils.matrixExponential(big.scalarMultiply(t));
        RealMatrix f12 = ev.getSubMatrix(0, m - 1, m, 2 * m - 1);
        RealMatrix f22 = ev.getSubMatrix(m, 2 * m - 1, m, 2 * m - 1);
        RealMatrix v0 = MatrixUtils.createRealMatrix(initial.covariance());
        RealMatrix v = phi.multiply(v0).multiply(phi.transpose()).add(f22.transpose().multiply(f12));
        double[][] vs = v.add(v.transpose()).scalarMultiply(0.5).getData();
        return new GaussianState(means, vs);
    }
}
