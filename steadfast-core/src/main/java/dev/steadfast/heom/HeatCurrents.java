package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;

/**
 * Heat current of each bath of a hierarchy state, from the first-tier ADOs (Kato & Tanimura,
 * J. Chem. Phys. 145, 224105 (2016); the {@code bath_heat_current} of QuTiP's heat-transport
 * tutorial, with the opposite sign): the energy per unit time flowing <em>from</em> bath b
 * <em>into</em> the system,
 * <pre>
 *   J_b = −Re[ Σ_{k ∈ b} ν_k Tr(Q_b ρ_{e_k}) − 2 (Σ_{k ∈ b} c'_k) Tr(Q_b² ρ) ],
 * </pre>
 * c'_k the coefficients of the imaginary part of C(t) ({@link BathExponent#imaginaryPartCoefficient}).
 * Positive for a hot bath feeding a colder one; in a steady state with baths only, Σ_b J_b = 0.
 */
public final class HeatCurrents {
    private HeatCurrents() {
    }

    /** J_b for bath index b of the system. */
    public static double of(HeomSystem system, HeomState state, int bath) {
        Hierarchy h = system.hierarchy();
        CMatrix q = system.baths().get(bath).coupling();
        double re = 0;
        Complex imaginarySum = Complex.ZERO;
        for (int k = 0; k < h.exponentCount(); k++) {
            if (system.bathOf(k) != bath) {
                continue;
            }
            BathExponent e = system.exponents().get(k);
            int i = h.neighbour(0, k, 1);
            if (i >= 0) {
                CMatrix qr = q.times(state.ado(i));
                re += new Complex(qr.traceRe(), qr.traceIm()).times(e.vk()).re();
            }
            imaginarySum = imaginarySum.plus(e.imaginaryPartCoefficient());
        }
        CMatrix qqr = q.times(q).times(state.ado(0));
        re -= 2 * new Complex(qqr.traceRe(), qqr.traceIm()).times(imaginarySum).re();
        return -re;
    }

    /** J_b for the bath called {@code name} of the state's own hierarchy. */
    public static double of(HeomState state, String name) {
        return of(state.equations(), state, name);
    }

    /** J_b for the bath called {@code name}. */
    public static double of(HeomSystem system, HeomState state, String name) {
        for (int b = 0; b < system.baths().size(); b++) {
            if (system.baths().get(b).name().equals(name)) {
                return of(system, state, b);
            }
        }
        throw new IllegalArgumentException("no HEOM bath called " + name);
    }
}
