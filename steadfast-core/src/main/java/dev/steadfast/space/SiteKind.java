package dev.steadfast.space;

/** The kinds of site a composite space is made of. Level 0 is the ground state of every kind. */
public enum SiteKind {
    /** A two-level system: level 1 is excited, {@code sz = |1><1| - |0><0|}. */
    QUBIT,
    /** A spin-j with 2j+1 levels; level k has {@code jz = k - j}. */
    SPIN,
    /** A d-level system with no further structure. */
    LEVELS,
    /** A bosonic mode truncated to Fock levels 0 .. cutoff-1. */
    BOSON,
    /**
     * A spinless fermionic mode: level 0 empty, level 1 occupied. Its operators carry
     * Jordan–Wigner strings over the fermion sites before it (see {@code dev.steadfast.transport.Fermions}).
     */
    FERMION
}
