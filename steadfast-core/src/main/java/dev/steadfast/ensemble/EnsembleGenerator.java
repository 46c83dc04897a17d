package dev.steadfast.ensemble;

import dev.steadfast.linalg.RealCsc;

/**
 * The generator of a permutation-invariant ensemble as a real sparse matrix: the Liouvillian
 * restricted to permutation-invariant operators, in real Hermitian coordinates per Dicke ladder
 * (all {@code C(N+3, 3)} of them, no symmetry shortcut), so that its spectrum is the part of the
 * Liouvillian spectrum that permutation-invariant states see: relaxation rates and the number of
 * steady states of the ensemble. For the spectrum, use
 * {@code Spectra.nearestZero(EnsembleGenerator.of(system), k, options)}.
 */
public final class EnsembleGenerator {
    private EnsembleGenerator() {
    }

    public static RealCsc of(EnsembleSystem system) {
        EnsembleLiouvillian l = EnsembleLiouvillian.of(system);
        EnsembleCoordinates coords = EnsembleCoordinates.full(system.ladders());
        return new EnsembleAssembler(l, coords).assemble(-1);
    }
}
