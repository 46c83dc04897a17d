package dev.steadfast.measure;

import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;

/**
 * Thermodynamic currents of a state of an open system (ħ = k_B = 1).
 *
 * <p>Heat current of a named dissipator: {@code J_k = Tr[H D_k(rho)]}, where H is the full
 * system Hamiltonian and {@code D_k(rho) = sum_j g_j (L_j rho L_j† - 1/2 {L_j†L_j, rho})} runs over
 * the channels of every dissipator entry named k. Sign convention: {@code J_k > 0} means energy
 * flows from bath k into the system. At a steady state, {@code sum_k J_k = Tr[H L(rho)] = 0}
 * (first law), since {@code Tr[H (-i[H, rho])] = 0}. In the local master equation this is the
 * standard (local) definition of the heat current, which uses the full H including couplings.
 *
 * <p>Entropy production rate: {@code sigma = -sum_k J_k / T_k} over every {@link ThermalBath}
 * entry with {@code T_k > 0}, each with its own channels and temperature; it is {@code >= 0} at
 * a steady state for thermodynamically consistent models (Spohn). Entries at T = 0 and plain
 * Lindblad dissipators carry no defined temperature and are left out, so for a model with a
 * zero-temperature bath that exchanges heat the result is not the full entropy production
 * (which would be +infinity).
 */
public final class HeatCurrents {
    private HeatCurrents() {
    }

    /**
     * {@code Tr[H D_name(rho)]} summed over every dissipator entry with that name.
     *
     * @throws MeasureException when no dissipator has that name (the message lists the known
     *                          names) or when rho is not a state of the system's space
     */
    public static double heatCurrent(OpenSystem system, DensityMatrix rho, String name) {
        requireSpace(system, rho);
        if (!system.byName().containsKey(name)) {
            throw new MeasureException("heat_current: no dissipator is named '" + name + "'; known names: "
                    + String.join(", ", system.byName().keySet()));
        }
        return energyFlow(system, rho, system.jumpsOf(name));
    }

    /** {@code sigma = -sum_k J_k / T_k} over thermal-bath entries with T > 0 (see the class comment). */
    public static double entropyProduction(OpenSystem system, DensityMatrix rho) {
        requireSpace(system, rho);
        double sigma = 0;
        for (Dissipator d : system.dissipators()) {
            if (d instanceof ThermalBath bath && bath.temperature() > 0) {
                sigma -= energyFlow(system, rho, bath.jumps()) / bath.temperature();
            }
        }
        return sigma;
    }

    /** {@code Re Tr[H D(rho)]} for the dissipator made of {@code jumps}. */
    /**
     * {@code Tr[H D(rho)] = Tr[D†(H) rho]} with the adjoint dissipator
     * {@code D†(H) = sum_k g_k (L_k† H L_k - 1/2 {L_k† L_k, H})}: one sparse operator, no superoperator.
     */
    private static double energyFlow(OpenSystem system, DensityMatrix rho, List<Jump> jumps) {
        Operator h = system.hamiltonian();
        Operator adjoint = Operator.zero(system.space());
        for (Jump j : jumps) {
            Operator l = j.op();
            Operator ld = l.dag();
            Operator ldl = ld.times(l);
            Operator term = ld.times(h).times(l).minus(ldl.times(h).plus(h.times(ldl)).scale(0.5));
            adjoint = adjoint.plus(term.scale(j.rate()));
        }
        return rho.expect(adjoint);
    }

    private static void requireSpace(OpenSystem system, DensityMatrix rho) {
        if (!rho.space().equals(system.space())) {
            throw new MeasureException("heat_current: the state lives on " + rho.space()
                    + " but the system on " + system.space());
        }
    }
}
