package dev.steadfast.model;

import dev.steadfast.dynamics.Evolution;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.heom.HeomGenerator;
import dev.steadfast.heom.HeomState;
import dev.steadfast.heom.HeomSystem;
import dev.steadfast.liouville.Generator;
import dev.steadfast.model.build.Instantiator.NamedMeasure;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.Spectra;
import dev.steadfast.spectrum.SpectrumOptions;
import dev.steadfast.spectrum.SteadyManifold;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A model with {@code type: heom} baths: its states are whole hierarchies ({@link HeomState}),
 * its generator the HEOM ({@link HeomGenerator}), with the model's Lindblad dissipators in the
 * system part. Measures read the reduced state ρ, and {@code heat_current} of a heom bath its
 * first-tier ADOs. Initial states are {@code ρ0 ⊗ ρ_B} (every ADO but ρ zero). No symmetry
 * sector is used; positivity of ρ is reported, not enforced (a truncated hierarchy is not
 * completely positive).
 *
 * @param system   the hierarchy: H, jumps, baths and depth
 * @param measures the compiled measures
 */
public record HeomModel(HeomSystem system, List<NamedMeasure<HeomState>> measures) implements ModelSystem<HeomState> {

    @Override
    public Generator<HeomState> generator(boolean useSymmetry) {
        return new HeomGenerator(system);
    }

    @Override
    public AsymptoticState<HeomState> reachedFrom(HeomState rho0) {
        return SteadyManifold.of(new HeomGenerator(system)).reachedFrom(rho0);
    }

    @Override
    public LiouvillianSpectrum spectrum(int k, SpectrumOptions options) {
        return Spectra.nearestZero(new HeomGenerator(system).matrix(), k, options);
    }

    @Override
    public EvolutionResult evolve(HeomState rho0, double[] times, EvolutionOptions options,
                                  BiFunction<Double, HeomState, double[]> observer) {
        HeomGenerator g = new HeomGenerator(system);
        return Evolution.evolveCoordinates(g.matrix(), g.coordinates(rho0).orElseThrow(), g.traceFunctional(), times,
                options, (t, x) -> observer.apply(t, g.state(x)));
    }

    @Override
    public HeomState initialState(String text, String modelName, FullSpaceStates fullSpace) throws ModelException {
        return HeomState.uncorrelated(system, fullSpace.parse(text));
    }

    /** The hierarchy at depth − 1 and with one Bose-function term fewer in every bath (when there are such). */
    @Override
    public List<Truncation<HeomState>> coarserTruncations() {
        List<Truncation<HeomState>> out = new java.util.ArrayList<>();
        if (system.depth() > 0) {
            out.add(new Truncation<>("depth " + (system.depth() - 1), new HeomGenerator(system.withDepth(system.depth() - 1))));
        }
        if (system.baths().stream().anyMatch(b -> b.terms() > 0)) {
            out.add(new Truncation<>("terms - 1", new HeomGenerator(system.withTermsChangedBy(-1))));
        }
        return List.copyOf(out);
    }

    @Override
    public Class<HeomState> stateType() { return HeomState.class; }

    @Override
    public String describe() { return "a model with heom baths (type: heom)"; }

    @Override
    public java.util.Optional<dev.steadfast.operator.Operator> fullSpaceHamiltonian() {
        return java.util.Optional.of(new dev.steadfast.operator.Operator(system.space(),
                dev.steadfast.linalg.SparseCMatrix.fromDense(system.hamiltonian())));
    }
}
