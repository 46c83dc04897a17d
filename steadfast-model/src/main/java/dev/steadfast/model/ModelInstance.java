package dev.steadfast.model;

import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.build.Evaluator;
import dev.steadfast.model.build.Instantiator;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model evaluated at one parameter point: its open system and its measures. Immutable;
 * {@link #measure} may be called from several threads.
 */
public final class ModelInstance {
    private final ModelSpec spec;
    private final Instantiator.Parts parts;

    ModelInstance(ModelSpec spec, Instantiator.Parts parts) {
        this.spec = spec;
        this.parts = parts;
    }

    /** All parameter values at this point, in file order. */
    public Map<String, Double> parameters() { return parts.parameters(); }

    public OpenSystem system() { return parts.system(); }

    public Space space() { return parts.layout().space(); }

    /** Measure names in file order. */
    public List<String> measureNames() { return parts.measures().stream().map(Instantiator.NamedMeasure::name).toList(); }

    /**
     * Every measure of the model, by name in file order, evaluated on {@code rho}. A measure that
     * has no meaning on this state ({@link MeasureException} from steadfast-core) is a
     * {@link ModelException} naming the measure.
     */
    public LinkedHashMap<String, Double> measure(DensityMatrix rho) throws ModelException {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (Instantiator.NamedMeasure m : parts.measures()) {
            try {
                out.put(m.name(), m.measure().apply(rho));
            } catch (MeasureException e) {
                throw new ModelException(spec.source(), m.line(), "measures." + m.name(), e.getMessage());
            }
        }
        return out;
    }

    /**
     * An operator written in the expression language, evaluated at this point on this space
     * (a number c means c·I). Useful for tests and for tools that inspect a model.
     */
    public Operator operator(String expression) throws ModelException {
        try {
            return new Evaluator(parts.parameters(), parts.layout()).operator(Parser.parse(expression));
        } catch (ExprException e) {
            throw new ModelException(spec.source(), 0, "expression \"" + expression + "\"", e.getMessage());
        }
    }
}
