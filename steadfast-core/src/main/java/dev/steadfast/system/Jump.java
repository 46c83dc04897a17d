package dev.steadfast.system;

import dev.steadfast.operator.Operator;

/**
 * One Lindblad channel: {@code rate * (L rho L† - 1/2 {L†L, rho})}.
 *
 * @param op     the jump operator L
 * @param rate   the non-negative rate
 * @param source the name or label of the dissipator this channel belongs to
 */
public record Jump(Operator op, double rate, String source) {
}
