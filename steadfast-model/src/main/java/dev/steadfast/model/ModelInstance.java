package dev.steadfast.model;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleSteadyState;
import dev.steadfast.ensemble.EnsembleSteadyStateSolver;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.global.BlochRedfield;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.build.GlobalBaths;
import dev.steadfast.model.build.InitialStateBuilder;
import dev.steadfast.model.read.InitialStateDecl;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.model.build.Evaluator;
import dev.steadfast.model.build.Instantiator;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model evaluated at one parameter point: its system and its measures. Immutable;
 * {@link #solve} and {@link #measure} may be called from several threads.
 *
 * <p>Two kinds of model: an <em>ordinary</em> model is an {@link OpenSystem} on the full tensor
 * space of its sites ({@link #system()}); an <em>ensemble</em> model ({@code e: {ensemble: N}},
 * {@link #isEnsemble()}) is an {@link EnsembleSystem} solved in the Dicke basis, and has no
 * full-space system. {@link #solve(SteadyStateOptions)} works for both and is the entry point to
 * use:
 * <pre>
 *   SolvedPoint p = model.instantiate(overrides).solve(SteadyStateOptions.defaults());
 *   if (p.isUnique()) { p.measures() ... } else { p.diagnostics().message() ... }
 * </pre>
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

    /** True for a model whose site is a permutation-invariant ensemble ({@code {ensemble: N}}). */
    public boolean isEnsemble() { return parts.ensemble() != null; }

    /**
     * The open system on the full space of an ordinary model.
     *
     * @throws IllegalStateException for an ensemble model, which has no full-space system (use
     *                               {@link #solve} or {@link #ensembleSystem()}), and for a model
     *                               with Bloch–Redfield baths, which is not of Lindblad form (use
     *                               {@link #solve}, {@link #redfield()} or {@link #generator()})
     */
    public OpenSystem system() {
        if (isRedfield()) {
            throw new IllegalStateException(spec.name() + " has Bloch-Redfield baths (form: redfield): it is not of Lindblad "
                    + "form and has no OpenSystem; use solve(), redfield() or generator()");
        }
        if (isEnsemble()) {
            throw new IllegalStateException(spec.name() + " is a permutation-invariant ensemble model (sites." + parts.layout().ensemble()
                    + ": {ensemble: " + parts.layout().members() + "}); it has no OpenSystem on the full 2^N space: "
                    + "use ModelInstance.solve(options) or ensembleSystem()");
        }
        return parts.system();
    }

    /**
     * The ensemble system of an ensemble model.
     *
     * @throws IllegalStateException for an ordinary model
     */
    public EnsembleSystem ensembleSystem() {
        if (!isEnsemble()) {
            throw new IllegalStateException(spec.name() + " is not an ensemble model; use system()");
        }
        return parts.ensemble();
    }

    /**
     * The space of an ordinary model.
     *
     * @throws IllegalStateException for an ensemble model
     */
    public Space space() {
        if (isEnsemble()) {
            throw new IllegalStateException(spec.name() + " is an ensemble model; it is solved in the Dicke basis and has no full tensor space");
        }
        return parts.layout().space();
    }

    /** Measure names in file order. */
    public List<String> measureNames() { return spec.measures().stream().map(m -> m.name()).toList(); }

    /**
     * Solves for the steady state and evaluates every measure on it: {@link SteadyStates#solve}
     * for an ordinary model, {@link BlochRedfield#steadyState()} for a model with Bloch–Redfield
     * baths ({@link RedfieldDiagnostics}: positivity reported, not enforced), {@link EnsembleSteadyStateSolver} (method AUTO) for an ensemble model.
     * When the steady state is not unique the measures are empty and the diagnostics say why; no
     * exception is thrown for that.
     *
     * @throws ModelException when a measure has no meaning on the steady state (it is named)
     * @throws dev.steadfast.steady.SteadyStateException when the solver fails numerically
     */
    public SolvedPoint solve(SteadyStateOptions options) throws ModelException {
        if (isEnsemble()) {
            EnsembleSteadyState ss = new EnsembleSteadyStateSolver(options).solve(parts.ensemble());
            LinkedHashMap<String, Double> m = ss.isUnique() ? measure(ss.rho()) : new LinkedHashMap<>();
            return new SolvedPoint(ss.diagnostics(), m, null, ss.isUnique() ? ss.rho() : null);
        }
        if (isRedfield()) {
            dev.steadfast.global.RedfieldSteadyState rs = redfield().steadyState();
            return new SolvedPoint(RedfieldDiagnostics.of(rs), measure(rs.state()), rs.state(), null);
        }
        SteadyState ss = SteadyStates.solve(parts.system(), options);
        LinkedHashMap<String, Double> m = ss.isUnique() ? measure(ss.rho()) : new LinkedHashMap<>();
        return new SolvedPoint(ss.diagnostics(), m, ss.isUnique() ? ss.rho() : null, null);
    }

    /** {@link #solve(SteadyStateOptions)} with {@link SteadyStateOptions#defaults()}. */
    public SolvedPoint solve() throws ModelException {
        return solve(SteadyStateOptions.defaults());
    }

    /**
     * Every measure of an ordinary model, by name in file order, evaluated on {@code rho}. A
     * measure that has no meaning on this state ({@link MeasureException} from steadfast-core) is
     * a {@link ModelException} naming the measure.
     *
     * @throws IllegalStateException for an ensemble model (use {@link #measure(EnsembleState)})
     */
    public LinkedHashMap<String, Double> measure(DensityMatrix rho) throws ModelException {
        if (isEnsemble()) {
            throw new IllegalStateException(spec.name() + " is an ensemble model; its measures apply to an EnsembleState");
        }
        return evaluate(parts.measures(), rho);
    }

    /**
     * Every measure of an ensemble model on a permutation-invariant state, as
     * {@link #measure(DensityMatrix)}.
     *
     * @throws IllegalStateException for an ordinary model
     */
    public LinkedHashMap<String, Double> measure(EnsembleState state) throws ModelException {
        if (!isEnsemble()) {
            throw new IllegalStateException(spec.name() + " is not an ensemble model; its measures apply to a DensityMatrix");
        }
        return evaluate(parts.ensembleMeasures(), state);
    }

    private <S> LinkedHashMap<String, Double> evaluate(List<Instantiator.NamedMeasure<S>> measures, S state) throws ModelException {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (Instantiator.NamedMeasure<S> m : measures) {
            try {
                out.put(m.name(), m.measure().apply(state));
            } catch (MeasureException e) {
                throw new ModelException(spec.source(), m.line(), "measures." + m.name(), e.getMessage());
            }
        }
        return out;
    }

    /**
     * An operator written in the expression language, evaluated at this point on this space
     * (a number c means c·I). Useful for tests and for tools that inspect a model. Ordinary
     * models only.
     */
    public Operator operator(String expression) throws ModelException {
        if (isEnsemble()) {
            throw new IllegalStateException(spec.name() + " is an ensemble model; its operators have no full-space matrix");
        }
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

    /**
     * The generator of the dynamics in the real Hermitian operator basis: of {@link #system()} or
     * of {@link #redfield()}. Ordinary (full-space) models only.
     */
    public RealGenerator generator() throws ModelException {
        return isRedfield() ? redfield().generator() : RealGenerator.of(system());
    }
}
