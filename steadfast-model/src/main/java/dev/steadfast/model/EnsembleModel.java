package dev.steadfast.model;

import dev.steadfast.ensemble.EnsembleGenerator;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.liouville.Generator;
import dev.steadfast.model.build.Instantiator.NamedMeasure;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.Spectra;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.spectrum.SteadyManifold;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.ensemble.EnsembleEvolution;
import dev.steadfast.model.build.EnsembleInitialStates;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A permutation-invariant ensemble ({@code e: {ensemble: N}}), solved on its Dicke ladders; its
 * states are {@link EnsembleState}s (permutation-invariant initial states only).
 *
 * @param system   the ensemble
 * @param measures the compiled ensemble measures
 */
public record EnsembleModel(EnsembleSystem system, List<NamedMeasure<EnsembleState>> measures)
        implements ModelSystem<EnsembleState> {

    @Override
    public Generator<EnsembleState> generator(boolean useSymmetry) {
        return EnsembleGenerator.of(system, useSymmetry);
    }

    @Override
    public AsymptoticState<EnsembleState> reachedFrom(EnsembleState rho0) {
        return SteadyManifold.steadyStateFrom(EnsembleGenerator.of(system), EnsembleGenerator.full(system), rho0);
    }

    @Override
    public LiouvillianSpectrum spectrum(int k, SpectrumOptions options) {
        return Spectra.nearestZero(EnsembleGenerator.full(system).matrix(), k, options);
    }

    @Override
    public EvolutionResult evolve(EnsembleState rho0, double[] times, EvolutionOptions options,
                                  BiFunction<Double, EnsembleState, double[]> observer) {
        return EnsembleEvolution.observe(system, rho0, times, options, observer);
    }

    @Override
    public EnsembleState initialState(String text, String modelName, FullSpaceStates fullSpace) throws ModelException {
        return EnsembleInitialStates.parse(text, system.ladders(), modelName);
    }

    @Override
    public Class<EnsembleState> stateType() { return EnsembleState.class; }

    @Override
    public String describe() {
        return "a permutation-invariant ensemble model ({ensemble: " + system.members() + "})";
    }
}
