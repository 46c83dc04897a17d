package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;

/**
 * Entanglement, information and coherence measures of density matrices.
 *
 * <p>Conventions: information quantities (entropy, mutual information, entanglement of
 * formation, log-negativity, relative entropy of coherence, discord) are in bits (log base 2),
 * so a Bell pair has 1 ebit. Site lists are indices into the state's space; a measure on a
 * subsystem first traces out every other site ({@link DensityMatrix#partialTrace}, which keeps
 * the listed order). Negativity is {@code (||rho^{T_B}||_1 - 1)/2}. Coherence is taken in the
 * product basis of the listed sites. States are assumed normalised (trace 1).
 *
 * <p>Qubits are sites of kind QUBIT, or SPIN / LEVELS sites of dimension 2; bosons never are.
 * A measure applied where it has no meaning (the concurrence of a qubit and a boson), an empty
 * or repeated site list, overlapping lists A and B, an index outside the space, states of two
 * different spaces, or a state with an eigenvalue below {@code -1e-12} where the measure needs
 * a positive one, throw {@link MeasureException} with a message naming the measure and the sites.
 * Eigenvalues in {@code (-1e-12, 0)} are treated as round-off and clipped to 0 inside entropies
 * and square roots; the negative eigenvalues of a partial transpose are the negativity itself
 * and are never clipped.
 *
 * <p>Cost: the two-qubit measures work on 4x4 matrices with a complex Jacobi eigensolver
 * (microseconds); other reductions up to dimension 16 use it too, larger ones
 * {@link dev.steadfast.linalg.HermitianEigen}.
 */
public final class Measures {
    private Measures() {
    }

    /**
     * Wootters concurrence {@code C = max(0, l1 - l2 - l3 - l4)} of the two qubits a, b (rest
     * traced out), l_i the decreasing square roots of the eigenvalues of
     * {@code sqrt(rho) rho~ sqrt(rho)}, {@code rho~ = (sy ⊗ sy) rho* (sy ⊗ sy)}. {@code 0 <= C <= 1}.
     */
    public static double concurrence(DensityMatrix rho, int a, int b) {
        DensityMatrix ab = SiteArguments.twoQubits("concurrence", rho, a, b);
        return Wootters.concurrence(SiteArguments.names(rho, a, b), ab.matrix());
    }

    /** Entanglement of formation {@code E_F = h((1 + sqrt(1 - C^2))/2)} of two qubits, in ebits (Wootters). */
    public static double entanglementOfFormation(DensityMatrix rho, int a, int b) {
        DensityMatrix ab = SiteArguments.twoQubits("entanglement_of_formation", rho, a, b);
        return Wootters.entanglementOfFormation(Wootters.concurrence(SiteArguments.names(rho, a, b), ab.matrix()));
    }

    /**
     * Negativity {@code (||rho_AB^{T_B}||_1 - 1)/2} of the bipartition A | B (rest traced out, B
     * transposed), computed as the sum of the moduli of the negative eigenvalues of
     * {@code rho_AB^{T_B}} (equal for a unit-trace state, and never negative through rounding).
     */
    public static double negativity(DensityMatrix rho, int[] a, int[] b) {
        return StateSpectra.negativePart(partialTranspose("negativity", rho, a, b));
    }

    /** Logarithmic negativity {@code E_N = log2 ||rho_AB^{T_B}||_1}. */
    public static double logNegativity(DensityMatrix rho, int[] a, int[] b) {
        // ||rho^{T_B}||_1 = 1 + 2 N for a unit-trace state; written so that a PPT state gives exactly 0
        return Math.log1p(2 * StateSpectra.negativePart(partialTranspose("log_negativity", rho, a, b))) / Math.log(2);
    }

    /** Von Neumann entropy {@code S(rho_A) = -Tr rho_A log2 rho_A} of the reduced state of {@code sites}, in bits. */
    public static double entropy(DensityMatrix rho, int[] sites) {
        DensityMatrix r = SiteArguments.subsystem("entropy", rho, sites);
        return vonNeumann("entropy", SiteArguments.names(rho, sites), r.matrix());
    }

    /** Purity {@code Tr rho_A^2} of the reduced state, in {@code [1/d_A, 1]}. */
    public static double purity(DensityMatrix rho, int[] sites) {
        return SiteArguments.subsystem("purity", rho, sites).purity();
    }

    /** Mutual information {@code I(A:B) = S(A) + S(B) - S(AB)} in bits, in {@code [0, 2 min(log2 d_A, log2 d_B)]}. */
    public static double mutualInformation(DensityMatrix rho, int[] a, int[] b) {
        int[] ab = SiteArguments.bipartition("mutual_information", rho, a, b);
        DensityMatrix r = SiteArguments.reduce(rho, ab);
        DensityMatrix ra = r.partialTrace(SiteArguments.range(0, a.length));
        DensityMatrix rb = r.partialTrace(SiteArguments.range(a.length, ab.length));
        String m = "mutual_information";
        return vonNeumann(m, SiteArguments.names(rho, a), ra.matrix()) + vonNeumann(m, SiteArguments.names(rho, b), rb.matrix())
                - vonNeumann(m, SiteArguments.names(rho, ab), r.matrix());
    }

    /** l1 coherence {@code sum_{i != j} |rho_ij|} of the reduced state in the product basis of the sites. */
    public static double coherenceL1(DensityMatrix rho, int[] sites) {
        return Coherence.l1(SiteArguments.subsystem("coherence_l1", rho, sites).matrix());
    }

    /** Relative entropy of coherence {@code S(diag rho_A) - S(rho_A)} in bits, in the product basis of the sites. */
    public static double coherenceRelativeEntropy(DensityMatrix rho, int[] sites) {
        DensityMatrix r = SiteArguments.subsystem("coherence_re", rho, sites);
        return Coherence.relativeEntropy(SiteArguments.names(rho, sites), r.matrix());
    }

    /** Fidelity {@code <B|rho_ab|B>} of two qubits with a Bell state (level labels, a the first qubit). */
    public static double bellFidelity(DensityMatrix rho, int a, int b, States.Bell bell) {
        return Fidelities.overlap(SiteArguments.twoQubits("fidelity", rho, a, b).matrix(), bell.amplitudes());
    }

    /**
     * Uhlmann fidelity {@code F = (Tr sqrt(sqrt(rho) sigma sqrt(rho)))^2} between two states of one
     * space (squared convention: {@code F = <psi|sigma|psi>} for a pure rho); symmetric, in [0, 1].
     */
    public static double fidelity(DensityMatrix rho, DensityMatrix sigma) {
        SiteArguments.requireSameSpace("fidelity", rho, sigma);
        return Fidelities.uhlmann(rho.matrix(), sigma.matrix());
    }

    /**
     * Ollivier-Zurek quantum discord {@code D(A|B) = I(A:B) - max_{Pi_b} J} of the qubits a, b
     * (rest traced out), one-way, measuring qubit b with projective measurements
     * {@code (I +- n.sigma)/2} minimised over the Bloch sphere (coarse grid, then Nelder-Mead
     * refinement; see {@link Discord}). In bits, {@code 0 <= D <= 1}; equals the entanglement
     * entropy for pure states and vanishes on states classical on b.
     */
    public static double discord(DensityMatrix rho, int a, int b) {
        DensityMatrix ab = SiteArguments.twoQubits("discord", rho, a, b);
        return Discord.discord(SiteArguments.names(rho, a, b), ab.matrix());
    }

    /** The partial transpose over B of the reduced state on A ∪ B. */
    private static CMatrix partialTranspose(String measure, DensityMatrix rho, int[] a, int[] b) {
        int[] ab = SiteArguments.bipartition(measure, rho, a, b);
        DensityMatrix r = SiteArguments.reduce(rho, ab);
        return r.partialTranspose(SiteArguments.range(a.length, ab.length));
    }

    private static double vonNeumann(String measure, String what, CMatrix rho) {
        return StateSpectra.shannon(StateSpectra.stateSpectrum(measure, what, rho));
    }
}
