package dev.steadfast.steady;

import dev.steadfast.linalg.FillEstimate;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;

/**
 * AUTO's choice between the routes, by estimated cost in floating-point operations, the same rule
 * for every generator:
 * <ul>
 *   <li>direct: the flops of the LU of the bordered generator predicted by a symbolic analysis
 *       ({@link FillEstimate}: AMD ordering and column counts of the symmetrised pattern);</li>
 *   <li>iterative: {@value #NOMINAL_ITERATIONS} GMRES iterations, each a product with the generator
 *       ({@code 2 nnz}) and an application of its preconditioner
 *       ({@link Generator#preconditionerCost()}, construction included), weighted by
 *       {@value #KRYLOV_OVERHEAD} for the orthogonalisation and the uniqueness probe.</li>
 * </ul>
 * Matrices small enough for the dense LU are always solved directly (microseconds; the estimate
 * would cost more than the solve). The constants were calibrated on the benchmark models (boundary-
 * driven chains with and without symmetry, driven qubits, a driven cavity, Dicke ensembles): see
 * docs/solvers.md.
 */
final class RouteChoice {
    static final int NOMINAL_ITERATIONS = 40;
    static final double KRYLOV_OVERHEAD = 3.0;

    private RouteChoice() {
    }

    /** The estimates behind a choice. */
    record Estimate(double directFlops, double iterativeFlops) {
        boolean direct() {
            return directFlops <= iterativeFlops;
        }
    }

    static boolean preferDirect(Generator<?> g, RealCsc bordered) {
        if (LuFactorizations.isDense(bordered.cols())) {
            return true;
        }
        return estimate(g, bordered).direct();
    }

    static Estimate estimate(Generator<?> g, RealCsc bordered) {
        double direct = FillEstimate.of(bordered).flops();
        double iterative = KRYLOV_OVERHEAD * NOMINAL_ITERATIONS * (2.0 * bordered.nnz() + g.preconditionerCost());
        return new Estimate(direct, iterative);
    }
}
