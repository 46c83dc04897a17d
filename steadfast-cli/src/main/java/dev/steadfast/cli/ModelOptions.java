package dev.steadfast.cli;

import dev.steadfast.model.Catalogue;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code MODEL} argument and the {@code --set} overrides, shared by every command that solves a model (a picocli mixin). */
final class ModelOptions {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file (YAML or JSON) or a built-in model name (see `steadfast models`).")
    String model;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override a parameter (repeatable); VALUE is a number expression such as 0.5, pi/4 or 2*pi/3.")
    Map<String, String> set = new LinkedHashMap<>();

    /** The model: a file that exists, otherwise a built-in model of that name. */
    Model resolve() throws ModelException {
        return Catalogue.resolve(model);
    }

    /** The {@code --set} overrides, in command-line order. */
    Map<String, Double> overrides() {
        Map<String, Double> values = new LinkedHashMap<>();
        set.forEach((k, v) -> values.put(k, NumberArgument.parse(v, "--set " + k + "=" + v)));
        return values;
    }

    /**
     * {@code m} at the {@code --set} point; a model that cannot fit in this JVM is refused before
     * anything is allocated ({@link Model#requireFits}).
     */
    ModelInstance instantiate(Model m) throws ModelException {
        Map<String, Double> values = overrides();
        m.requireFits(values);
        return m.instantiate(values);
    }
}
