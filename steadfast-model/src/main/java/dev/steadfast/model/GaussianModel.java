package dev.steadfast.model;

import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.gaussian.GaussianEvolution;
import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.gaussian.GaussianSteadyStates;
import dev.steadfast.gaussian.GaussianSystem;
import dev.steadfast.liouville.Generator;
import dev.steadfast.model.build.Instantiator.NamedMeasure;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A model whose sites are all oscillators: a {@link GaussianSystem} (H of degree ≤ 2 in the
 * ladder operators, linear jumps), solved without truncation for the first moments and the
 * covariance matrix ({@link GaussianSteadyStates}); its states are {@link GaussianState}s and its
 * measures the CV measures. It has no Liouvillian matrix: {@link #steadyState} replaces the
 * generator pipeline, and the services that need a density matrix (generator, reached state,
 * spectrum, evolution, initial states) are refused with a message saying so.
 *
 * @param system   the Gaussian system
 * @param modes     the site names, in file order (for messages)
 * @param modeNames one name per mode in the order of the quadratures r = (x1, p1, x2, p2, ...):
 *                  {@code c} for a single oscillator, {@code r[1]}, {@code r[2]}, ... for an array
 * @param measures  the compiled measures
 */
public record GaussianModel(GaussianSystem system, List<String> modes, List<String> modeNames,
                            List<NamedMeasure<GaussianState>> measures)
        implements ModelSystem<GaussianState> {

    @Override
    public SteadyState<GaussianState> steadyState(SteadyStateOptions options) {
        return GaussianSteadyStates.solve(system, options.method());
    }

    @Override
    public Generator<GaussianState> generator(boolean useSymmetry) {
        throw unsupported("has no Liouvillian generator (it is solved by the Lyapunov equation; use steadyState)");
    }

    @Override
    public AsymptoticState<GaussianState> reachedFrom(GaussianState rho0) {
        throw unsupported("has no projection onto a steady-state manifold in this version");
    }

    @Override
    public LiouvillianSpectrum spectrum(int k, SpectrumOptions options) {
        throw unsupported("has no Liouvillian spectrum in this version");
    }

    /** The moments in time, exactly ({@link GaussianEvolution}: matrix exponentials of their linear equations). */
    @Override
    public EvolutionResult evolve(GaussianState rho0, double[] times, EvolutionOptions options,
                                  BiFunction<Double, GaussianState, double[]> observer) {
        return GaussianEvolution.observe(system, rho0, times, observer);
    }

    /**
     * Gaussian initial states: {@code vacuum}; {@code thermal(c1=n1, c2=n2, ...)} (product thermal
     * states with these mean occupations, the other modes in vacuum); {@code coherent(c1=a1, ...)}
     * (coherent states with these real amplitudes ⟨a⟩, the others in vacuum).
     */
    @Override
    public GaussianState initialState(String text, String modelName, FullSpaceStates fullSpace) throws ModelException {
        return GaussianInitialStates.parse(text, modeNames, modelName);
    }

    @Override
    public Class<GaussianState> stateType() { return GaussianState.class; }

    private UnsupportedByKindException unsupported(String what) {
        return new UnsupportedByKindException("a Gaussian model (sites " + String.join(", ", modes) + ": oscillators) " + what);
    }

    @Override
    public String describe() { return "a Gaussian model (all sites oscillators)"; }
}
