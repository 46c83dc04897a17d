package dev.steadfast.global;

import dev.steadfast.operator.Operator;
import dev.steadfast.system.InvalidSystemException;

/**
 * A thermal bath coupled to the whole system through {@code A (x) B} (A Hermitian), with spectral
 * density J and temperature T (ħ = k_B = 1). Used by the global (Davies) and Bloch–Redfield
 * master equations of {@link GlobalMasterEquation}.
 *
 * @param name        label of the bath; every channel it produces carries it (heat currents)
 * @param coupling    the Hermitian system operator A
 * @param density     J(w)
 * @param temperature T >= 0
 */
public record GlobalBath(String name, Operator coupling, SpectralDensity density, double temperature) {
    public GlobalBath {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new InvalidSystemException(name, "temperature must be a finite number >= 0, got " + temperature);
        }
        double scale = Math.max(1.0, coupling.maxAbs());
        if (coupling.hermiticityError() > 1e-12 * scale) {
            throw new InvalidSystemException(name, "the coupling operator must be Hermitian");
        }
    }
}
