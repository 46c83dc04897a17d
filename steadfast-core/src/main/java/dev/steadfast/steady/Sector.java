package dev.steadfast.steady;

import dev.steadfast.liouville.HermitianBasis;
import java.util.Optional;

/**
 * The coordinates a solver works in: the charge-neutral sector of a conserved excitation number,
 * or all Hermitian coordinates when there is none, with the sentence the diagnostics report.
 */
record Sector(HermitianBasis basis, String symmetry) {

    static Sector of(int hilbertDimension, Optional<int[]> charge) {
        if (charge.isEmpty()) {
            return new Sector(HermitianBasis.full(hilbertDimension), "none");
        }
        HermitianBasis b = HermitianBasis.chargeNeutral(charge.get());
        return new Sector(b, "conserved excitation number: charge-neutral sector, " + b.size() + " of "
                + (long) hilbertDimension * hilbertDimension + " unknowns");
    }
}
