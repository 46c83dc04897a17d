package dev.steadfast.global;

import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.Positivity;
import dev.steadfast.liouville.PreconditionerCost;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.liouville.StateProperties;
import dev.steadfast.liouville.Symmetry;
import dev.steadfast.state.DensityMatrix;
import java.util.Optional;

/**
 * A {@link BlochRedfield} tensor as a {@link Generator}: its real matrix in the full Hermitian
 * basis, the certificate's residual by the dense action {@link BlochRedfield#apply}, and
 * positivity {@link Positivity#REPORTED} (Redfield theory is not completely positive). No
 * symmetry is used; GMRES runs without a preconditioner (the tensor is dense and small).
 */
public final class RedfieldGenerator implements Generator<DensityMatrix> {
    private static final Description DESCRIPTION = new Description("the Bloch-Redfield generator",
            "a real Hermitian operator basis (Bloch-Redfield tensor)", "no preconditioner",
            "a dark state or decoherence-free subspace");

    private final BlochRedfield redfield;
    private final RealGenerator real;

    RedfieldGenerator(BlochRedfield redfield) {
        this.redfield = redfield;
        this.real = redfield.generator();
    }

    @Override
    public int size() { return real.size(); }

    @Override
    public long hilbertDimension() { return real.space().dimension(); }

    @Override
    public RealCsc matrix() { return real.matrix(); }

    @Override
    public double[] traceFunctional() { return real.traceFunctional(); }

    @Override
    public int traceRow() { return real.basis().diagonalCoordinates()[0]; }

    @Override
    public DensityMatrix state(double[] x) {
        return new DensityMatrix(real.space(), real.toMatrix(x));
    }

    @Override
    public Optional<double[]> coordinates(DensityMatrix state) {
        if (!state.space().equals(real.space())) {
            throw new IllegalArgumentException("a state on " + state.space() + " for a generator on " + real.space());
        }
        return Optional.of(real.coordinates(state.matrix()));
    }

    @Override
    public double residual(DensityMatrix state) {
        return redfield.apply(state.matrix()).frobeniusNorm();
    }

    @Override
    public StateProperties properties(DensityMatrix state) {
        return StateProperties.of(state);
    }

    @Override
    public Positivity positivity() { return Positivity.REPORTED; }

    @Override
    public Optional<Preconditioner> preconditioner() { return Optional.of(Preconditioner.IDENTITY); }

    @Override
    public PreconditionerCost preconditionerCost() { return PreconditionerCost.identity(size()); }

    @Override
    public Symmetry symmetry() { return new Symmetry.None(size()); }

    @Override
    public Description description() { return DESCRIPTION; }
}
