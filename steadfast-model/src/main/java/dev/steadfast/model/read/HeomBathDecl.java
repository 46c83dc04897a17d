package dev.steadfast.model.read;

/**
 * One {@code type: heom} entry of {@code dissipators:}: a bosonic bath treated exactly by the
 * hierarchical equations of motion (see {@code dev.steadfast.heom}).
 *
 * @param entry         the entry label, e.g. {@code dissipators[2] (hot)}
 * @param name          the bath's name (the entry label when the file gives none)
 * @param coupling      the Hermitian system operator Q of {@code H_I = Q ⊗ Σ c_k (b_k + b_k†)}
 * @param spectrum      {@code drude_lorentz} or {@code underdamped}
 * @param lambda        λ (reorganisation energy for Drude–Lorentz, coupling for underdamped)
 * @param gamma         γ (cut-off, or damping of the underdamped mode)
 * @param w0            ω0 of the underdamped mode (null for Drude–Lorentz)
 * @param temperature   T > 0
 * @param terms         Bose-function poles beyond the spectrum's own terms
 * @param decomposition {@code pade} (default) or {@code matsubara}
 * @param depth         the hierarchy depth
 * @param line          the entry's line
 */
public record HeomBathDecl(String entry, String name, Specs.Formula coupling, String spectrum, Specs.Formula lambda,
                           Specs.Formula gamma, Specs.Formula w0, Specs.Formula temperature, Specs.Formula terms,
                           String decomposition, Specs.Formula depth, int line) {
}
