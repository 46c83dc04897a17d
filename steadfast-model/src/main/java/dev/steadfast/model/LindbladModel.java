package dev.steadfast.model;

import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.model.build.Instantiator.NamedMeasure;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.Spectra;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.spectrum.SteadyManifold;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.dynamics.Evolution;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.liouville.RealGenerator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A model of Lindblad form on the full tensor space of its sites.
 *
 * @param system   H and the dissipators (Davies global baths already in Lindblad form)
 * @param measures the compiled measures
 */
public record LindbladModel(OpenSystem system, List<NamedMeasure<DensityMatrix>> measures)
        implements ModelSystem<DensityMatrix> {

    @Override
    public Generator<DensityMatrix> generator(boolean useSymmetry) {
        return LindbladGenerator.of(system, useSymmetry);
    }

    @Override
    public AsymptoticState<DensityMatrix> reachedFrom(DensityMatrix rho0) {
        return SteadyManifold.steadyStateFrom(system, rho0);
    }

    @Override
    public LiouvillianSpectrum spectrum(int k, SpectrumOptions options) {
        return Spectra.nearestZero(system, k, options);
    }

    @Override
    public EvolutionResult evolve(DensityMatrix rho0, double[] times, EvolutionOptions options,
                                  BiFunction<Double, DensityMatrix, double[]> observer) {
        return Evolution.of(RealGenerator.of(system)).from(rho0).with(options).observe(times, observer::apply);
    }

    @Override
    public DensityMatrix initialState(String text, String modelName, FullSpaceStates fullSpace) throws ModelException {
        return fullSpace.parse(text);
    }

    @Override
    public Class<DensityMatrix> stateType() { return DensityMatrix.class; }

    @Override
    public String describe() { return "a Lindblad model"; }

    @Override
    public java.util.Optional<dev.steadfast.operator.Operator> fullSpaceHamiltonian() {
        return java.util.Optional.of(system.hamiltonian());
    }
}
