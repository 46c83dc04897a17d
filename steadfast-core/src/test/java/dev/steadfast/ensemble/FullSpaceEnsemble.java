package dev.steadfast.ensemble;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Space;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The same ensemble model written in the full 2^N space with the core (the independent reference). */
final class FullSpaceEnsemble {
    final Space space;
    final int n;

    FullSpaceEnsemble(int n) {
        this.n = n;
        this.space = Space.qubits("e", n);
    }

    /** Σ_i embed(m, i). */
    Operator sum(Function<dev.steadfast.space.Site, SparseCMatrix> local, double scale) {
        Operator s = Operator.zero(space);
        for (int i = 0; i < n; i++) {
            s = s.plus(Operators.embed(space, i, local.apply(space.site(i))));
        }
        return s.scale(scale);
    }

    Operator collective(CollectiveOperator op) {
        SparseCMatrix m = op.represent(g -> switch (g) {
            case JX -> sum(LocalOperators::sx, 0.5).matrix();
            case JY -> sum(LocalOperators::sy, 0.5).matrix();
            case JZ -> sum(LocalOperators::sz, 0.5).matrix();
            case JP -> sum(LocalOperators::sp, 1).matrix();
            case JM -> sum(LocalOperators::sm, 1).matrix();
        }, space.dimension());
        return new Operator(space, m);
    }

    OpenSystem system(EnsembleSystem e) {
        List<LindbladDissipator> d = new ArrayList<>();
        for (CollectiveJump j : e.collectiveJumps()) {
            d.add(new LindbladDissipator(j.name(), collective(j.op()), j.rate()));
        }
        e.localRates().forEach((p, rate) -> {
            for (int i = 0; i < n; i++) {
                SparseCMatrix a = switch (p) {
                    case EMISSION -> LocalOperators.sm(space.site(i));
                    case PUMPING -> LocalOperators.sp(space.site(i));
                    case DEPHASING -> LocalOperators.sz(space.site(i));
                };
                d.add(new LindbladDissipator(p.jump() + "(e[" + (i + 1) + "])", Operators.embed(space, i, a), rate));
            }
        });
        return new OpenSystem(collective(e.hamiltonian()), d);
    }
}
