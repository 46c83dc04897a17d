package dev.steadfast.cli.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of evaluating one point of a sweep.
 *
 * @param status   what became of the point
 * @param measures measure name → value in model order (empty unless {@link PointStatus#OK})
 * @param seconds  wall-clock seconds the point took
 * @param message  why the point failed or is not unique; empty when OK
 */
public record PointOutcome(PointStatus status, Map<String, Double> measures, double seconds, String message) {

    public PointOutcome {
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        message = message == null ? "" : message;
    }

    public static PointOutcome ok(Map<String, Double> measures, double seconds) {
        return new PointOutcome(PointStatus.OK, measures, seconds, "");
    }

    public static PointOutcome failure(PointStatus status, String message, double seconds) {
        return new PointOutcome(status, Map.of(), seconds, message);
    }
}
