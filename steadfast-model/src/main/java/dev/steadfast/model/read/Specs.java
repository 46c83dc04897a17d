package dev.steadfast.model.read;

import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.Range;

/**
 * The parsed, not yet evaluated entries of a model file. Each remembers its line (1-based) and
 * its entry label for error messages.
 */
public final class Specs {
    private Specs() {
    }

    /** An expression with the text and line it came from. */
    public record Formula(Expr expr, String text, int line) { }

    /** {@code name: value} under {@code parameters:}. */
    public record Parameter(String name, Formula value) { }

    /**
     * A site declaration. {@code kind} is qubit, fermion, boson, spin, levels, ensemble or oscillator;
     * {@code size} is null for a single qubit, fermion or oscillator, the array length for
     * {@code {qubit: N}}, {@code {fermion: N}} and {@code {oscillator: N}}, the number of members for
     * {@code {ensemble: N}}, the cutoff, j or d otherwise.
     */
    public record SiteDecl(String name, String kind, Formula size, int line) {
        public boolean isArray() {
            return (kind.equals("qubit") || kind.equals("fermion") || kind.equals("oscillator")) && size != null;
        }

        /** {@code oscillator} or {@code {oscillator: N}}: a bosonic mode without truncation (Gaussian models). */
        public boolean isOscillator() {
            return kind.equals("oscillator");
        }

        /** {@code {ensemble: N}}: N identical qubits treated as permutation invariant. */
        public boolean isEnsemble() {
            return kind.equals("ensemble");
        }
    }

    /**
     * One entry of {@code dissipators:}; {@code entry} is its label, e.g. {@code dissipators[2] (hot)}.
     * {@code frequency} is the transition frequency of a thermal bath or the transition energy ε of a
     * lead; {@code chemicalPotential} is a lead's μ (null otherwise); {@code excitedFraction} is the r
     * of a {@code generalized_thermal} entry (null otherwise).
     */
    public record DissipatorDecl(String entry, String name, String type, Formula op, Formula rate,
                                 Formula frequency, Formula temperature, Range loop, int line, Formula chemicalPotential,
                                 Formula excitedFraction) {

        /** An entry of a kind with neither (lindblad, thermal). */
        public DissipatorDecl(String entry, String name, String type, Formula op, Formula rate,
                              Formula frequency, Formula temperature, Range loop, int line) {
            this(entry, name, type, op, rate, frequency, temperature, loop, line, null, null);
        }
    }

    /** {@code name: expression} under {@code measures:}. */
    public record MeasureDecl(String name, Formula value) { }
}
