package dev.steadfast.heom;

import java.util.ArrayList;
import java.util.List;

/**
 * A bosonic spectral density J(ω) (odd in ω) whose correlation function
 * {@code C(t) = (1/π) ∫_0^∞ dω J(ω) [coth(βω/2) cos ωt − i sin ωt]} is a finite sum of exponents:
 * the terms from the poles of J (exact, {@link #principalTerms}) plus the terms from the poles of
 * {@code coth(βω/2)} at {@code ω = iν_j}, each {@code c_j = w_j (2i/β) J(iν_j)} with rate ν_j
 * (Matsubara: {@code ν_j = 2πj/β}, {@code w_j = 1}; Padé: {@link PadePoles}).
 */
public sealed interface BathSpectrum permits DrudeLorentzSpectrum, UnderdampedSpectrum {

    /** The exponents from the poles of J(ω) at inverse temperature β, before combination. */
    List<BathExponent> principalTerms(double beta);

    /** {@code g(ν)} with {@code J(iν) = i g(ν)}, ν > 0 real. */
    double onImaginaryAxis(double nu);

    /** J(ω). */
    double density(double omega);

    /** The reorganisation energy {@code (1/π) ∫ J(ω)/ω dω}. */
    double reorganisationEnergy();

    /**
     * The exponents of C(t) at temperature T with {@code terms} pole terms of the Bose function,
     * terms of equal rate combined into {@link BathExponent.Kind#RI} ones (as QuTiP does).
     */
    default List<BathExponent> exponents(double temperature, int terms, Decomposition decomposition) {
        double beta = 1 / temperature;
        List<BathExponent> out = new ArrayList<>(principalTerms(beta));
        PadePoles poles = decomposition == Decomposition.PADE ? PadePoles.of(terms) : PadePoles.matsubara(terms);
        for (int j = 0; j < terms; j++) {
            double nu = poles.xi()[j] / beta;
            double c = -poles.weights()[j] * (2 / beta) * onImaginaryAxis(nu);
            out.add(new BathExponent(BathExponent.Kind.R, Complex.real(c), Complex.ZERO, Complex.real(nu)));
        }
        for (BathExponent e : out) {
            if (!Double.isFinite(e.ck().abs()) || !Double.isFinite(e.ck2().abs())) {
                throw new IllegalArgumentException("the bath's cut-off coincides with a pole of the Bose function at T = "
                        + temperature + " (an infinite coefficient); change the temperature or the number of terms slightly");
            }
        }
        return combine(out);
    }

    /** Merges each I term into an R term of the same rate, giving one RI term. */
    static List<BathExponent> combine(List<BathExponent> terms) {
        List<BathExponent> out = new ArrayList<>();
        List<BathExponent> imaginary = new ArrayList<>();
        for (BathExponent e : terms) {
            (e.kind() == BathExponent.Kind.I ? imaginary : out).add(e);
        }
        for (BathExponent im : imaginary) {
            int match = -1;
            for (int i = 0; i < out.size() && match < 0; i++) {
                if (out.get(i).kind() == BathExponent.Kind.R && out.get(i).vk().near(im.vk(), 1e-12)) {
                    match = i;
                }
            }
            if (match >= 0) {
                BathExponent r = out.get(match);
                out.set(match, new BathExponent(BathExponent.Kind.RI, r.ck(), im.ck(), r.vk()));
            } else {
                out.add(im);
            }
        }
        return List.copyOf(out);
    }
}
