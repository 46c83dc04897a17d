package dev.steadfast.ensemble;

import java.util.ArrayList;
import java.util.List;

/**
 * The jump part {@code S_A(ρ) = Σ_{i=1..N} A_i ρ A_i†} of a local process on a
 * permutation-invariant state, split into transfers between Dicke blocks. One transfer maps the
 * source block σ_{J'} into the target block σ_J as
 * <pre>  σ_J(k + δ, l + δ) += w f(k) f(l) σ_{J'}(k, l)  </pre>
 * for every source entry (k, l), with a real weight w and real amplitudes f (zero where k + δ
 * falls outside the target).
 *
 * <h2>Derivation (see also Chase &amp; Geremia, PRA 78, 052101 (2008); Shammah et al., PRA 98, 063815 (2018))</h2>
 * For a permutation-invariant X, {@code A_i X A_i† = P_{iN} (A_N X A_N†) P_{iN}} and A_N X A_N† is
 * invariant under S_{N-1}, so {@code S_A(X) = N · T(A_N X A_N†)} with T the twirl over S_N.
 * By Schur's lemma T keeps, in each sector J, {@code Tr_{K_J}(Π_J Y Π_J)/d_J ⊗ 1}. Splitting
 * the N qubits as (N-1) ⊗ 1, the multiplicity space branches as
 * {@code K_J = ⊕_{j'=J±1/2} K'_{j'}} and V_J sits in {@code V_{j'} ⊗ C^2} by Clebsch–Gordan
 * coupling; A_N acts on the C^2 factor only. Hence, in the ρ_J normalisation,
 * <pre>
 *   S_A(X)_J = Σ_{j'=J±1/2} (N d'_{j'}/d_J) P_J A (X_{j'+1/2} ⊕ X_{j'-1/2}) A† P_J,
 *   N d'_{J-1/2}/d_J = 2J(N/2+J+1)/(2J+1),   N d'_{J+1/2}/d_J = (2J+2)(N/2-J)/(2J+1)
 * </pre>
 * (d' the degeneracies of N-1 qubits; the two weights sum to N, so A = 1 gives N X). With
 * {@code |J,M> = u |j',M-1/2>|1> + v |j',M+1/2>|0>}, where for J = j'+1/2
 * {@code u = sqrt((j'+M+1/2)/(2j'+1)), v = sqrt((j'-M+1/2)/(2j'+1))} and for J = j'-1/2
 * {@code u = -sqrt((j'-M+1/2)/(2j'+1)), v = sqrt((j'+M+1/2)/(2j'+1))} (Condon–Shortley), the
 * matrix element {@code <J,M|A|J',M'>} within j' is {@code f = u_{J'}(M') v_J(M'-1)} for A = sm,
 * {@code v_{J'}(M') u_J(M'+1)} for sp and {@code u_J u_{J'} - v_J v_{J'}} (at M = M') for sz.
 * For the stored blocks σ_J = d_J ρ_J the weight gains the factor d_J/d_{J'}.
 */
record LocalTransfer(int source, int target, int shift, double weight, double[] f) {

    /** Every transfer of {@code Σ_i A_i ρ A_i†} for the given process, at unit rate. */
    static List<LocalTransfer> of(LocalProcess process, DickeLadders lad) {
        List<LocalTransfer> out = new ArrayList<>();
        int n = lad.members();
        for (int t = 0; t < lad.blocks(); t++) {
            int twoJ = lad.twoJ(t);
            // j' = J - 1/2 and J + 1/2 (as 2j' = 2J -+ 1), when they exist for N-1 qubits
            for (int twoJp = twoJ - 1; twoJp <= twoJ + 1; twoJp += 2) {
                if (twoJp < 0 || twoJp > n - 1) {
                    continue;
                }
                double w = twoJp < twoJ
                        ? twoJ * (n / 2.0 + twoJ / 2.0 + 1) / (twoJ + 1)
                        : (twoJ + 2) * (n / 2.0 - twoJ / 2.0) / (twoJ + 1);
                for (int twoJs = twoJp - 1; twoJs <= twoJp + 1; twoJs += 2) {
                    int s = lad.blockOf(twoJs);
                    if (s < 0) {
                        continue;
                    }
                    double scaled = w * Math.exp(lad.logDegeneracy(t) - lad.logDegeneracy(s));
                    out.add(new LocalTransfer(s, t, process.mShift() + (twoJ - twoJs) / 2, scaled,
                            amplitudes(process, twoJp, twoJs, twoJ)));
                }
            }
        }
        return out;
    }

    /** f(k) = <J, M'+s| A |J', M'> inside V_{j'} ⊗ C^2, for source level k (M' = k - J'). */
    private static double[] amplitudes(LocalProcess p, int twoJp, int twoJs, int twoJt) {
        double[] f = new double[twoJs + 1];
        for (int k = 0; k <= twoJs; k++) {
            double m = k - twoJs / 2.0;
            double mt = m + p.mShift();
            if (Math.abs(mt) > twoJt / 2.0) {
                continue;
            }
            f[k] = switch (p) {
                case EMISSION -> up(twoJp, twoJs, m) * down(twoJp, twoJt, mt);
                case PUMPING -> down(twoJp, twoJs, m) * up(twoJp, twoJt, mt);
                case DEPHASING -> up(twoJp, twoJt, m) * up(twoJp, twoJs, m) - down(twoJp, twoJt, m) * down(twoJp, twoJs, m);
            };
        }
        return f;
    }

    /** Coefficient of |j', M-1/2>|1> in |J, M> (2j' = twoJp, 2J = twoJ). */
    static double up(int twoJp, int twoJ, double m) {
        double jp = twoJp / 2.0;
        double r = twoJ > twoJp ? (jp + m + 0.5) : -(jp - m + 0.5);
        return Math.signum(r) * Math.sqrt(Math.max(0, Math.abs(r)) / (twoJp + 1));
    }

    /** Coefficient of |j', M+1/2>|0> in |J, M>. */
    static double down(int twoJp, int twoJ, double m) {
        double jp = twoJp / 2.0;
        double r = twoJ > twoJp ? (jp - m + 0.5) : (jp + m + 0.5);
        return Math.sqrt(Math.max(0, r) / (twoJp + 1));
    }
}
