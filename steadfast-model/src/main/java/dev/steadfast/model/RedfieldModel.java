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
import java.util.List;

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
    public Class<DensityMatrix> stateType() { return DensityMatrix.class; }
}
