package dev.steadfast.cli.sweep;

/**
 * How a sweep's points are evaluated, as summary.json records it ({@code evaluation},
 * {@code evaluation_detail}).
 *
 * @param kind   compiled once into a parametric generator, or instantiated at each point
 * @param detail what was compiled, or why the model could not be
 */
public record EvaluationPath(Kind kind, String detail) {

    /** The two evaluators; {@link #label()} is what summary.json holds. */
    public enum Kind {
        /** The model compiled once: a point assembles numbers into a fixed pattern, solves and measures. */
        COMPILED("compiled"),
        /** The model instantiated from its expressions at every point. */
        PER_POINT("per_point");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Per-point evaluation, for evaluators that have no other. */
    public static final EvaluationPath PER_POINT = new EvaluationPath(Kind.PER_POINT, "");
}
