package dev.steadfast.global;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.CsparseLU;
import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.operator.Operator;
import dev.steadfast.spectrum.RealGenerator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.StateChecks;
import dev.steadfast.steady.SteadyStateException;
import java.util.List;

/**
 * A Bloch–Redfield generator {@code R(rho) = -i[H, rho] + sum_baths ([Lambda rho, A] + [A, rho Lambda†])}
 * (see {@link GlobalMasterEquation}), held as dense d x d matrices (small systems).
 *
 * <p>{@link #generator()} gives its real matrix in the Hermitian operator basis, usable by
 * {@link dev.steadfast.dynamics.Evolution} and {@link dev.steadfast.spectrum.Spectra}.
 * {@link #steadyState()} solves {@code R(rho) = 0, Tr rho = 1} by the bordered sparse LU of the
 * direct Lindblad solver (the first diagonal row replaced by the trace functional) and certifies
 * trace and residual (by the dense action, independent of the assembled matrix). Positivity is
 * not guaranteed by Redfield theory (violations are of second order in the coupling): the smallest
 * eigenvalue is reported and never causes a failure.
 */
public final class BlochRedfield {
    private static final double RESIDUAL_TOLERANCE = 1e-9;

    private final Operator h;
    private final CMatrix hd;
    private final List<CMatrix[]> terms;   // {A, Lambda} per bath
    private RealGenerator generator;

    BlochRedfield(Operator h, List<CMatrix[]> terms) {
        this.h = h;
        this.hd = h.toDense();
        this.terms = List.copyOf(terms);
    }

    /** R(rho) for a dense matrix. */
    public CMatrix apply(CMatrix rho) {
        CMatrix out = hd.times(rho).minus(rho.times(hd)).scale(0, -1);
        for (CMatrix[] t : terms) {
            CMatrix a = t[0];
            CMatrix lr = t[1].times(rho);
            CMatrix rl = rho.times(t[1].adjoint());
            out = out.plus(lr.times(a)).minus(a.times(lr)).plus(a.times(rl)).minus(rl.times(a));
        }
        return out;
    }

    /** The real Hermitian-basis matrix of R (built once, d^2 applications). */
    public synchronized RealGenerator generator() {
        if (generator == null) {
            generator = RealGenerator.fromSuperoperator(h.space(), this::apply);
        }
        return generator;
    }

    /** The operators Lambda of each bath, in order (for inspection and tests). */
    public List<CMatrix> lambdas() {
        return terms.stream().map(t -> t[1]).toList();
    }

    /** The steady state by the bordered sparse LU; see the class comment for the checks. */
    public RedfieldSteadyState steadyState() {
        long t0 = System.nanoTime();
        RealGenerator g = generator();
        int traceRow = g.basis().diagonalCoordinates()[0];
        RealCsc m = bordered(g.matrix(), g.traceFunctional(), traceRow);
        CsparseLU lu = CsparseLU.factor(m);
        double cond = lu == null ? Double.POSITIVE_INFINITY : lu.conditionEstimate(m);
        if (lu == null || !(cond < 1e12)) {
            throw new SteadyStateException(String.format("the Bloch-Redfield steady state is not unique "
                    + "(bordered generator singular, condition ~ %.2g)", cond));
        }
        double[] rhs = new double[m.cols()];
        rhs[traceRow] = 1;
        CMatrix rho = g.toMatrix(lu.solve(rhs));
        double residual = apply(rho).frobeniusNorm();
        double trace = rho.traceRe();
        double scale = Math.max(1.0, g.matrix().norm1());
        if (!(Math.abs(trace - 1) < 1e-8)) {
            throw new SteadyStateException("Bloch-Redfield steady state has trace " + trace);
        }
        if (!(residual <= RESIDUAL_TOLERANCE * scale)) {
            throw new SteadyStateException(String.format("Bloch-Redfield residual %.3g exceeds %.3g", residual,
                    RESIDUAL_TOLERANCE * scale));
        }
        double minEig = StateChecks.minEigenvalue(rho);
        return new RedfieldSteadyState(new DensityMatrix(h.space(), rho), residual, trace, rho.hermiticityError(), minEig,
                cond, "Bloch-Redfield: bordered sparse LU (CSparse, AMD) in a real Hermitian operator basis",
                (System.nanoTime() - t0) * 1e-9);
    }

    /** M with row {@code traceRow} replaced by the functional t. */
    static RealCsc bordered(RealCsc m, double[] t, int traceRow) {
        int n = m.cols();
        int[] cp = m.colPtr();
        int[] ri = m.rowIdx();
        double[] v = m.values();
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(m.nnz() + n);
        DoubleList vals = new DoubleList(m.nnz() + n);
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                if (ri[p] != traceRow) {
                    rows.add(ri[p]);
                    vals.add(v[p]);
                }
            }
            if (t[j] != 0) {
                rows.add(traceRow);
                vals.add(t[j]);
            }
            colPtr[j + 1] = rows.size();
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray());
    }
}
