package dev.steadfast.liouville;

/** The symmetry a generator's coordinates exploit, and how far it reduces the problem. */
public sealed interface Symmetry {

    /** Real unknowns solved for. */
    long unknowns();

    /** A sentence for people (never parsed). */
    String describe();

    /** No symmetry: all {@code d^2} Hermitian coordinates. */
    record None(long unknowns) implements Symmetry {
        @Override
        public String describe() {
            return "none";
        }
    }

    /** A conserved excitation number: only the charge-neutral sector (the steady state lives there). */
    record ChargeNeutral(long unknowns, long fullUnknowns) implements Symmetry {
        @Override
        public String describe() {
            return "conserved excitation number: charge-neutral sector, " + unknowns + " of " + fullUnknowns + " unknowns";
        }
    }

    /**
     * Permutation invariance of an ensemble: one block per Dicke ladder; with a conserved jz and
     * jumps of fixed m shift, only the populations m = m'.
     */
    record Permutation(int ladders, boolean populationsOnly, long unknowns, long allUnknowns) implements Symmetry {
        @Override
        public String describe() {
            return "permutation invariance: " + ladders + " Dicke ladders"
                    + (populationsOnly ? "; jz rotation: populations only, " + unknowns + " of " + allUnknowns + " unknowns"
                            : ", " + unknowns + " unknowns");
        }
    }
}
