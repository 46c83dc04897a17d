package dev.steadfast.measure;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;

/**
 * Thermodynamic currents of a steady state: the heat current of a named dissipator
 * {@code J_k = Tr[H D_k(rho)]} (energy per unit time flowing from that bath into the system,
 * positive when the bath heats the system), and the entropy production rate
 * {@code sigma = -sum_k J_k / T_k} over the thermal baths at T > 0.
 */
public final class HeatCurrents {
    private HeatCurrents() {
    }

    /** {@code Tr[H D_name(rho)]} summed over every dissipator entry with that name. */
    public static double heatCurrent(OpenSystem system, DensityMatrix rho, String name) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** {@code -sum_k J_k / T_k} over thermal baths with T > 0. */
    public static double entropyProduction(OpenSystem system, DensityMatrix rho) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
