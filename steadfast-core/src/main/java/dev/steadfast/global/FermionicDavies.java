package dev.steadfast.global;

import dev.steadfast.operator.Operator;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.InvalidSystemException;
import java.util.ArrayList;
import java.util.List;

/**
 * A global fermionic bath in the Davies (secular) form: a wide-band reservoir of temperature T and
 * chemical potential μ coupled through a tunnelling operator A that removes one particle (e.g.
 * {@code c(d1)}; not Hermitian). In the eigenbasis of H, every Bohr component
 * {@code A(ω) = Σ_{E'−E=ω} P(E) A P(E')} (ω the energy a particle carries out of the system) is a
 * {@link FermionicLead} of energy ω: {@code A(ω)} at rate {@code Γ(1 − f(ω))} and {@code A(ω)†} at
 * {@code Γ f(ω)}, {@code f(ω) = 1/(e^{(ω−μ)/T} + 1)}, Γ = 2πJ the flat tunnelling rate. Coulomb-interacting
 * dots thus see each transition energy (ε and ε + U) with its own Fermi factor. When H conserves the
 * particle number N, baths that share μ and T relax the system to {@code exp(−(H − μN)/T)/Z}
 * (detailed balance of each component). Every component carries the bath's name, so currents and
 * counting statistics of the bath sum over them.
 */
public final class FermionicDavies {
    private FermionicDavies() {
    }

    /**
     * The leads, one per Bohr component of {@code coupling}.
     *
     * @throws InvalidSystemException (naming the bath) when a component does not remove exactly one
     *                                particle, or the rate or temperature is invalid
     */
    public static List<FermionicLead> leads(Operator h, String name, Operator coupling, double rate, double temperature,
                                            double chemicalPotential) {
        if (!h.space().equals(coupling.space())) {
            throw new InvalidSystemException(name, "the coupling acts on " + coupling.space() + " but H on " + h.space());
        }
        BohrDecomposition bohr = new BohrDecomposition(h.toDense(), DaviesOptions.defaults().energyTolerance());
        List<FermionicLead> out = new ArrayList<>();
        for (BohrDecomposition.Component c : bohr.components(coupling.toDense())) {
            Operator a = GlobalMasterEquation.toOperator(h, c.operator());
            if (a.matrix().nnz() > 0) {
                out.add(new FermionicLead(name, a, c.frequency(), temperature, chemicalPotential, rate));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidSystemException(name, "the coupling operator is zero");
        }
        return out;
    }
}
