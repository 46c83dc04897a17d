package dev.steadfast.counting;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.state.DensityMatrix;

/**
 * Scaled cumulants of the counted transfer by the recursive scheme of Flindt, Novotný, Braggio and
 * Jauho, PRB 82, 155407 (2010): Rayleigh–Schrödinger perturbation theory of the eigenvalue θ(s) of the
 * tilted generator {@code L(s) = L + Σ_{k≥1} s^k/k! L_k} ({@link JumpTerms}) that is 0 at s = 0.
 *
 * <p>With {@code ρ_0} the steady state, {@code Tr ρ_n = 0} for n ≥ 1 and {@code c_n = θ^{(n)}(0)}:
 * <pre>
 *   c_n  = Σ_{k=1}^{n} C(n,k) Tr[L_k ρ_{n−k}]
 *   ρ_n  = R Σ_{k=1}^{n} C(n,k) (c_k − L_k) ρ_{n−k}
 * </pre>
 * where R is the Drazin pseudo-inverse of L on traceless operators: {@code y = R b} solves
 * {@code L y = b, Tr y = 0}, i.e. the bordered generator (the trace row replaced by the trace
 * functional, the matrix the direct steady-state route factorises) with the right-hand side's trace
 * row set to 0, or GMRES on the normalised generator for large generators ({@link DrazinSolver}). {@code c_1} is the mean current, {@code c_2} the zero-frequency noise, all per unit
 * time (ħ = 1). The generator must have a unique steady state.
 */
public final class Cumulants {
    private final LindbladGenerator generator;
    private final DrazinSolver drazin;

    /**
     * The Drazin inverse by LU of the bordered generator (factorised once, reused by every cumulant of
     * every bath) up to {@link DrazinSolver#DIRECT_LIMIT} coordinates, by preconditioned GMRES above.
     */
    public Cumulants(LindbladGenerator generator) {
        this(generator, DrazinSolver.of(generator));
    }

    Cumulants(LindbladGenerator generator, DrazinSolver drazin) {
        this.generator = generator;
        this.drazin = drazin;
    }

    /**
     * The scaled cumulants {@code c_1 .. c_order} of the counting field at the steady state.
     *
     * @return an array of length order + 1, {@code [0, c_1, ..., c_order]}
     * @throws MeasureException when order < 1 or the state lies outside the generator's coordinates
     */
    public double[] of(DensityMatrix steady, CountingField field, int order) {
        if (order < 1) {
            throw new MeasureException("the cumulant order must be >= 1, got " + order);
        }
        HermitianBasis basis = generator.basis();
        JumpTerms terms = new JumpTerms(field);
        CMatrix[] rho = new CMatrix[order + 1];
        double[] c = new double[order + 1];
        rho[0] = basis.toMatrix(generator.coordinates(steady).orElseThrow(() ->
                new MeasureException("counting statistics: the state lies outside the generator's sector")));
        for (int n = 1; n <= order; n++) {
            CMatrix rhs = new CMatrix(rho[0].rows(), rho[0].cols());
            CMatrix[] lk = new CMatrix[n + 1];
            double cn = 0;
            for (int k = 1; k <= n; k++) {
                lk[k] = terms.apply(k, rho[n - k]);
                cn += binomial(n, k) * lk[k].traceRe();
            }
            c[n] = cn;
            if (n == order) {
                break;
            }
            for (int k = 1; k <= n; k++) {
                double b = binomial(n, k);
                rhs = rhs.plus(rho[n - k].scale(b * c[k], 0)).minus(lk[k].scale(b, 0));
            }
            rho[n] = drazin(rhs);
        }
        return c;
    }

    /** {@code y} with {@code L y = b} and {@code Tr y = 0}, for a traceless Hermitian b. */
    private CMatrix drazin(CMatrix b) {
        double[] x = generator.basis().coordinates(b.hermitianPart());
        return generator.basis().toMatrix(drazin.apply(x));
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }
}
