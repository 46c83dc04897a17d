package dev.steadfast.model;

import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.global.BlochRedfield;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.build.Evaluator;
import dev.steadfast.model.build.InitialStateBuilder;
import dev.steadfast.model.build.Instantiator;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import dev.steadfast.model.read.InitialStateDecl;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model evaluated at one parameter point: what it is ({@link #kind()}, one {@link ModelSystem}
 * variant per kind of generator) and its measures. Immutable; {@link #solve} and {@link #measure}
 * may be called from several threads. {@link #solve(SteadyStateOptions)} works for every kind
 * through the one steady-state pipeline and is the entry point to use:
 * <pre>
 *   SolvedPoint p = model.instantiate(overrides).solve(SteadyStateOptions.defaults());
 *   if (p.isUnique()) { p.measures() ... } else { p.steadyState().describe() ... }
 * </pre>
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

    /** What the model is at this point. */
    public ModelSystem<?> kind() { return parts.system(); }

    /** True for a model whose site is a permutation-invariant ensemble ({@code {ensemble: N}}). */
    public boolean isEnsemble() { return kind() instanceof EnsembleModel; }

    /** True for a model whose sites are all oscillators (its states are {@code GaussianState}s). */
    public boolean isGaussian() { return kind() instanceof GaussianModel; }

    /** Whether the model's global baths are Bloch–Redfield ({@code form: redfield}). */
    public boolean isRedfield() { return kind() instanceof RedfieldModel; }

    /**
     * The open system of a Lindblad model.
     *
     * @throws IllegalStateException for an ensemble model or a model with Bloch–Redfield baths
     *                               (not of Lindblad form); use {@link #solve} or {@link #kind()}
     */
    public OpenSystem system() {
        if (kind() instanceof LindbladModel l) {
            return l.system();
        }
        throw new IllegalStateException(spec.name() + " is " + describeKind() + " and has no OpenSystem of Lindblad form; "
                + "use solve() or kind()");
    }

    /**
     * The ensemble system of an ensemble model.
     *
     * @throws IllegalStateException for any other kind
     */
    public EnsembleSystem ensembleSystem() {
        if (kind() instanceof EnsembleModel e) {
            return e.system();
        }
        throw new IllegalStateException(spec.name() + " is not an ensemble model; use system()");
    }

    /**
     * The Bloch–Redfield tensor of a model with {@code form: redfield} baths.
     *
     * @throws IllegalStateException for any other kind
     */
    public BlochRedfield redfield() {
        if (kind() instanceof RedfieldModel r) {
            return r.redfield();
        }
        throw new IllegalStateException(spec.name() + " has no Bloch-Redfield baths; use system()");
    }

    /**
     * The Hamiltonian of a full-space model (Lindblad or Bloch–Redfield).
     *
     * @throws IllegalStateException for an ensemble model
     */
    public Operator hamiltonian() {
        return kind().fullSpaceHamiltonian().orElseThrow(() -> new IllegalStateException(spec.name() + " is "
                + describeKind() + "; it has no Hamiltonian on a full tensor space"));
    }

    /**
     * The space of a full-space model.
     *
     * @throws IllegalStateException for an ensemble model
     */
    public Space space() {
        if (kind().fullSpaceHamiltonian().isEmpty()) {
            throw new IllegalStateException(spec.name() + " is " + describeKind() + "; it has no full tensor space");
        }
        return parts.layout().space();
    }

    /** Measure names in file order. */
    public List<String> measureNames() { return spec.measures().stream().map(m -> m.name()).toList(); }

    /**
     * Solves for the steady state by the one pipeline ({@link SteadyStates#solve}) on this kind's
     * generator ({@link ModelSystem#steadyState}; a Gaussian model solves its Lyapunov equation) and evaluates every measure on it. When the steady state is not unique the
     * measures are empty and the result says why; no exception is thrown for that.
     *
     * @throws ModelException when a measure has no meaning on the steady state (it is named)
     * @throws dev.steadfast.steady.SteadyStateException when the solver fails numerically
     */
    public SolvedPoint solve(SteadyStateOptions options) throws ModelException {
        return solve(kind(), options);
    }

    private <S> SolvedPoint solve(ModelSystem<S> k, SteadyStateOptions options) throws ModelException {
        SteadyState<S> ss = k.steadyState(options);
        LinkedHashMap<String, Double> m = ss instanceof SteadyState.Unique<S> u ? evaluate(k.measures(), u.state())
                : new LinkedHashMap<>();
        List<TruncationCheck> convergence = new java.util.ArrayList<>();
        if (ss.isUnique()) {
            for (Truncation<S> t : k.coarserTruncations()) {
                convergence.add(TruncationCheck.of(t, state -> evaluate(k.measures(), state), m, options));
            }
        }
        return new SolvedPoint(ss, m, List.copyOf(convergence));
    }


    /** {@link #solve(SteadyStateOptions)} with {@link SteadyStateOptions#defaults()}. */
    public SolvedPoint solve() throws ModelException {
        return solve(SteadyStateOptions.defaults());
    }

    /**
     * The Gibbs state ρ = e^(−H/T)/Z of the model's Hamiltonian at temperature T (k_B = 1) and
     * every measure on it, computed exactly by diagonalising H: no bath, no solver. Degenerate
     * levels are weighted equally, so T = 0 gives the uniform mixture of the ground space (exactly,
     * with levels within 1e-10·max|E| of the lowest counted as ground states).
     *
     * @param temperature T ≥ 0, finite
     * @throws IllegalArgumentException when T is negative or not finite
     * @throws IllegalStateException    for an ensemble model (its Hamiltonian acts on the Dicke ladders)
     * @throws ModelException           when a measure has no meaning on the state (it is named)
     */
    public Gibbs gibbs(double temperature) throws ModelException {
        DensityMatrix rho = InitialStates.thermal(hamiltonian(), temperature);
        return new Gibbs(temperature, rho, measure(rho));
    }

    /**
     * A Gibbs state and the measures on it.
     *
     * @param temperature the temperature T
     * @param state       e^(−H/T)/Z
     * @param measures    every measure on it, in file order
     */
    public record Gibbs(double temperature, DensityMatrix state, LinkedHashMap<String, Double> measures) {
    }

    /**
     * The exact state reached from {@code rho0} and the measures on it: for a steady state that is
     * not unique, the member the initial state selects.
     *
     * @param rho0 a state of this kind ({@link ModelSystem#stateType()})
     * @throws IllegalArgumentException when rho0 is not a state of this kind
     */
    public Reached reachedFrom(Object rho0) throws ModelException {
        return reached(kind(), rho0);
    }

    private <S> Reached reached(ModelSystem<S> k, Object rho0) throws ModelException {
        AsymptoticState<S> a = k.reachedFrom(cast(k, rho0));
        return new Reached(a, evaluate(k.measures(), a.state()));
    }

    /**
     * The state reached from an initial state, and the measures on it.
     *
     * @param state    the asymptotic state with its certificate
     * @param measures every measure on it, in file order
     */
    public record Reached(AsymptoticState<?> state, LinkedHashMap<String, Double> measures) {
    }

    /**
     * The initial state written as {@code text}, of this model's kind: full-space models hand the
     * text to {@code fullSpace}; an ensemble parses its symmetric states itself.
     *
     * @throws ModelException when the text names no valid state of this model
     */
    public Object initialState(String text, ModelSystem.FullSpaceStates fullSpace) throws ModelException {
        return kind().initialState(text, spec.name(), fullSpace);
    }

    /**
     * Evolves {@code rho0} (a state of this kind) and records every measure, in file order, at each
     * output time.
     *
     * @throws ModelException when a measure has no meaning on an evolved state (it is named)
     */
    public EvolutionResult evolve(Object rho0, double[] times, EvolutionOptions options) throws ModelException {
        return evolve(rho0, times, options, (t, s) -> { });
    }

    /**
     * As {@link #evolve(Object, double[], EvolutionOptions)}, also showing {@code states} the state
     * (of this kind) at every output time, in order, before its measures are evaluated.
     */
    public EvolutionResult evolve(Object rho0, double[] times, EvolutionOptions options,
                                  java.util.function.BiConsumer<Double, Object> states) throws ModelException {
        try {
            return evolve(kind(), rho0, times, options, states);
        } catch (MeasureFailure e) {
            throw e.cause;
        }
    }

    private <S> EvolutionResult evolve(ModelSystem<S> k, Object rho0, double[] times, EvolutionOptions options,
                                       java.util.function.BiConsumer<Double, Object> states) {
        S s0 = cast(k, rho0);
        List<String> names = measureNames();
        return k.evolve(s0, times, options, (t, s) -> {
            states.accept(t, s);
            try {
                LinkedHashMap<String, Double> m = evaluate(k.measures(), s);
                double[] v = new double[names.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = m.get(names.get(i));
                }
                return v;
            } catch (ModelException e) {
                throw new MeasureFailure(e);
            }
        });
    }

    /** Carries a measure's ModelException out of the evolution's observer. */
    private static final class MeasureFailure extends RuntimeException {
        private final transient ModelException cause;

        MeasureFailure(ModelException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private <S> S cast(ModelSystem<S> k, Object state) {
        if (!k.stateType().isInstance(state)) {
            throw new IllegalArgumentException(spec.name() + " is " + describeKind() + "; its states are "
                    + k.stateType().getSimpleName() + "s, not " + state.getClass().getSimpleName() + "s");
        }
        return k.stateType().cast(state);
    }

    /** The k eigenvalues of the generator nearest zero. */
    public LiouvillianSpectrum spectrum(int k, SpectrumOptions options) {
        return kind().spectrum(k, options);
    }

    /**
     * Every measure, by name in file order, evaluated on a state of this kind. A measure that has
     * no meaning on this state ({@link MeasureException} from steadfast-core) is a
     * {@link ModelException} naming the measure.
     *
     * @throws IllegalArgumentException when the state is not of this kind
     */
    public LinkedHashMap<String, Double> measure(Object state) throws ModelException {
        return measure(kind(), state);
    }

    private <S> LinkedHashMap<String, Double> measure(ModelSystem<S> k, Object state) throws ModelException {
        return evaluate(k.measures(), cast(k, state));
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

    private String describeKind() {
        return kind().describe();
    }

    /**
     * An operator written in the expression language, evaluated at this point on this space
     * (a number c means c·I). Useful for tests and for tools that inspect a model. Full-space
     * models only.
     */
    public Operator operator(String expression) throws ModelException {
        if (kind().fullSpaceHamiltonian().isEmpty()) {
            throw new IllegalStateException(spec.name() + " is " + describeKind() + "; its operators have no full-space matrix");
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

    /**
     * The generator of the dynamics in the real Hermitian operator basis, of a full-space model (a
     * Lindblad system or a Bloch–Redfield tensor).
     *
     * @throws IllegalStateException for an ensemble model
     */
    public RealGenerator generator() {
        if (kind() instanceof RedfieldModel r) {
            return r.redfield().generator();
        }
        return RealGenerator.of(system());
    }
}
