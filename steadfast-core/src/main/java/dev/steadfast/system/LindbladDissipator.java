package dev.steadfast.system;

import dev.steadfast.operator.Operator;
import java.util.List;

/**
 * A plain Lindblad channel {@code rate * (L rho L† - 1/2 {L†L, rho})}. A collective jump is
 * simply an operator that is a sum over sites, e.g. {@code sm(q1) + sm(q2)}.
 */
public record LindbladDissipator(String name, Operator op, double rate) implements Dissipator {
    public LindbladDissipator {
        Validation.requireRate(name, rate);
    }

    @Override
    public List<Jump> jumps() {
        return List.of(new Jump(op, rate, name));
    }
}
