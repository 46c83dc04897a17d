package dev.steadfast.model;

import java.util.List;
import java.util.Map;

/**
 * The {@code reference:} block of a model: published or closed-form values the model must
 * reproduce, checked by the catalogue tests.
 *
 * <pre>
 * reference:
 *   source: "Brask et al., NJP 17, 113029 (2015), closed form"
 *   unique: true                 # optional; false when the steady state is known not to be unique
 *   checks:
 *     - {measure: C, value: 0.0815230371, tolerance: 1e-8}
 *     - {measure: C, value: 0.0555305267, tolerance: 1e-8, at: {g: 0.05}}   # at: parameter overrides
 *     - {measure: C, value: 0.3711, tolerance: 1e-8, initial: psi, time: 0.5}  # evolved from a named state
 *     - {measure: C, value: 0.5, tolerance: 1e-9, initial: psi}                 # the steady state psi relaxes to
 *     - {measure: C, value: 0.4718, tolerance: 1e-9, gibbs: 1.0}               # the Gibbs state e^(-H/T)/Z at T = 1
 * </pre>
 *
 * @param source where the numbers come from
 * @param unique whether the steady state is unique, or null when the block does not say
 * @param checks the values to reproduce
 */
public record Reference(String source, Boolean unique, List<Check> checks) {
    /** The reference of a model without a {@code reference:} block. */
    public static final Reference NONE = new Reference("", null, List.of());

    /**
     * One expected value.
     *
     * @param measure   a measure name of the model
     * @param value     the expected value
     * @param tolerance the allowed absolute deviation
     * @param at        parameter overrides (empty for the defaults), in file order
     * @param line      the line of the check in the model file
     * @param initial   a named initial state ({@code initial_states:}) or null: with it, the check
     *                  is on the state evolved from it for {@code time}, or, without a time, on the
     *                  steady state it relaxes to (exactly, also when the steady state is not unique)
     * @param time      the evolution time, or null
     * @param gibbs     a temperature or null: with it, the check is on the Gibbs state e^(−H/T)/Z
     *                  ({@link ModelInstance#gibbs}), not on a steady state
     */
    public record Check(String measure, double value, double tolerance, Map<String, Double> at, int line,
                        String initial, Double time, Double gibbs) {
        /** A check of the steady state (no initial state). */
        public Check(String measure, double value, double tolerance, Map<String, Double> at, int line) {
            this(measure, value, tolerance, at, line, null, null, null);
        }

        /** A check of the steady state or of a state evolved from an initial state. */
        public Check(String measure, double value, double tolerance, Map<String, Double> at, int line,
                     String initial, Double time) {
            this(measure, value, tolerance, at, line, initial, time, null);
        }

        /** Whether this is a check of the (unique) steady state, without an initial state. */
        public boolean isSteady() {
            return initial == null && gibbs == null;
        }

        /** Whether this is a check of the Gibbs state at temperature {@link #gibbs}. */
        public boolean isGibbs() {
            return gibbs != null;
        }
    }

    /** The checks of the unique steady state (those without an initial state). */
    public List<Check> steadyChecks() {
        return checks.stream().filter(Check::isSteady).toList();
    }
}
