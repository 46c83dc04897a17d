package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.linalg.SparseCMatrixBuilder;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.DaviesChannel;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.Excitations;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import java.util.Locale;

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
 * <p>For a {@link FermionicLead} the heat current is {@code J_E - μ J_N}, with the particle current
 * {@code J_N = Tr[N D_k(rho)]} (N the total excitation, the particle number of fermion sites).
 *
 * <p>Entropy production rate: {@code sigma = -sum_k J_k / T_k} (heat currents) over every
 * {@link ThermalBath} and {@link FermionicLead} entry with {@code T_k > 0}, each with its own channels and temperature; it is {@code >= 0} at
 * a steady state for thermodynamically consistent models (Spohn). Plain Lindblad dissipators carry
 * no defined temperature and are left out; a bath or lead at T = 0 that exchanges heat makes σ
 * infinite, which is a {@link MeasureException} (one that exchanges none contributes 0).
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
        if (system.dissipators().stream().noneMatch(d -> d.name().equals(name))) {
            throw new MeasureException("heat_current: no dissipator is named '" + name + "'; known names: "
                    + String.join(", ", system.byName().keySet()));
        }
        double total = 0;
        for (Dissipator d : system.dissipators()) {
            if (d.name().equals(name)) {
                total += heatOf(system, rho, d);
            }
        }
        return total;
    }

    /**
     * {@code Tr[X D_name(rho)]}, the rate at which the dissipators named {@code name} change the
     * expectation of the Hermitian observable X (the Hamiltonian: energy current; the particle
     * number: particle current).
     */
    public static double flow(OpenSystem system, DensityMatrix rho, String name, Operator x) {
        requireSpace(system, rho);
        return observableFlow(x.matrix(), rho, system.jumpsOf(name));
    }

    /** The total excitation {@code N = Σ_sites level} (the particle number when every site is a fermion). */
    public static Operator excitationNumber(Space space) {
        int[] q = Excitations.of(space);
        int d = q.length;
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(d, d);
        for (int i = 0; i < d; i++) {
            if (q[i] != 0) {
                b.add(i, i, q[i], 0);
            }
        }
        return new Operator(space, b.build());
    }

    /**
     * A bath at T = 0 that exchanges heat makes the entropy production infinite: an error, never a
     * silent partial sum. "No heat" is |J| ≤ 1e-12 max(1, ‖H‖_max Σ rates) (rounding at a steady state).
     */
    private static void requireNoHeat(OpenSystem system, DensityMatrix rho, Dissipator d) {
        double j = heatOf(system, rho, d);
        double rates = 0;
        for (Jump jump : d.jumps()) {
            rates += jump.rate();
        }
        if (Math.abs(j) > 1e-12 * Math.max(1, system.hamiltonian().maxAbs() * rates)) {
            throw new MeasureException("entropy_production: the bath '" + d.name() + "' is at temperature 0 and exchanges "
                    + "heat (" + String.format(Locale.ROOT, "%.3g", j) + " per unit time), so the entropy production "
                    + "is infinite; give it a temperature > 0");
        }
    }

    /** Heat of one entry: {@code Tr[H D(rho)]}, minus {@code μ Tr[N D(rho)]} for a fermionic lead. */
    private static double heatOf(OpenSystem system, DensityMatrix rho, Dissipator d) {
        double energy = energyFlow(system, rho, d.jumps());
        if (d instanceof FermionicLead lead) {
            return energy - lead.chemicalPotential()
                    * observableFlow(excitationNumber(system.space()).matrix(), rho, lead.jumps());
        }
        return energy;
    }

    /** {@code sigma = -sum_k J_k / T_k} over thermal-bath entries with T > 0 (see the class comment). */
    public static double entropyProduction(OpenSystem system, DensityMatrix rho) {
        requireSpace(system, rho);
        double sigma = 0;
        for (Dissipator d : system.dissipators()) {
            double t = d instanceof ThermalBath bath ? bath.temperature()
                    : d instanceof FermionicLead lead ? lead.temperature()
                    : d instanceof DaviesChannel channel ? channel.temperature() : Double.NaN;
            if (t > 0) {
                sigma -= heatOf(system, rho, d) / t;
            } else if (t == 0) {
                requireNoHeat(system, rho, d);
            }
        }
        return sigma;
    }

    /** {@code Re Tr[H D(rho)]} for the dissipator made of {@code jumps}. */
    /**
     * {@code Tr[H D(rho)] = sum_k g_k (Tr[H L rho L†] - Re Tr[H L†L rho])} for Hermitian H and rho.
     * With {@code Y = L rho}: {@code Tr[H L rho L†] = sum_ij (H Y)_ij conj(L_ij)} and
     * {@code Tr[H L†L rho] = Tr[L rho H L†] = sum_ij (Y H)_ij conj(L_ij)}, so only the entries of
     * {@code H Y} and {@code Y H} where L is nonzero are needed: no operator products are formed.
     */
    private static double energyFlow(OpenSystem system, DensityMatrix rho, List<Jump> jumps) {
        return observableFlow(system.hamiltonian().matrix(), rho, jumps);
    }

    /** {@code Re Tr[X D(rho)]} for a Hermitian X (the same contraction as {@link #energyFlow}). */
    private static double observableFlow(SparseCMatrix h, DensityMatrix rho, List<Jump> jumps) {
        CMatrix r = rho.matrix();
        int d = r.rows();
        double total = 0;
        for (Jump jump : jumps) {
            SparseCMatrix l = jump.op().matrix();
            int[] lp = l.rowPtr();
            int[] lc = l.colIdx();
            double[] lr = l.valuesRe();
            double[] li = l.valuesIm();
            // Y = L rho, dense row-major
            double[] yr = new double[d * d];
            double[] yi = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int p = lp[i]; p < lp[i + 1]; p++) {
                    int k = lc[p];
                    for (int j = 0; j < d; j++) {
                        double xr = r.re(k, j);
                        double xi = r.im(k, j);
                        yr[i * d + j] += lr[p] * xr - li[p] * xi;
                        yi[i * d + j] += lr[p] * xi + li[p] * xr;
                    }
                }
            }
            int[] hp = h.rowPtr();
            int[] hc = h.colIdx();
            double[] hr = h.valuesRe();
            double[] hi = h.valuesIm();
            double sum = 0;
            for (int i = 0; i < d; i++) {
                for (int p = lp[i]; p < lp[i + 1]; p++) {
                    int j = lc[p];
                    // (H Y)_ij = sum_k H_ik Y_kj
                    double ar = 0;
                    double ai = 0;
                    for (int q = hp[i]; q < hp[i + 1]; q++) {
                        int k = hc[q];
                        ar += hr[q] * yr[k * d + j] - hi[q] * yi[k * d + j];
                        ai += hr[q] * yi[k * d + j] + hi[q] * yr[k * d + j];
                    }
                    // (Y H)_ij = sum_k Y_ik H_kj = sum_k Y_ik conj(H_jk)
                    double br = 0;
                    double bi = 0;
                    for (int q = hp[j]; q < hp[j + 1]; q++) {
                        int k = hc[q];
                        br += yr[i * d + k] * hr[q] + yi[i * d + k] * hi[q];
                        bi += yi[i * d + k] * hr[q] - yr[i * d + k] * hi[q];
                    }
                    // Re[(a - b) conj(L_ij)]
                    sum += (ar - br) * lr[p] + (ai - bi) * li[p];
                }
            }
            total += jump.rate() * sum;
        }
        return total;
    }

    private static void requireSpace(OpenSystem system, DensityMatrix rho) {
        if (!rho.space().equals(system.space())) {
            throw new MeasureException("heat_current: the state lives on " + rho.space()
                    + " but the system on " + system.space());
        }
    }
}
