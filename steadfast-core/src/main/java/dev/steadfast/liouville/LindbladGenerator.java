package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Lindblad generator of an {@link OpenSystem} as a {@link Generator}: the {@link Liouvillian}
 * in a real {@link HermitianBasis}, the charge-neutral sector when an excitation number is
 * conserved ({@link ChargeSymmetry}; the unique steady state lives there, since L commutes with
 * the charge superoperator), and the {@link SecularPreconditioner} for GMRES. The residual of the
 * certificate is the matrix-free action {@link Liouvillian#apply}.
 */
public final class LindbladGenerator implements Generator<DensityMatrix> {
    private static final Description DESCRIPTION = new Description("the Liouvillian", "a real Hermitian operator basis",
            "the secular preconditioner", "a dark state or decoherence-free subspace");
    private static final Description UNDRIVEN = new Description("the Liouvillian", "a real Hermitian operator basis",
            "the secular preconditioner", "there is no dissipation: every state that commutes with H is stationary");

    private final OpenSystem system;
    private final Liouvillian liouvillian;
    private final HermitianBasis basis;
    private final int[] charge;
    private final HermitianAssembler assembler;
    private final java.util.function.Supplier<RealCsc> assembledMatrix;
    private final RealCsc assembledBordered;
    private RealCsc matrix;

    private LindbladGenerator(OpenSystem system, int[] charge) {
        this.system = system;
        this.liouvillian = Liouvillian.of(system);
        int d = liouvillian.hilbertDimension();
        this.charge = charge;
        this.basis = charge == null ? HermitianBasis.full(d) : HermitianBasis.chargeNeutral(charge);
        this.assembler = new HermitianAssembler(liouvillian, basis);
        this.assembledMatrix = null;
        this.assembledBordered = null;
    }

    private LindbladGenerator(OpenSystem system, int[] charge, HermitianBasis basis,
                              java.util.function.Supplier<RealCsc> matrix, RealCsc bordered) {
        this.system = system;
        this.liouvillian = Liouvillian.of(system);
        this.charge = charge;
        this.basis = basis;
        this.assembler = null;
        this.assembledMatrix = matrix;
        this.assembledBordered = bordered;
    }

    /**
     * The generator of {@code system} whose matrices were assembled elsewhere (a parametric sweep
     * assembles them as linear combinations of fixed terms): {@code basis} must be the basis of
     * {@code charge} ({@link HermitianBasis#chargeNeutral}) or, when charge is null, the full basis;
     * {@code matrix} gives M and {@code bordered} is M with row {@link #traceRow()} replaced by the
     * trace functional. The certificate's residual is still the matrix-free action of the system's
     * Liouvillian, independent of these matrices.
     */
    public static LindbladGenerator assembled(OpenSystem system, int[] charge, HermitianBasis basis,
                                              java.util.function.Supplier<RealCsc> matrix, RealCsc bordered) {
        if (basis.hilbertDimension() != system.space().dimension()) {
            throw new IllegalArgumentException("a basis of dimension " + basis.hilbertDimension() + " for a system of dimension "
                    + system.space().dimension());
        }
        return new LindbladGenerator(system, charge, basis, matrix, bordered);
    }

    /** The generator in the charge-neutral sector when a charge is conserved, in all coordinates otherwise. */
    public static LindbladGenerator of(OpenSystem system) {
        return new LindbladGenerator(system, ChargeSymmetry.detect(system).orElse(null));
    }

    /** The generator in all d^2 coordinates (no symmetry used). */
    public static LindbladGenerator full(OpenSystem system) {
        return new LindbladGenerator(system, null);
    }

    /** {@link #of} when {@code useSymmetry}, otherwise {@link #full}. */
    public static LindbladGenerator of(OpenSystem system, boolean useSymmetry) {
        return useSymmetry ? of(system) : full(system);
    }

    public OpenSystem system() { return system; }

    public Liouvillian liouvillian() { return liouvillian; }

    public HermitianBasis basis() { return basis; }

    @Override
    public int size() { return basis.size(); }

    @Override
    public long hilbertDimension() { return liouvillian.hilbertDimension(); }

    @Override
    public synchronized RealCsc matrix() {
        if (matrix == null) {
            matrix = assembler != null ? assembler.assemble() : assembledMatrix.get();
        }
        return matrix;
    }

    /** Assembled directly in bordered form, or derived from the matrix when that is already assembled. */
    @Override
    public synchronized RealCsc bordered() {
        if (assembledBordered != null) {
            return assembledBordered;
        }
        return matrix != null ? Bordering.replaceRow(matrix, traceFunctional(), traceRow()) : assembler.assemble(traceRow());
    }

    @Override
    public double[] traceFunctional() {
        double[] t = new double[basis.size()];
        for (int c : basis.diagonalCoordinates()) {
            t[c] = 1.0;
        }
        return t;
    }

    @Override
    public int traceRow() { return basis.diagonalCoordinates()[0]; }

    @Override
    public DensityMatrix state(double[] x) {
        return new DensityMatrix(system.space(), basis.toMatrix(x));
    }

    @Override
    public Optional<double[]> coordinates(DensityMatrix state) {
        if (!state.space().equals(system.space())) {
            throw new IllegalArgumentException("a state on " + state.space() + " for a generator on " + system.space());
        }
        CMatrix m = state.matrix();
        if (charge != null) {
            for (int i = 0; i < charge.length; i++) {
                for (int j = 0; j < charge.length; j++) {
                    if (charge[i] != charge[j] && (m.re(i, j) != 0 || m.im(i, j) != 0)) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(basis.coordinates(m));
    }

    @Override
    public double residual(DensityMatrix state) {
        return liouvillian.apply(state.matrix()).frobeniusNorm();
    }

    @Override
    public StateProperties properties(DensityMatrix state) {
        return StateProperties.of(state);
    }

    @Override
    public Positivity positivity() { return Positivity.ENFORCED; }

    @Override
    public Optional<Preconditioner> preconditioner() {
        try {
            return Optional.of(new SecularPreconditioner(system, liouvillian, basis, charge));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Construction: the eigendecompositions of the charge blocks of H ({@code ~30 n_b^3} each) and
     * the population LU ({@code d^3}); application: the dense block products of the basis changes —
     * four real products ({@code 8 sum_b n_b^3} flops) when H is real (its eigenbasis is then real and
     * a Hermitian block travels as one real matrix), complex ones ({@code 32 sum_b n_b^3}) otherwise —
     * and the population solve ({@code 2 d^2}).
     */
    @Override
    public PreconditionerCost preconditionerCost() {
        double cubes = 0;
        for (long n : blockSizes()) {
            cubes += (double) n * n * n;
        }
        double d = hilbertDimension();
        double perCube = isReal(system.hamiltonian().matrix()) ? 8 : 32;
        return new PreconditionerCost(30 * cubes + d * d * d, perCube * cubes + 2 * d * d);
    }

    private static boolean isReal(dev.steadfast.linalg.SparseCMatrix h) {
        for (double v : h.valuesIm()) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private Iterable<Long> blockSizes() {
        if (charge == null) {
            return java.util.List.of(hilbertDimension());
        }
        Map<Integer, Long> count = new HashMap<>();
        for (int c : charge) {
            count.merge(c, 1L, Long::sum);
        }
        return count.values();
    }

    @Override
    public Optional<Generator<DensityMatrix>> unrestricted() {
        return charge == null ? Optional.empty() : Optional.of(full(system));
    }

    @Override
    public Symmetry symmetry() {
        long full = hilbertDimension() * hilbertDimension();
        return charge == null ? new Symmetry.None(basis.size()) : new Symmetry.ChargeNeutral(basis.size(), full);
    }

    @Override
    public Description description() {
        return system.jumps().isEmpty() ? UNDRIVEN : DESCRIPTION;
    }
}
