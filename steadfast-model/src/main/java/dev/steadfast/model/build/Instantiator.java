package dev.steadfast.model.build;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a model at one parameter point, in this order: parameters (with overrides), the size
 * check (no allocation before it), the space, the Hamiltonian and dissipators, then every measure
 * is compiled and checked (sites, qubits, dissipator names) so that a bad measure fails before any
 * solve. A model whose site is an ensemble becomes an {@link EnsembleSystem} with ensemble
 * measures instead of an {@link OpenSystem}.
 */
public final class Instantiator {
    private Instantiator() {
    }

    /** A measure compiled for one instance, with its line for error messages. */
    public record NamedMeasure<S>(String name, int line, CompiledMeasure<S> measure) { }

    /**
     * Everything an instance holds: for an ordinary model {@code system} and {@code measures}
     * ({@code ensemble} null, {@code ensembleMeasures} empty); for an ensemble model the reverse.
     */
    public record Parts(Map<String, Double> parameters, SiteLayout layout, OpenSystem system, EnsembleSystem ensemble,
                        List<NamedMeasure<DensityMatrix>> measures, List<NamedMeasure<EnsembleState>> ensembleMeasures) { }

    public static Parts build(ModelSpec spec, Map<String, Double> overrides) throws ModelException {
        Map<String, Double> params = Parameters.evaluate(spec, overrides);
        Sites.requireFits(spec, params);
        SiteLayout layout = Sites.layout(spec, params);
        if (layout.isEnsembleModel()) {
            GlobalBaths.refuseForEnsemble(spec);
            EnsembleSystem ensemble = new EnsembleSystemBuilder(spec, params, layout).build();
            List<NamedMeasure<EnsembleState>> measures = measures(spec, MeasureCompiler.forEnsemble(new Evaluator(params, layout), layout));
            return new Parts(params, layout, null, ensemble, List.of(), measures);
        }
        OpenSystem system = new SystemBuilder(spec, params, layout).build();
        List<NamedMeasure<DensityMatrix>> measures = measures(spec, MeasureCompiler.forSystem(new Evaluator(params, layout), layout, system));
        return new Parts(params, layout, system, null, measures, List.of());
    }

    private static <S> List<NamedMeasure<S>> measures(ModelSpec spec, MeasureCompiler<S> compiler) throws ModelException {
        List<NamedMeasure<S>> out = new ArrayList<>();
        for (Specs.MeasureDecl m : spec.measures()) {
            try {
                out.add(new NamedMeasure<>(m.name(), m.value().line(), compiler.compile(m.value().expr())));
            } catch (ExprException e) {
                throw new ModelException(spec.source(), m.value().line(), "measures." + m.name(), e.getMessage()
                        + " in \"" + m.value().text() + "\"");
            }
        }
        return List.copyOf(out);
    }
}
