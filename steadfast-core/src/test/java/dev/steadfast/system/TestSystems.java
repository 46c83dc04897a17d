package dev.steadfast.system;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import java.util.ArrayList;
import java.util.List;

/** Open systems several test classes solve (the benchmark chain, the driven cavity), written once. */
public final class TestSystems {
    /** The driven cavity's detuning, drive and loss: the coherent steady state has ⟨n⟩ = F²/(Δ² + κ²/4). */
    public static final double DELTA = 0.7;
    public static final double F = 0.9;
    public static final double KAPPA = 1.3;

    private TestSystems() {
    }

    /**
     * The chain of shared/bench/qutip/chain_steady.py: n qubits, H = Σ sz/2 + 0.1 Σ (sp sm + h.c.),
     * thermal baths T = 1 on site 1 and T = 0.1 on site n at rate 0.05, dephasing sz on every site.
     */
    public static OpenSystem thermalXxChain(int n, double dephasing) {
        Space s = Space.qubits("r", n);
        Operator h = Operator.zero(s);
        for (int i = 1; i <= n; i++) {
            h = h.plus(Operators.sigmaZ(s, "r[" + i + "]").scale(0.5));
        }
        for (int i = 1; i < n; i++) {
            Operator hop = Operators.sigmaPlus(s, "r[" + i + "]").times(Operators.sigmaMinus(s, "r[" + (i + 1) + "]"));
            h = h.plus(hop.plus(hop.dag()).scale(0.1));
        }
        List<Dissipator> d = new ArrayList<>();
        d.add(new ThermalBath("left", Operators.sigmaMinus(s, "r[1]"), 1.0, 1.0, 0.05));
        d.add(new ThermalBath("right", Operators.sigmaMinus(s, "r[" + n + "]"), 1.0, 0.1, 0.05));
        for (int i = 1; i <= n; i++) {
            d.add(new LindbladDissipator("deph" + i, Operators.sigmaZ(s, "r[" + i + "]"), dephasing));
        }
        return new OpenSystem(h, d);
    }

    /** A coherently driven damped cavity, H = Δ n + F (a + a†), loss a at rate κ, with this many Fock levels. */
    public static OpenSystem drivenCavity(int levels) {
        Space s = Space.of(Site.boson("c", levels));
        Operator a = Operators.destroy(s, "c");
        Operator h = Operators.number(s, "c").scale(DELTA).plus(a.plus(a.dag()).scale(F));
        return new OpenSystem(h, List.of(new LindbladDissipator("loss", a, KAPPA)));
    }

    /** ⟨n⟩ of the driven cavity's coherent steady state. */
    public static double drivenCavityOccupation() {
        return F * F / (DELTA * DELTA + KAPPA * KAPPA / 4);
    }

    /**
     * A qubit H = (w/2) sz (level 1 excited) in a thermal bath at temperature temp, rate g: its
     * Liouvillian's eigenvalues are 0, −G and −G/2 ± i w with G = g (2n + 1), n the Bose occupation.
     */
    public static OpenSystem thermalQubit(double w, double temp, double g) {
        Space s = Space.of(Site.qubit("q"));
        return new OpenSystem(Operators.sigmaZ(s, "q").scale(w / 2),
                List.of(new ThermalBath("b", Operators.sigmaMinus(s, "q"), w, temp, g)));
    }
}
