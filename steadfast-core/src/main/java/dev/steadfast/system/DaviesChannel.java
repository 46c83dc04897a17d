package dev.steadfast.system;

import dev.steadfast.operator.Operator;
import java.util.List;

/**
 * One Bohr-frequency channel of a global (Davies) bath: {@code rate * D[A(ω)]} with A(ω) the part
 * of the coupling that lowers the energy by ω (ω < 0 raises it), at the bath's temperature. A jump
 * of this channel takes energy ω from the system into the bath, which energy counting and the
 * entropy production use.
 *
 * @param name        the bath's name (every channel of one bath shares it)
 * @param op          A(ω)
 * @param rate        γ(ω) ≥ 0
 * @param frequency   ω, the energy a jump removes from the system
 * @param temperature the bath's temperature ≥ 0
 */
public record DaviesChannel(String name, Operator op, double rate, double frequency, double temperature)
        implements Dissipator {
    public DaviesChannel {
        Validation.requireRate(name, rate);
    }

    @Override
    public List<Jump> jumps() {
        return List.of(new Jump(op, rate, name));
    }
}
