package dev.steadfast.model;

import dev.steadfast.global.BlochRedfield;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.build.GlobalBaths;
import dev.steadfast.model.build.InitialStateBuilder;
import dev.steadfast.model.read.InitialStateDecl;
import dev.steadfast.spectrum.RealGenerator;
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
    private BlochRedfield redfield;

    ModelInstance(ModelSpec spec, Instantiator.Parts parts) {
        this.spec = spec;
        this.parts = parts;
    }

    /** All parameter values at this point, in file order. */
    public Map<String, Double> parameters() { return parts.parameters(); }

    /**
     * The open system (Lindblad form; global Davies baths included).
     *
     * @throws IllegalStateException for a model with Bloch–Redfield baths, which is not of
     *                               Lindblad form (use {@link #redfield()} or {@link #generator()})
     */
    public OpenSystem system() {
        if (isRedfield()) {
            throw new IllegalStateException(spec.name() + " has Bloch-Redfield baths (form: redfield): it is not of Lindblad "
                    + "form and has no OpenSystem; use redfield() or generator()");
        }
        return parts.system();
    }

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

    /** The names of the model's initial states ({@code initial_states:}), in file order. */
    public List<String> initialStateNames() {
        return spec.initialStates().stream().map(InitialStateDecl::name).toList();
    }

    /**
     * The named initial state at this point, checked (Hermitian, trace 1, positive).
     *
     * @throws ModelException when the model has no such state or the state is invalid here
     */
    public DensityMatrix initialState(String name) throws ModelException {
        for (InitialStateDecl d : spec.initialStates()) {
            if (d.name().equals(name)) {
                return InitialStateBuilder.build(spec, d, parts.parameters(), parts.layout());
            }
        }
        throw new ModelException(spec.source(), 0, "initial_states", "no initial state named '" + name + "' (the model's "
                + "initial states: " + (spec.initialStates().isEmpty() ? "none" : String.join(", ", initialStateNames())) + ")");
    }

    /** Whether the model's global baths are Bloch–Redfield ({@code form: redfield}); then {@link #system()} throws. */
    public boolean isRedfield() {
        return GlobalBaths.isRedfield(spec);
    }

    /**
     * The Bloch–Redfield generator of a model with {@code form: redfield} baths (built once).
     *
     * @throws IllegalStateException for a Lindblad model
     */
    public synchronized BlochRedfield redfield() throws ModelException {
        if (!isRedfield()) {
            throw new IllegalStateException(spec.name() + " has no Bloch-Redfield baths; use system()");
        }
        if (redfield == null) {
            redfield = GlobalBaths.redfield(spec, parts.parameters(), parts.layout(), parts.system().hamiltonian());
        }
        return redfield;
    }

    /** The generator of the dynamics in the real Hermitian operator basis: of {@link #system()} or of {@link #redfield()}. */
    public RealGenerator generator() throws ModelException {
        return isRedfield() ? redfield().generator() : RealGenerator.of(parts.system());
    }
}
