package dev.steadfast.model.build;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.gaussian.GaussianSystem;
import dev.steadfast.heom.HeomSystem;
import dev.steadfast.model.EnsembleModel;
import dev.steadfast.model.GaussianModel;
import dev.steadfast.model.HeomModel;
import dev.steadfast.model.LindbladModel;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelSystem;
import dev.steadfast.model.RedfieldModel;
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
 * solve. The result is one {@link ModelSystem} variant: a {@link LindbladModel} (an
 * {@link OpenSystem}), a {@link RedfieldModel} (Bloch–Redfield baths), an {@link EnsembleModel}
 * (an {@link EnsembleSystem} with ensemble measures), a {@link HeomModel} (heom baths) or, when
 * every site is an oscillator, a {@link GaussianModel} (a {@link GaussianSystem} with CV measures;
 * its layout is null).
 */
public final class Instantiator {
    private Instantiator() {
    }

    /** A measure compiled for one instance, with its line for error messages. */
    public record NamedMeasure<S>(String name, int line, CompiledMeasure<S> measure) { }

    /** Everything an instance holds: its parameter values, its sites and what the model is. */
    public record Parts(Map<String, Double> parameters, SiteLayout layout, ModelSystem<?> system) { }

    public static Parts build(ModelSpec spec, Map<String, Double> overrides) throws ModelException {
        Map<String, Double> params = Parameters.evaluate(spec, overrides);
        Sites.requireFits(spec, params);
        if (OscillatorSites.isGaussian(spec)) {
            OscillatorSites sites = OscillatorSites.of(spec, params);
            GaussianSystem system = new GaussianModelBuilder(spec, params, sites).build();
            List<NamedMeasure<GaussianState>> measures = measures(spec, MeasureCompiler.forGaussian(new Evaluator(params, null), sites, system));
            return new Parts(params, null, new GaussianModel(system, sites.names(), sites.modeNames(), measures));
        }
        SiteLayout layout = Sites.layout(spec, params);
        if (layout.isEnsembleModel()) {
            GlobalBaths.refuseForEnsemble(spec);
            HeomBaths.refuseForEnsemble(spec);
            EnsembleSystem ensemble = new EnsembleSystemBuilder(spec, params, layout).build();
            List<NamedMeasure<EnsembleState>> measures = measures(spec, MeasureCompiler.forEnsemble(new Evaluator(params, layout), layout));
            return new Parts(params, layout, new EnsembleModel(ensemble, measures));
        }
        OpenSystem system = new SystemBuilder(spec, params, layout).build();
        if (HeomBaths.present(spec)) {
            HeomSystem heom = new HeomBaths(spec, params, layout).system(system);
            return new Parts(params, layout, new HeomModel(heom,
                    measures(spec, MeasureCompiler.forHeom(new Evaluator(params, layout), layout, system, heom))));
        }
        if (GlobalBaths.isRedfield(spec)) {
            var redfield = GlobalBaths.redfield(spec, params, layout, system.hamiltonian());
            return new Parts(params, layout, new RedfieldModel(system, redfield,
                    measures(spec, MeasureCompiler.forRedfield(new Evaluator(params, layout), layout, system, redfield))));
        }
        List<NamedMeasure<DensityMatrix>> measures = measures(spec, MeasureCompiler.forSystem(new Evaluator(params, layout), layout, system));
        return new Parts(params, layout, new LindbladModel(system, measures));
    }

    private static <S> List<NamedMeasure<S>> measures(ModelSpec spec, MeasureCompiler<S> compiler) throws ModelException {
        List<NamedMeasure<S>> out = new ArrayList<>();
        for (Specs.MeasureDecl m : spec.measures()) {
            try {
                out.add(new NamedMeasure<>(m.name(), m.value().line(), compiler.compile(m.value().expr())));
            } catch (ExprException e) {
                throw new ModelException(spec.source(), m.value().line(), "measures." + m.name(), e.getMessage()
                        + ModelException.quoted(m.value().text()));
            }
        }
        return List.copyOf(out);
    }
}
