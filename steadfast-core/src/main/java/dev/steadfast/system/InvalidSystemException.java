package dev.steadfast.system;

/**
 * A system description that makes no physical or mathematical sense: a non-Hermitian
 * Hamiltonian, a negative rate or temperature, a thermal operator that is not a lowering
 * operator, operators of different spaces. The message names the offending term.
 */
public class InvalidSystemException extends IllegalArgumentException {
    private final String term;

    public InvalidSystemException(String term, String problem) {
        super(term == null ? problem : term + ": " + problem);
        this.term = term;
    }

    /** The label of the offending term (e.g. a dissipator name), or null. */
    public String term() {
        return term;
    }
}
