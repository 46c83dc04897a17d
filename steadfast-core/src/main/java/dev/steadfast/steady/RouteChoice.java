package dev.steadfast.steady;

import dev.steadfast.linalg.CsparseLU;
import dev.steadfast.linalg.FillEstimate;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.MinimumDegreeAnalysis;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.PreconditionerCost;
import java.util.Optional;

/**
 * AUTO's choice between the routes, by estimated cost in floating-point operations, the same rule
 * for every generator:
 * <ul>
 *   <li>direct: the flops of the LU of the bordered generator predicted from its pattern, weighted by
 *       {@value #DIRECT_FLOP_WEIGHT} because a sparse LU runs at a lower flop rate than the
 *       products and dense blocks of the iterative route. First the envelope in reverse
 *       Cuthill–McKee order ({@link FillEstimate}, O(nnz), an upper bound); when that bound alone does
 *       not settle the choice (it lies within a factor {@value #REFINE_RATIO} above the iterative
 *       estimate) and the matrix's diagonals are strong enough for the LU to keep them as pivots,
 *       the minimum-degree analysis the LU would make anyway ({@link MinimumDegreeAnalysis}: exact
 *       for diagonal pivots), which the LU then reuses;</li>
 *   <li>iterative: {@value #NOMINAL_ITERATIONS} GMRES iterations, each a product with the generator
 *       ({@code 2 nnz}), an application of its preconditioner ({@link Generator#preconditionerCost()})
 *       and the orthogonalisation ({@link #ORTHOGONALISATION} n), plus the preconditioner's
 *       construction.</li>
 * </ul>
 * Matrices small enough for the dense LU are always solved directly (microseconds; the estimate
 * would cost more than the solve). The constants were calibrated on the benchmark models (boundary-
 * driven chains with and without symmetry, driven qubits, a driven cavity, Dicke ensembles): see
 * docs/solvers.md.
 */
final class RouteChoice {
    static final int NOMINAL_ITERATIONS = 40;
    /**
     * Gram–Schmidt flops per unknown and iteration: classical Gram–Schmidt twice against the j
     * directions so far costs {@code 8 j n}, j averaging half the nominal count. Negligible beside a
     * dense preconditioner, it is most of an iteration where the generator has a few entries a
     * column and the preconditioner is a sparse LU (the driven cavity's charge blocks: 14 n for the
     * product, about 10 n for the preconditioner, 160 n for the orthogonalisation).
     */
    static final double ORTHOGONALISATION = 8.0 * NOMINAL_ITERATIONS / 2;
    static final double DIRECT_FLOP_WEIGHT = 2.0;
    /**
     * The envelope bound exceeds the minimum-degree flops by up to about 6 on the benchmark
     * Liouvillians (the driven cavity at 200 levels); beyond this ratio the analysis is not worth
     * its time (docs/solvers.md).
     */
    static final double REFINE_RATIO = 25.0;

    private RouteChoice() {
    }

    /** Fewest GMRES iterations AUTO allows before it may switch to LU. */
    static final int MIN_BUDGET = 60;

    /**
     * The estimates behind a choice.
     *
     * @param directFlops       predicted cost of the direct route (weighted)
     * @param iterativeFlops    predicted cost of the iterative route at the nominal iteration count
     * @param flopsPerIteration one GMRES iteration: a product with the generator and a preconditioner application
     */
    record Estimate(double directFlops, double iterativeFlops, double flopsPerIteration,
                    Optional<MinimumDegreeAnalysis> analysis) {
        boolean direct() {
            return directFlops <= iterativeFlops;
        }

        /**
         * GMRES iterations AUTO spends before it switches to LU: as many as the direct route is
         * predicted to cost (at least {@value #MIN_BUDGET}), so that a GMRES that converges far more
         * slowly than the nominal count (a strongly driven cavity, where the secular preconditioner is
         * poor) never costs much more than the factorisation it was chosen over.
         */
        int iterationBudget() {
            double b = Math.ceil(directFlops / Math.max(1, flopsPerIteration));
            return (int) Math.max(MIN_BUDGET, Math.min(Integer.MAX_VALUE, b));
        }
    }

    /** The estimates; small enough for the dense LU: direct at no predicted cost. */
    static Estimate choose(Generator<?> g, RealCsc bordered) {
        SteadyStates.requireFinite(g, bordered);
        if (LuFactorizations.isDense(bordered.cols())) {
            return new Estimate(0, Double.POSITIVE_INFINITY, 1, Optional.empty());
        }
        return estimate(g, bordered);
    }

    /**
     * Columns whose diagonal is below the LU's pivot threshold of the column's largest entry: where
     * there are more than this fraction of them, threshold pivoting leaves the diagonal often and the
     * minimum-degree counts (made for diagonal pivots) underestimate the factor (two double quantum
     * dots and a cavity, 42 % weak columns: 3.7 M nonzeros instead of the predicted 1.6 M).
     */
    static final double WEAK_DIAGONAL_FRACTION = 0.05;

    /** Whether the LU will mostly keep diagonal pivots, judged from the matrix itself. */
    static boolean diagonalPivotsLikely(RealCsc m) {
        int n = m.cols();
        int[] cp = m.colPtr();
        int[] ri = m.rowIdx();
        double[] v = m.values();
        int weak = 0;
        for (int j = 0; j < n; j++) {
            double diagonal = 0;
            double largest = 0;
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                double a = Math.abs(v[p]);
                largest = Math.max(largest, a);
                if (ri[p] == j) {
                    diagonal = a;
                }
            }
            if (diagonal < CsparseLU.PIVOT_THRESHOLD * largest || diagonal == 0) {
                weak++;
            }
        }
        return weak <= WEAK_DIAGONAL_FRACTION * n;
    }

    static Estimate estimate(Generator<?> g, RealCsc bordered) {
        double envelope = DIRECT_FLOP_WEIGHT * FillEstimate.of(bordered).flops();
        PreconditionerCost p = g.preconditionerCost();
        double perIteration = 2.0 * bordered.nnz() + p.application() + ORTHOGONALISATION * bordered.cols();
        double iterative = p.construction() + NOMINAL_ITERATIONS * perIteration;
        if (envelope <= iterative || envelope > REFINE_RATIO * iterative || !diagonalPivotsLikely(bordered)) {
            return new Estimate(envelope, iterative, perIteration, Optional.empty());
        }
        MinimumDegreeAnalysis analysis = MinimumDegreeAnalysis.of(bordered);
        double direct = DIRECT_FLOP_WEIGHT * analysis.flops();
        return new Estimate(Math.min(direct, envelope), iterative, perIteration, Optional.of(analysis));
    }
}
