package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Eigensystem;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;

/**
 * Coherence of a state in the eigenbasis of a Hamiltonian H of the whole system (not of a
 * subsystem: the energy eigenbasis belongs to the whole space). Only coherence between different
 * energies counts, which makes both measures independent of the choice of eigenvectors inside a
 * degenerate level (levels within 1e-10·max(1, max|E|) are one level):
 * <ul>
 *   <li>{@code C_l1 = Σ_{E_i ≠ E_j} |ρ'_ij|}, ρ' = V†ρV in an orthonormal eigenbasis V of H;</li>
 *   <li>{@code C_re = S(Δ(ρ)) − S(ρ)} in bits, Δ the dephasing onto the eigenspaces of H
 *       (Σ_E P_E ρ P_E).</li>
 * </ul>
 * For a non-degenerate H they are the l1 and relative-entropy coherences of Baumgratz et al.
 * (PRL 113, 140401, 2014) in the energy eigenbasis; both vanish on any function of H (a Gibbs
 * state) and on every steady state of a secular (Davies) master equation with non-degenerate gaps.
 */
public final class EnergyCoherence {
    private EnergyCoherence() {
    }

    /** The l1 norm of coherence between different energies of H. */
    public static double l1(DensityMatrix rho, Operator h) {
        Eigensystem es = eigensystem(rho, h);
        CMatrix r = es.toEigenbasis(rho.matrix());
        double[] e = es.values();
        double tol = tolerance(e);
        double s = 0;
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e.length; j++) {
                if (Math.abs(e[i] - e[j]) > tol) {
                    s += Math.hypot(r.re(i, j), r.im(i, j));
                }
            }
        }
        return s;
    }

    /** The relative entropy of coherence S(Δ(ρ)) − S(ρ) in bits, Δ the dephasing in the energy eigenspaces of H. */
    public static double relativeEntropy(DensityMatrix rho, Operator h) {
        Eigensystem es = eigensystem(rho, h);
        CMatrix r = es.toEigenbasis(rho.matrix());
        double[] e = es.values();
        double tol = tolerance(e);
        CMatrix dephased = new CMatrix(e.length, e.length);
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e.length; j++) {
                if (Math.abs(e[i] - e[j]) <= tol) {
                    dephased.set(i, j, r.re(i, j), r.im(i, j));
                }
            }
        }
        double s = StateSpectra.shannon(StateSpectra.stateSpectrum("coherence_re_energy", "the whole system", dephased))
                - StateSpectra.shannon(StateSpectra.stateSpectrum("coherence_re_energy", "the whole system", rho.matrix()));
        return Math.max(0, s);
    }

    private static Eigensystem eigensystem(DensityMatrix rho, Operator h) {
        if (!rho.space().equals(h.space())) {
            throw new MeasureException("energy coherence: the state lives on " + rho.space() + ", the Hamiltonian on " + h.space());
        }
        return HermitianEigen.decompose(h.toDense());
    }

    private static double tolerance(double[] e) {
        return 1e-10 * Math.max(1, Math.max(Math.abs(e[0]), Math.abs(e[e.length - 1])));
    }
}
