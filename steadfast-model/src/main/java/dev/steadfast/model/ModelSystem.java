package dev.steadfast.model;

import dev.steadfast.liouville.Generator;
import dev.steadfast.model.build.Instantiator.NamedMeasure;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a model is at one parameter point, one variant per kind of generator: a
 * {@link LindbladModel} (an open system on the full tensor space, Davies global baths included),
 * an {@link EnsembleModel} (a permutation-invariant ensemble on its Dicke ladders) or a
 * {@link RedfieldModel} (Bloch–Redfield baths), a {@link HeomModel} (hierarchical equations of
 * motion) or a {@link GaussianModel} (oscillators, solved by a Lyapunov equation). Each gives the
 * same services, so that commands
 * never branch on the kind: the generator the steady-state pipeline solves, the state reached from
 * an initial state, the spectrum, and its measures. New kinds (fermionic, Gaussian, hierarchies)
 * are new variants.
 *
 * @param <S> the state type of this kind
 */
public sealed interface ModelSystem<S> permits LindbladModel, EnsembleModel, RedfieldModel, HeomModel, GaussianModel {

    /** The generator of the steady-state problem, in a symmetry sector when {@code useSymmetry} and one applies. */
    Generator<S> generator(boolean useSymmetry);

    /**
     * The steady state by the one pipeline on {@link #generator}; a kind without a Liouvillian
     * matrix (a {@link GaussianModel}) overrides this with its own solve, in the same typed result.
     */
    default SteadyState<S> steadyState(SteadyStateOptions options) {
        return SteadyStates.solve(generator(options.useSymmetry()), options);
    }

    /** The exact state reached from {@code rho0} (in the sector that contains it when there is one). */
    AsymptoticState<S> reachedFrom(S rho0);

    /** The k eigenvalues of the generator nearest zero (all coordinates, no symmetry shortcut). */
    LiouvillianSpectrum spectrum(int k, SpectrumOptions options);

    /** Evolves {@code rho0}, showing the observer the state at every output time. */
    EvolutionResult evolve(S rho0, double[] times, EvolutionOptions options, BiFunction<Double, S, double[]> observer);

    /**
     * The initial state written as {@code text}: full-space kinds hand it to {@code fullSpace} (the
     * caller's parser of product, Bell, thermal... states); an ensemble parses its own symmetric
     * states (ground, excited, dicke(K), coherent(theta, phi)).
     */
    S initialState(String text, String modelName, FullSpaceStates fullSpace) throws ModelException;

    /** A parser of initial states on the full tensor space. */
    @FunctionalInterface
    interface FullSpaceStates {
        DensityMatrix parse(String text) throws ModelException;
    }

    /** The model's measures, compiled for this kind's states, in file order. */
    List<NamedMeasure<S>> measures();

    /**
     * Coarser truncations of the generator to solve next to it (a hierarchy's depth − 1 and terms − 1),
     * so that a report shows whether the truncation is converged; none for kinds without truncation.
     */
    default List<Truncation<S>> coarserTruncations() {
        return List.of();
    }

    /** What the model is, for messages, e.g. "a Lindblad model". */
    String describe();

    /**
     * The Hamiltonian on the full tensor space of the sites, or empty for a kind that has none (an
     * ensemble acts on its Dicke ladders, oscillators have no finite space).
     */
    default java.util.Optional<dev.steadfast.operator.Operator> fullSpaceHamiltonian() {
        return java.util.Optional.empty();
    }

    /** The type of this kind's states. */
    Class<S> stateType();
}
