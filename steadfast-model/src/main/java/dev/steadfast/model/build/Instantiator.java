package dev.steadfast.model.build;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a model at one parameter point, in this order: parameters (with overrides), the size
 * check (no allocation before it), the space, the Hamiltonian and dissipators, then every measure
 * is compiled and checked (sites, qubits, dissipator names) so that a bad measure fails before any solve.
 */
public final class Instantiator {
    private Instantiator() {
    }

    /** A measure compiled for one instance, with its line for error messages. */
    public record NamedMeasure(String name, int line, CompiledMeasure measure) { }

    /** Everything an instance holds. */
    public record Parts(Map<String, Double> parameters, SiteLayout layout, OpenSystem system, List<NamedMeasure> measures) { }

    public static Parts build(ModelSpec spec, Map<String, Double> overrides) throws ModelException {
        Map<String, Double> params = Parameters.evaluate(spec, overrides);
        Sites.requireFits(spec, params);
        SiteLayout layout = Sites.layout(spec, params);
        OpenSystem system = new SystemBuilder(spec, params, layout).build();
        List<NamedMeasure> measures = new ArrayList<>();
        for (Specs.MeasureDecl m : spec.measures()) {
            try {
                CompiledMeasure c = new MeasureCompiler(new Evaluator(params, layout), layout, system).compile(m.value().expr());
                measures.add(new NamedMeasure(m.name(), m.value().line(), c));
            } catch (ExprException e) {
                throw new ModelException(spec.source(), m.value().line(), "measures." + m.name(), e.getMessage()
                        + " in \"" + m.value().text() + "\"");
            }
        }
        return new Parts(params, layout, system, List.copyOf(measures));
    }
}
