package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;

/**
 * A filtering operation (a successful outcome of a local measurement with Kraus operator K):
 * ρ → K ρ K† / Tr(K ρ K†), the heralded state of Gisin's local filtering and of the
 * filtered-concurrence protocols (e.g. Tavakoli et al., Quantum 2, 73, 2018).
 */
public final class LocalFilter {
    private LocalFilter() {
    }

    /**
     * The filtered state K ρ K† / Tr(K ρ K†).
     *
     * @throws MeasureException when K and ρ live on different spaces, or when the filter never
     *                          succeeds on ρ (Tr(K ρ K†) ≤ 1e-14)
     */
    public static DensityMatrix apply(DensityMatrix rho, Operator k) {
        if (!rho.space().equals(k.space())) {
            throw new MeasureException("filter: the state lives on " + rho.space() + ", the filter on " + k.space());
        }
        CMatrix km = k.toDense();
        CMatrix out = km.times(rho.matrix()).times(km.adjoint());
        double p = out.traceRe();
        if (!(p > 1e-14)) {
            throw new MeasureException("filter: the filter never succeeds on this state (success probability " + p + ")");
        }
        return new DensityMatrix(rho.space(), out.scale(1 / p, 0));
    }

    /** The success probability Tr(K ρ K†) = Tr(K†K ρ). */
    public static double probability(DensityMatrix rho, Operator k) {
        return rho.expect(k.dag().times(k));
    }
}
