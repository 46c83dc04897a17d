package dev.steadfast.cli.sweep;

import java.util.Map;

/**
 * Computes one point of a sweep. Called from several threads at once: implementations must be
 * thread-safe. A failure that concerns only this point is returned as an outcome, not thrown.
 */
@FunctionalInterface
public interface PointEvaluator {
    /** Evaluates the point whose grid parameters have the given values. */
    PointOutcome evaluate(Map<String, Double> point);

    /** How the points are evaluated (summary.json). */
    default EvaluationPath evaluation() {
        return EvaluationPath.PER_POINT;
    }
}
