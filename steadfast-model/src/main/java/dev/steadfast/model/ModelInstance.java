package dev.steadfast.model;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.LinkedHashMap;
import java.util.Map;

/** A model evaluated at one parameter point: its open system and its measures. */
public final class ModelInstance {
    private ModelInstance() {
    }

    /** All parameter values at this point, in file order. */
    public Map<String, Double> parameters() { throw new UnsupportedOperationException(); }

    public OpenSystem system() { throw new UnsupportedOperationException(); }

    /** Every measure of the model, by name in file order, evaluated on {@code rho}. */
    public LinkedHashMap<String, Double> measure(DensityMatrix rho) throws ModelException {
        throw new UnsupportedOperationException();
    }
}
