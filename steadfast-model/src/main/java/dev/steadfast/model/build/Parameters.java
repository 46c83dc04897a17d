package dev.steadfast.model.build;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates the parameters of a model in file order. A parameter's value is a number or an
 * expression of earlier parameters; an override replaces a parameter's value by a number, and
 * every later parameter that depends on it is recomputed from it. An override of a name that is
 * not a parameter is an error.
 */
public final class Parameters {
    private Parameters() {
    }

    /** The parameter values at {@code overrides}, in file order (unmodifiable). */
    public static Map<String, Double> evaluate(ModelSpec spec, Map<String, Double> overrides) throws ModelException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String k : overrides.keySet()) {
            if (spec.parameters().stream().noneMatch(p -> p.name().equals(k))) {
                throw new ModelException(spec.source(), 0, "parameters", "unknown parameter '" + k + "' in the overrides"
                        + (spec.parameters().isEmpty() ? " (the model has no parameters)" : " (parameters: "
                        + String.join(", ", spec.parameters().stream().map(Specs.Parameter::name).toList()) + ")"));
            }
        }
        for (Specs.Parameter p : spec.parameters()) {
            Double o = overrides.get(p.name());
            if (o != null) {
                if (!Double.isFinite(o)) {
                    throw new ModelException(spec.source(), p.value().line(), "parameters." + p.name(), "override " + o + " is not a finite number");
                }
                values.put(p.name(), o);
                continue;
            }
            try {
                double v = new Evaluator(values, null).real(p.value().expr(), "a parameter");
                if (!Double.isFinite(v)) {
                    throw new ExprException("the value is " + v + ", not a finite number", -1);
                }
                values.put(p.name(), v);
            } catch (ExprException e) {
                throw new ModelException(spec.source(), p.value().line(), "parameters." + p.name(), e.getMessage()
                        + ModelException.quoted(p.value().text()));
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
