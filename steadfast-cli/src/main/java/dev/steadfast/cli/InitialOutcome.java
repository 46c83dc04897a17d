package dev.steadfast.cli;

import dev.steadfast.spectrum.AsymptoticState;
import java.util.Map;

/**
 * What {@code steady --initial STATE} adds: either the remark that the steady state is unique
 * (the initial state changes nothing), or the exact state reached from the initial state when it
 * is not ({@code reached}, with its measures).
 *
 * @param state    the STATE text as given
 * @param reached  the asymptotic state, or null when the steady state is unique
 * @param measures the measures on the reached state, or null
 */
record InitialOutcome(String state, AsymptoticState<?> reached, Map<String, Double> measures) {
    String uniqueNote() {
        return "--initial " + state + " changes nothing: the steady state is unique";
    }
}
