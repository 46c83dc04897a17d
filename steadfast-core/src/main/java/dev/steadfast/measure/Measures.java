package dev.steadfast.measure;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;

/**
 * Entanglement, information and coherence measures of density matrices.
 *
 * <p>Conventions: information quantities (entropy, mutual information, entanglement of
 * formation, log-negativity, relative entropy of coherence) are in bits (log base 2), so a Bell
 * pair has 1 ebit. Site lists are indices into the state's space; a measure on a subsystem first
 * traces out every other site. Negativity is {@code (||rho^{T_B}||_1 - 1)/2}. Coherence is taken
 * in the product basis of the listed sites. A measure applied where it has no meaning (the
 * concurrence of a qubit and a boson) throws {@link MeasureException} saying so.
 */
public final class Measures {
    private Measures() {
    }

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("not implemented yet");
    }

    /** Wootters concurrence of the two qubits {@code a}, {@code b} (the rest traced out). */
    public static double concurrence(DensityMatrix rho, int a, int b) { throw todo(); }

    /** Entanglement of formation of two qubits, in ebits (Wootters' formula). */
    public static double entanglementOfFormation(DensityMatrix rho, int a, int b) { throw todo(); }

    /** Negativity {@code (||rho_AB^{T_B}||_1 - 1)/2} of the bipartition A | B (rest traced out). */
    public static double negativity(DensityMatrix rho, int[] a, int[] b) { throw todo(); }

    /** Logarithmic negativity {@code log2 ||rho_AB^{T_B}||_1}. */
    public static double logNegativity(DensityMatrix rho, int[] a, int[] b) { throw todo(); }

    /** Von Neumann entropy of the reduced state of {@code sites}, in bits. */
    public static double entropy(DensityMatrix rho, int[] sites) { throw todo(); }

    /** Purity {@code Tr rho_A^2} of the reduced state. */
    public static double purity(DensityMatrix rho, int[] sites) { throw todo(); }

    /** Mutual information {@code S(A) + S(B) - S(AB)} in bits. */
    public static double mutualInformation(DensityMatrix rho, int[] a, int[] b) { throw todo(); }

    /** l1 coherence: sum of |off-diagonal| elements of the reduced state in the product basis. */
    public static double coherenceL1(DensityMatrix rho, int[] sites) { throw todo(); }

    /** Relative entropy of coherence {@code S(diag rho_A) - S(rho_A)} in bits. */
    public static double coherenceRelativeEntropy(DensityMatrix rho, int[] sites) { throw todo(); }

    /** Fidelity {@code <psi|rho_ab|psi>} of two qubits with a Bell state (level labels). */
    public static double bellFidelity(DensityMatrix rho, int a, int b, States.Bell bell) { throw todo(); }

    /** Uhlmann fidelity {@code (Tr sqrt(sqrt(rho) sigma sqrt(rho)))^2} between two states of one space. */
    public static double fidelity(DensityMatrix rho, DensityMatrix sigma) { throw todo(); }
}
