package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import java.util.List;

/**
 * One bosonic bath of the hierarchy: {@code H_I = Q ⊗ Σ_j c_j (b_j + b_j†)} with spectral density
 * {@link BathSpectrum}, at temperature T > 0, its correlation function written with {@code terms}
 * Bose-function poles (beyond the spectrum's own poles) by {@code decomposition}.
 *
 * @param name          label for heat currents and reports
 * @param coupling      the Hermitian system operator Q (dense, on the system space)
 * @param spectrum      J(ω)
 * @param temperature   T > 0 (ħ = k_B = 1)
 * @param terms         number of Bose-function poles ≥ 0
 * @param decomposition Padé or Matsubara
 */
public record HeomBath(String name, CMatrix coupling, BathSpectrum spectrum, double temperature, int terms,
                       Decomposition decomposition) {

    public HeomBath {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("bath " + name + ": temperature must be > 0, got " + temperature);
        }
        if (terms < 0) {
            throw new IllegalArgumentException("bath " + name + ": terms must be >= 0, got " + terms);
        }
        if (coupling.rows() != coupling.cols() || coupling.hermiticityError() > 1e-12 * Math.max(1, coupling.frobeniusNorm())) {
            throw new IllegalArgumentException("bath " + name + ": the coupling operator Q must be Hermitian");
        }
    }

    /** The exponents of C(t) (QuTiP's convention, equal rates combined). */
    public List<BathExponent> exponents() {
        return spectrum.exponents(temperature, terms, decomposition);
    }

    /** The same bath with another number of terms. */
    public HeomBath withTerms(int t) {
        return new HeomBath(name, coupling, spectrum, temperature, t, decomposition);
    }
}
