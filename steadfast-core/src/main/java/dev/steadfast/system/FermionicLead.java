package dev.steadfast.system;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * A fermionic reservoir (lead) in the local (wide-band, sequential-tunnelling) form: with the Fermi
 * occupation {@code f = 1/(exp((energy - mu)/T) + 1)} (at T = 0 a step: 1 below mu, 0 above, 1/2
 * at energy = mu) it contributes the operator that removes a particle at rate {@code rate*(1-f)}
 * (tunnelling out into the lead) and its adjoint at {@code rate*f} (tunnelling in). ħ = k_B = 1;
 * energy, chemical potential and temperature share one unit.
 *
 * @param name              the lead's label, used by currents and counting statistics
 * @param lowering          removes exactly one particle: every nonzero {@code ⟨i|op|j⟩} has
 *                          {@code q(i) = q(j) - 1} (q the total excitation, i.e. the particle number)
 * @param energy            the transition energy ε of the level the lead exchanges particles with
 * @param temperature       the lead's temperature, finite and >= 0
 * @param chemicalPotential the lead's chemical potential μ, finite
 * @param rate              the tunnelling rate Γ, >= 0
 */
public record FermionicLead(String name, Operator lowering, double energy, double temperature,
                            double chemicalPotential, double rate) implements Dissipator {

    public FermionicLead {
        Validation.requireRate(name, rate);
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new InvalidSystemException(name, "temperature must be a finite number >= 0, got " + temperature);
        }
        if (!Double.isFinite(energy)) {
            throw new InvalidSystemException(name, "energy must be a finite number, got " + energy);
        }
        if (!Double.isFinite(chemicalPotential)) {
            throw new InvalidSystemException(name, "chemical_potential must be a finite number, got " + chemicalPotential);
        }
        requireRemovesOne(name, lowering);
    }

    /** The Fermi occupation of the lead at this transition energy. */
    public double occupation() {
        return fermiOccupation(energy - chemicalPotential, temperature);
    }

    /** {@code 1/(exp(x/T) + 1)}; at T = 0: 1 for x < 0, 1/2 at x = 0, 0 for x > 0. */
    public static double fermiOccupation(double x, double temperature) {
        if (temperature == 0) {
            return x < 0 ? 1 : x > 0 ? 0 : 0.5;
        }
        double z = x / temperature;
        return z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (Math.exp(z) + 1);
    }

    @Override
    public List<Jump> jumps() {
        double f = occupation();
        List<Jump> out = new ArrayList<>(2);
        if (f < 1) {
            out.add(new Jump(lowering, rate * (1 - f), name));
        }
        if (f > 0) {
            out.add(new Jump(lowering.dag(), rate * f, name));
        }
        return List.copyOf(out);
    }

    /** Every nonzero must take a basis state to one with exactly one excitation (particle) less. */
    private static void requireRemovesOne(String name, Operator op) {
        SparseCMatrix m = op.matrix();
        if (m.nnz() == 0) {
            throw new InvalidSystemException(name, "the lead operator is zero");
        }
        int[] q = Excitations.of(op.space());
        int[] rp = m.rowPtr();
        int[] ci = m.colIdx();
        for (int i = 0; i < m.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                if (q[i] != q[ci[p]] - 1 && (m.valuesRe()[p] != 0 || m.valuesIm()[p] != 0)) {
                    throw new InvalidSystemException(name, "the lead operator must remove exactly one particle "
                            + "(every nonzero element lowers the particle number by 1), e.g. c(d)");
                }
            }
        }
    }
}
