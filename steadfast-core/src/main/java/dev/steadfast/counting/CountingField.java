package dev.steadfast.counting;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.system.DaviesChannel;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.Excitations;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.List;

/**
 * The counted channels of one bath and what each jump counts: the tilted generator is
 * {@code L(s) ρ = L ρ + Σ_c γ_c (e^{s w_c} − 1) J_c ρ J_c†}, so {@code θ(s)}, its eigenvalue of
 * largest real part, generates the scaled cumulants of {@code Σ w} transferred per unit time.
 *
 * <p>Sign convention: a quantity is counted as transferred <em>into the system from the bath</em>.
 * For particle counting {@code w_c = Δq}, the change of the total excitation (particle number)
 * {@code q = Σ_sites level} that the jump makes: +1 for a particle tunnelling in (c†), −1 for one
 * leaving (c). For energy counting {@code w_c = sign(Δq) ε}: ε the lead's energy or the thermal
 * bath's frequency.
 *
 * @param bath     the bath's name
 * @param channels the bath's channels (positive rate)
 * @param weights  what each channel's jump counts
 */
public record CountingField(String bath, List<Jump> channels, double[] weights) {

    /** Counts particles (excitations) entering the system from the dissipators named {@code bath}. */
    public static CountingField particles(OpenSystem system, String bath) {
        return of(system, bath, false);
    }

    /** Counts the energy entering the system from the thermal baths or leads named {@code bath}. */
    public static CountingField energy(OpenSystem system, String bath) {
        return of(system, bath, true);
    }

    private static CountingField of(OpenSystem system, String bath, boolean energy) {
        if (!system.byName().containsKey(bath)) {
            throw new MeasureException("no dissipator is named '" + bath + "'; known names: "
                    + String.join(", ", system.byName().keySet()));
        }
        int[] q = Excitations.of(system.space());
        List<Jump> channels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Dissipator d : system.byName().get(bath)) {
            for (Jump j : d.jumps()) {
                if (j.rate() > 0) {
                    channels.add(j);
                    weights.add(weight(d, j, q, bath, energy));
                }
            }
        }
        return new CountingField(bath, List.copyOf(channels), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * What one jump adds to the count: the particles it brings into the system, or with
     * {@code energy} the energy it brings (a Davies channel's jump removes its Bohr frequency ω).
     */
    private static double weight(Dissipator d, Jump j, int[] q, String bath, boolean energy) {
        if (energy && d instanceof DaviesChannel channel) {
            return -channel.frequency();
        }
        int dq = chargeChange(j, q, bath);
        return energy ? Math.signum(dq) * quantum(d) : dq;
    }

    /** The energy one jump of the dissipator carries: a lead's ε, a thermal bath's frequency. */
    private static double quantum(Dissipator d) {
        if (d instanceof FermionicLead lead) {
            return lead.energy();
        }
        if (d instanceof ThermalBath bath) {
            return bath.frequency();
        }
        throw new MeasureException("energy counting needs a thermal bath or a lead, but '" + d.name()
                + "' is a plain Lindblad dissipator (the energy its jumps carry is not defined)");
    }

    /** The fixed change {@code q(i) − q(j)} of every nonzero {@code ⟨i|J|j⟩}. */
    private static int chargeChange(Jump j, int[] q, String bath) {
        SparseCMatrix m = j.op().matrix();
        Integer dq = null;
        for (int i = 0; i < m.rows(); i++) {
            for (int p = m.rowPtr()[i]; p < m.rowPtr()[i + 1]; p++) {
                int change = q[i] - q[m.colIdx()[p]];
                if (dq != null && dq != change) {
                    throw new MeasureException("cannot count the jumps of '" + bath + "': a jump operator changes the "
                            + "particle number by different amounts (" + dq + " and " + change + ")");
                }
                dq = change;
            }
        }
        return dq == null ? 0 : dq;
    }
}
