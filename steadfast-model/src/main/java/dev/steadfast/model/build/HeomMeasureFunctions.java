package dev.steadfast.model.build;

import dev.steadfast.heom.HeatCurrents;
import dev.steadfast.heom.HeomState;
import dev.steadfast.heom.HeomSystem;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The measures of a model with heom baths: every measure of an ordinary model, evaluated on the
 * reduced system state ρ (ADO 0), except {@code heat_current(name)} of a heom bath, which reads
 * the first-tier ADOs ({@link HeatCurrents}: energy per unit time from the bath into the
 * system). {@code entropy_production()} is refused: it would count the Lindblad dissipators only.
 */
final class HeomMeasureFunctions implements MeasureCalls<HeomState> {
    private final MeasureFunctions reduced;
    private final HeomSystem system;
    private final List<String> lindbladNames;

    HeomMeasureFunctions(MeasureFunctions reduced, HeomSystem system, List<String> lindbladNames) {
        this.reduced = reduced;
        this.system = system;
        this.lindbladNames = lindbladNames;
    }

    @Override
    public CompiledMeasure<HeomState> compile(Expr.Call c) throws ExprException {
        if (c.name().equals("entropy_production")) {
            throw new ExprException("entropy_production() is not available for a model with heom baths (it would count "
                    + "only the Lindblad dissipators); use heat_current(name) of each bath", c.pos());
        }
        if (c.name().equals("heat_current") && c.args().size() == 1 && c.args().get(0) instanceof Expr.Name n) {
            String name = n.name();
            if (system.baths().stream().anyMatch(b -> b.name().equals(name))) {
                // the state's own hierarchy: the same measure serves coarser truncations
                return s -> HeatCurrents.of(s, name);
            }
            if (!lindbladNames.contains(n.name())) {
                TreeSet<String> all = new TreeSet<>(lindbladNames);
                system.baths().forEach(b -> all.add(b.name()));
                throw new ExprException("unknown dissipator '" + n.name() + "' (named dissipators and heom baths: "
                        + String.join(", ", all) + ")", n.pos());
            }
        }
        CompiledMeasure<dev.steadfast.state.DensityMatrix> m = reduced.compile(c);
        return s -> m.apply(s.system());
    }

    static List<String> names(dev.steadfast.system.OpenSystem local) {
        return new ArrayList<>(local.byName().keySet());
    }
}
