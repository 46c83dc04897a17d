package dev.steadfast.model;

import dev.steadfast.global.BlochRedfield;
import dev.steadfast.liouville.Generator;
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
import java.util.List;
import java.util.function.BiFunction;

/**
 * A model with Bloch–Redfield baths ({@code form: redfield}): not of Lindblad form, so positivity
 * of its steady state is reported, not enforced. No symmetry sector is used.
 *
 * @param hamiltonianSystem the system's Hamiltonian (as an open system without dissipators)
 * @param redfield          the Bloch–Redfield tensor
 * @param measures          the compiled measures
 */
public record RedfieldModel(OpenSystem hamiltonianSystem, BlochRedfield redfield, List<NamedMeasure<DensityMatrix>> measures)
        implements ModelSystem<DensityMatrix> {

    @Override
    public Generator<DensityMatrix> generator(boolean useSymmetry) {
        return redfield.steadyStateGenerator();
    }

    @Override
    public AsymptoticState<DensityMatrix> reachedFrom(DensityMatrix rho0) {
        return SteadyManifold.of(redfield.steadyStateGenerator()).reachedFrom(rho0);
    }

    @Override
    public LiouvillianSpectrum spectrum(int k, SpectrumOptions options) {
        return Spectra.nearestZero(redfield.generator(), k, options);
    }

    @Override
    public EvolutionResult evolve(DensityMatrix rho0, double[] times, EvolutionOptions options,
                                  BiFunction<Double, DensityMatrix, double[]> observer) {
        return Evolution.of(redfield.generator()).from(rho0).with(options).observe(times, observer::apply);
    }

    @Override
    public DensityMatrix initialState(String text, String modelName, FullSpaceStates fullSpace) throws ModelException {
        return fullSpace.parse(text);
    }

    @Override
    public Class<DensityMatrix> stateType() { return DensityMatrix.class; }

    @Override
    public String describe() { return "a model with Bloch-Redfield baths (form: redfield)"; }

    @Override
    public java.util.Optional<dev.steadfast.operator.Operator> fullSpaceHamiltonian() {
        return java.util.Optional.of(hamiltonianSystem.hamiltonian());
    }
}
