package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.state.DensityMatrix;
import java.util.List;

/**
 * A state of the hierarchy: the system density matrix and every auxiliary density operator (ADO),
 * in the order of {@link Hierarchy} (index 0 is the system ρ, unnormalised ADOs as in QuTiP: no
 * rescaling by {@code sqrt(n! |c|^n)}). ADOs are not Hermitian; {@code ρ_σ(n) = ρ_n†}.
 *
 * @param equations the hierarchy this is a state of (its baths, exponents and truncation)
 * @param system    the reduced density matrix of the system
 * @param ados      all ADOs, {@code ados.get(0) == system.matrix()}
 */
public record HeomState(HeomSystem equations, DensityMatrix system, List<CMatrix> ados) {

    public HeomState {
        ados = List.copyOf(ados);
        if (ados.isEmpty() || ados.get(0) != system.matrix()) {
            throw new IllegalArgumentException("ADO 0 must be the system density matrix");
        }
        if (ados.size() != equations.hierarchy().size()) {
            throw new IllegalArgumentException(ados.size() + " ADOs for a hierarchy of " + equations.hierarchy().size());
        }
    }

    /** The product state ρ ⊗ ρ_B of the baths in equilibrium: ρ, and every other ADO zero. */
    public static HeomState uncorrelated(HeomSystem equations, DensityMatrix rho) {
        java.util.List<CMatrix> ados = new java.util.ArrayList<>();
        ados.add(rho.matrix());
        for (int i = 1; i < equations.hierarchy().size(); i++) {
            ados.add(new CMatrix(rho.dimension(), rho.dimension()));
        }
        return new HeomState(equations, rho, ados);
    }

    /** ADO i. */
    public CMatrix ado(int i) { return ados.get(i); }
}
