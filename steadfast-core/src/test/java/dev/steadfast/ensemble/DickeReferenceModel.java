package dev.steadfast.ensemble;

/**
 * The model of {@code bench/qutip/dicke_steady.py}, against whose PIQS values
 * {@link EnsembleReferenceTest} checks: N members, H = jz + 0.5 jx; collective emission 1, local
 * emission 1, local pumping 0.5, PIQS local dephasing 0.1 (our rate 0.025). The benchmark builds
 * the same model ({@code dev.steadfast.bench.BenchModels.dicke}).
 */
final class DickeReferenceModel {
    private DickeReferenceModel() {
    }

    /** The model for N members. */
    static EnsembleSystem of(int n) {
        return EnsembleSystem.builder(n)
                .hamiltonian(CollectiveOperator.jz().plus(CollectiveOperator.jx().scale(0.5)))
                .collectiveJump("collective emission", CollectiveOperator.jm(), 1.0)
                .local(LocalProcess.EMISSION, 1.0)
                .local(LocalProcess.PUMPING, 0.5)
                .local(LocalProcess.DEPHASING, EnsembleSystem.dephasingRateFromPiqs(0.1))
                .build();
    }
}
