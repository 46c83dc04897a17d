package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.Optional;

/**
 * The Lindblad generator of an {@link OpenSystem} as a {@link Generator}: the {@link Liouvillian}
 * in a real {@link HermitianBasis}, the charge-neutral sector when an excitation number is
 * conserved ({@link ChargeSymmetry}; the unique steady state lives there, since L commutes with
 * the charge superoperator), and for GMRES the {@link SecularPreconditioner} or, when a drive
 * breaks that symmetry in a system with an oscillator, the {@link ChargeBlockPreconditioner}
 * (whichever is predicted cheaper; {@link PreconditionerChoice}). The residual of the
 * certificate is the matrix-free action {@link Liouvillian#apply}.
 */
public final class LindbladGenerator implements Generator<DensityMatrix> {
    private static final String DRIVEN_REMARK = "a dark state or decoherence-free subspace";
    private static final String UNDRIVEN_REMARK = "there is no dissipation: every state that commutes with H is stationary";

    private final OpenSystem system;
    private final Liouvillian liouvillian;
    private final HermitianBasis basis;
    private final int[] charge;
    private final HermitianAssembler assembler;
    private final java.util.function.Supplier<RealCsc> assembledMatrix;
    private final RealCsc assembledBordered;
    private RealCsc matrix;
    /** The last bordered form assembled, while its user holds it (not kept alive here). */
    private java.lang.ref.WeakReference<RealCsc> lastBordered = new java.lang.ref.WeakReference<>(null);
    /** GMRES's preconditioner, chosen on first use. */
    private final LindbladPreconditioners preconditioners;

    private LindbladGenerator(OpenSystem system, int[] charge) {
        this(system, charge, PreconditionerChoice.CHEAPER);
    }

    private LindbladGenerator(OpenSystem system, int[] charge, PreconditionerChoice choice) {
        this.system = system;
        this.preconditioners = new LindbladPreconditioners(this, choice);
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
        this.preconditioners = new LindbladPreconditioners(this, PreconditionerChoice.CHEAPER);
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

    /** Which preconditioner GMRES gets. */
    public enum PreconditionerChoice {
        /** The cheaper by predicted cost (the default; see {@link #preconditioner()}). */
        CHEAPER,
        /** Always the {@link SecularPreconditioner}. */
        SECULAR,
        /** The {@link ChargeBlockPreconditioner} wherever it applies (the secular one elsewhere). */
        CHARGE_BLOCKS
    }

    /** As {@link #of(OpenSystem)}, with GMRES's preconditioner chosen as {@code choice} says. */
    public static LindbladGenerator of(OpenSystem system, PreconditionerChoice choice) {
        return new LindbladGenerator(system, ChargeSymmetry.detect(system).orElse(null), choice);
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

    /** The conserved charge of each basis state when the sector is used, else null. */
    int[] charge() { return charge; }

    @Override
    public int size() { return basis.size(); }

    @Override
    public long hilbertDimension() { return liouvillian.hilbertDimension(); }

    @Override
    public synchronized RealCsc matrix() {
        if (matrix == null) {
            // the bordered form AUTO assembled for its route choice, while it is still held, gives M
            // by trace preservation at O(nnz) instead of a second assembly
            RealCsc b = assembler != null ? lastBordered.get() : null;
            matrix = b != null ? Bordering.restoreRow(b, traceFunctional(), traceRow())
                    : assembler != null ? assembler.assemble() : assembledMatrix.get();
        }
        return matrix;
    }

    /** Assembled directly in bordered form, or derived from the matrix when that is already assembled. */
    @Override
    public synchronized RealCsc bordered() {
        if (assembledBordered != null) {
            return assembledBordered;
        }
        if (matrix != null) {
            return Bordering.replaceRow(matrix, traceFunctional(), traceRow());
        }
        RealCsc b = assembler.assemble(traceRow());
        lastBordered = new java.lang.ref.WeakReference<>(b);
        return b;
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

    /**
     * The cheaper, by predicted flops, of the secular preconditioner and — when the whole space is
     * solved because a drive or another term changes the excitation number — the
     * {@link ChargeBlockPreconditioner} ({@link LindbladPreconditioners}); empty when the chosen one is
     * singular.
     */
    @Override
    public Optional<Preconditioner> preconditioner() {
        return preconditioners.build();
    }

    /** The cost of the preconditioner {@link #preconditioner()} builds. */
    @Override
    public PreconditionerCost preconditionerCost() {
        return preconditioners.cost();
    }

    /** The bordered form the route choice still holds, else a new one (for the charge blocks). */
    RealCsc heldOrNewBordered() {
        RealCsc held;
        synchronized (this) {
            held = lastBordered.get();
        }
        return held != null ? held : bordered();
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

    /** The preconditioner named is the one {@link #preconditioner()} builds (decided on first use). */
    @Override
    public Description description() {
        return new Description("the Liouvillian", "a real Hermitian operator basis", preconditioners.name(),
                system.jumps().isEmpty() ? UNDRIVEN_REMARK : DRIVEN_REMARK);
    }
}
