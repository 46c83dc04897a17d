package dev.steadfast.bench;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.ensemble.LocalProcess;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Space;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.List;

/** The benchmark models of shared/bench/qutip, built directly in Java. */
public final class BenchModels {
    private BenchModels() {
    }

    /**
     * chain_steady.py: H = sum (w/2) sz_i + J sum (sp_i sm_{i+1} + h.c.), w=1, J=0.1; thermal baths
     * T=1 on site 1 and T=0.1 on site N at rate 0.05; dephasing sz at rate 0.005 on every site.
     */
    public static OpenSystem xxChain(int n) {
        double w = 1.0;
        double j = 0.1;
        Space s = Space.qubits("r", n);
        Operator h = Operator.zero(s);
        for (int i = 1; i <= n; i++) {
            h = h.plus(Operators.sigmaZ(s, site(i)).scale(w / 2));
        }
        for (int i = 1; i < n; i++) {
            Operator hop = Operators.sigmaPlus(s, site(i)).times(Operators.sigmaMinus(s, site(i + 1)));
            h = h.plus(hop.plus(hop.dag()).scale(j));
        }
        List<Dissipator> d = new ArrayList<>();
        d.add(new ThermalBath("left", Operators.sigmaMinus(s, site(1)), w, 1.0, 0.05));
        d.add(new ThermalBath("right", Operators.sigmaMinus(s, site(n)), w, 0.1, 0.05));
        for (int i = 1; i <= n; i++) {
            d.add(new LindbladDissipator("dephasing", Operators.sigmaZ(s, site(i)), 0.005));
        }
        return new OpenSystem(h, d);
    }

    /** The spin current operator between sites 1 and 2 as in chain_steady.py: i J (sp1 sm2 - sp2 sm1). */
    public static Operator chainCurrent(Space s) {
        Operator a = Operators.sigmaPlus(s, site(1)).times(Operators.sigmaMinus(s, site(2)));
        return a.minus(a.dag()).scale(0, 0.1);
    }

    /**
     * dicke_steady.py: N two-level members, H = jz + 0.5 jx; collective emission 1, local emission
     * 1, local pumping 0.5, PIQS local dephasing 0.1 (our rate 0.025).
     */
    public static EnsembleSystem dicke(int n) {
        return EnsembleSystem.builder(n)
                .hamiltonian(CollectiveOperator.jz().plus(CollectiveOperator.jx().scale(0.5)))
                .collectiveJump("collective emission", CollectiveOperator.jm(), 1.0)
                .local(LocalProcess.EMISSION, 1.0)
                .local(LocalProcess.PUMPING, 0.5)
                .local(LocalProcess.DEPHASING, EnsembleSystem.dephasingRateFromPiqs(0.1))
                .build();
    }

    static String site(int i) {
        return "r[" + i + "]";
    }
}
