package dev.steadfast.system;

import dev.steadfast.operator.Operator;
import java.util.List;

/**
 * A local thermal bath in the Lindblad (local master equation) form: with the Bose occupation
 * {@code n = 1/(exp(frequency/temperature) - 1)} (n = 0 at temperature 0) it contributes the
 * lowering operator at rate {@code rate*(n+1)} (emission) and its adjoint at {@code rate*n}
 * (absorption). Units: ħ = k_B = 1, so frequency and temperature share one unit.
 *
 * @param name        the bath's label, used by heat currents
 * @param lowering    a lowering operator: every nonzero element takes a basis state to one of lower
 *                    total excitation
 * @param frequency   the transition frequency, > 0
 * @param temperature the temperature, >= 0
 * @param rate        the coupling rate, >= 0
 */
public record ThermalBath(String name, Operator lowering, double frequency, double temperature, double rate)
        implements Dissipator {

    public ThermalBath {
        Validation.requireRate(name, rate);
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new InvalidSystemException(name, "temperature must be a finite number >= 0, got " + temperature);
        }
        if (!(frequency > 0) || Double.isInfinite(frequency)) {
            throw new InvalidSystemException(name, "frequency must be a finite number > 0, got " + frequency);
        }
        Validation.requireLowering(name, lowering);
    }

    /** The Bose-Einstein occupation at this bath's frequency and temperature. */
    public double occupation() {
        return boseOccupation(frequency, temperature);
    }

    /** {@code 1/(exp(w/T) - 1)}, 0 at T = 0. */
    public static double boseOccupation(double frequency, double temperature) {
        if (temperature == 0) {
            return 0;
        }
        return 1 / Math.expm1(frequency / temperature);
    }

    @Override
    public List<Jump> jumps() {
        double n = occupation();
        if (n == 0) {
            return List.of(new Jump(lowering, rate, name));
        }
        return List.of(new Jump(lowering, rate * (n + 1), name), new Jump(lowering.dag(), rate * n, name));
    }
}
