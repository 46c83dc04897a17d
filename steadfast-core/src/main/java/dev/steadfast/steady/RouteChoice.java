package dev.steadfast.steady;

import dev.steadfast.linalg.FillEstimate;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.PreconditionerCost;

/**
 * AUTO's choice between the routes, by estimated cost in floating-point operations, the same rule
 * for every generator:
 * <ul>
 *   <li>direct: the flops of the LU of the bordered generator predicted from its pattern
 *       ({@link FillEstimate}: the envelope in reverse Cuthill–McKee order, O(nnz)), weighted by
 *       {@value #DIRECT_FLOP_WEIGHT} because a sparse LU runs at a lower flop rate than the
 *       products and dense blocks of the iterative route;</li>
 *   <li>iterative: {@value #NOMINAL_ITERATIONS} GMRES iterations, each a product with the generator
 *       ({@code 2 nnz}) and an application of its preconditioner
 *       ({@link Generator#preconditionerCost()}), plus the preconditioner's construction.</li>
 * </ul>
 * Matrices small enough for the dense LU are always solved directly (microseconds; the estimate
 * would cost more than the solve). The constants were calibrated on the benchmark models (boundary-
 * driven chains with and without symmetry, driven qubits, a driven cavity, Dicke ensembles): see
 * docs/solvers.md.
 */
final class RouteChoice {
    static final int NOMINAL_ITERATIONS = 40;
    static final double DIRECT_FLOP_WEIGHT = 2.0;

    private RouteChoice() {
    }

    /** The estimates behind a choice. */
    record Estimate(double directFlops, double iterativeFlops) {
        boolean direct() {
            return directFlops <= iterativeFlops;
        }
    }

    /** The estimates; small enough for the dense LU: direct at no predicted cost. */
    static Estimate choose(Generator<?> g, RealCsc bordered) {
        if (LuFactorizations.isDense(bordered.cols())) {
            return new Estimate(0, Double.POSITIVE_INFINITY);
        }
        return estimate(g, bordered);
    }

    static Estimate estimate(Generator<?> g, RealCsc bordered) {
        double direct = DIRECT_FLOP_WEIGHT * FillEstimate.of(bordered).flops();
        PreconditionerCost p = g.preconditionerCost();
        double iterative = p.construction() + NOMINAL_ITERATIONS * (2.0 * bordered.nnz() + p.application());
        return new Estimate(direct, iterative);
    }
}
