package dev.steadfast.model.read;

import java.util.List;

/**
 * A named initial state under {@code initial_states:}: a density matrix (rows of real and
 * imaginary parts) or a ket (a vector, normalised when used), with entries that are expressions
 * of the parameters.
 *
 * @param name  the state's name ({@code --initial NAME})
 * @param ket   true for {@code ket:}, false for {@code matrix:}
 * @param re    real parts: the rows of the matrix, or one row holding the ket
 * @param im    imaginary parts in the same shape, or null when absent (zero)
 * @param line  the line of the entry
 */
public record InitialStateDecl(String name, boolean ket, List<List<Specs.Formula>> re, List<List<Specs.Formula>> im,
                               int line) {
}
