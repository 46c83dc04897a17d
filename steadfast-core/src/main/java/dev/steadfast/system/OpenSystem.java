package dev.steadfast.system;

import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Hamiltonian and its dissipators: the Lindblad master equation
 * {@code d rho/dt = -i[H, rho] + sum_k gamma_k (L_k rho L_k† - 1/2 {L_k†L_k, rho})}, ħ = 1.
 *
 * <p>The constructor validates: H must be Hermitian (to 1e-12 relative), every operator must
 * act on H's space, rates and temperatures non-negative, and every magnitude within what double
 * precision resolves ({@link Magnitudes}). Failures are
 * {@link InvalidSystemException}s that name the term.
 */
public final class OpenSystem {
    private final Space space;
    private final Operator hamiltonian;
    private final List<Dissipator> dissipators;
    private final List<Jump> jumps;
    private final List<List<Jump>> jumpsByDissipator;

    public OpenSystem(Operator hamiltonian, List<? extends Dissipator> dissipators) {
        this.space = hamiltonian.space();
        this.hamiltonian = hamiltonian;
        this.dissipators = List.copyOf(dissipators);
        double scale = Math.max(1.0, hamiltonian.maxAbs());
        double herm = hamiltonian.hermiticityError();
        if (herm > 1e-12 * scale) {
            throw new InvalidSystemException("hamiltonian", "H is not Hermitian (largest |H_ij - conj(H_ji)| = "
                    + String.format("%.3g", herm) + "); add the missing Hermitian-conjugate terms, e.g. '+ h.c.'");
        }
        List<Jump> all = new ArrayList<>();
        List<List<Jump>> perDissipator = new ArrayList<>();
        for (Dissipator d : this.dissipators) {
            List<Jump> js = d.jumps();
            perDissipator.add(js);
            for (Jump j : js) {
                if (!j.op().space().equals(space)) {
                    throw new InvalidSystemException(d.name(), "operator acts on " + j.op().space()
                            + " but the Hamiltonian acts on " + space);
                }
                if (j.rate() > 0) {
                    all.add(j);
                }
            }
        }
        this.jumps = List.copyOf(all);
        this.jumpsByDissipator = List.copyOf(perDissipator);
        Magnitudes.check(hamiltonian, this.dissipators, perDissipator);
    }

    public Space space() { return space; }
    public Operator hamiltonian() { return hamiltonian; }
    public List<Dissipator> dissipators() { return dissipators; }

    /** Every Lindblad channel with a positive rate, in order. */
    public List<Jump> jumps() { return jumps; }

    /** The channels of the dissipators named {@code name} (all entries sharing that name). */
    public List<Jump> jumpsOf(String name) {
        List<Jump> out = new ArrayList<>();
        for (int k = 0; k < dissipators.size(); k++) {
            if (dissipators.get(k).name().equals(name)) {
                out.addAll(jumpsByDissipator.get(k));
            }
        }
        return out;
    }

    /** Dissipators grouped by name, in order of first appearance. */
    public Map<String, List<Dissipator>> byName() {
        Map<String, List<Dissipator>> m = new LinkedHashMap<>();
        for (Dissipator d : dissipators) {
            m.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        }
        return m;
    }
}
