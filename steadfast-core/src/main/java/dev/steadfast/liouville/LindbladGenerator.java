package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.Excitations;
import dev.steadfast.system.OpenSystem;
import java.util.HashMap;
import java.util.Map;
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
    private static final String SECULAR = "the secular preconditioner";
    private static final String CHARGE_BLOCKS = "the charge-block preconditioner (the Liouvillian without its "
            + "excitation-changing terms, by coherence order)";
    private static final String DRIVEN_REMARK = "a dark state or decoherence-free subspace";
    private static final String UNDRIVEN_REMARK = "there is no dissipation: every state that commutes with H is stationary";
    /**
     * GMRES iterations assumed for either preconditioner when choosing between them (the steady-state
     * route choice assumes the same nominal count, docs/solvers.md).
     */
    static final int NOMINAL_ITERATIONS = 40;
    /**
     * The charge blocks are offered (under {@link PreconditionerChoice#CHEAPER}) only when the terms
     * they drop weigh at most this much against the ones they keep, column by column
     * ({@link ChargeBlockPreconditioner.Blocks#droppedWeight()}): beyond it GMRES converged slowly
     * (two double quantum dots in a cavity, weight 27: 4,098 iterations against the secular
     * preconditioner's 100-odd) — measured in docs/solvers.md.
     */
    static final double MAX_DROPPED_WEIGHT = 4.0;
    /** Weight of LU flops against dense-product flops (a sparse LU runs at a lower rate; docs/solvers.md). */
    static final double LU_FLOP_WEIGHT = 2.0;

    private final OpenSystem system;
    private final Liouvillian liouvillian;
    private final HermitianBasis basis;
    private final int[] charge;
    private final HermitianAssembler assembler;
    private final PreconditionerChoice choice;
    private final java.util.function.Supplier<RealCsc> assembledMatrix;
    private final RealCsc assembledBordered;
    private RealCsc matrix;
    /** The last bordered form assembled, while its user holds it (not kept alive here). */
    private java.lang.ref.WeakReference<RealCsc> lastBordered = new java.lang.ref.WeakReference<>(null);
    /** The coherence-order blocks GMRES uses, once decided (empty: the secular preconditioner). */
    private Optional<ChargeBlockPreconditioner.Blocks> chosenBlocks;

    private LindbladGenerator(OpenSystem system, int[] charge) {
        this(system, charge, PreconditionerChoice.CHEAPER);
    }

    private LindbladGenerator(OpenSystem system, int[] charge, PreconditionerChoice choice) {
        this.choice = choice;
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
        this.choice = PreconditionerChoice.CHEAPER;
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
     * The cheaper, by predicted flops at {@value #NOMINAL_ITERATIONS} iterations, of the secular
     * preconditioner and — when the whole space is solved because a drive or another term changes
     * the excitation number — the {@link ChargeBlockPreconditioner}; empty when the chosen one is
     * singular.
     */
    @Override
    public Optional<Preconditioner> preconditioner() {
        Optional<ChargeBlockPreconditioner.Blocks> blocks = chargeBlocksIfCheaper();
        if (blocks.isPresent()) {
            return ChargeBlockPreconditioner.of(blocks.get()).map(p -> p);
        }
        try {
            return Optional.of(new SecularPreconditioner(system, liouvillian, basis, charge));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The cost of the preconditioner {@link #preconditioner()} builds. */
    @Override
    public PreconditionerCost preconditionerCost() {
        Optional<ChargeBlockPreconditioner.Blocks> blocks = chargeBlocksIfCheaper();
        return blocks.isPresent() ? chargeBlockCost(blocks.get()) : secularCost();
    }

    /**
     * The coherence-order blocks when GMRES is to use them (decided once): forced, or under
     * {@link PreconditionerChoice#CHEAPER} when a site is an oscillator, the dropped terms weigh at
     * most {@link #MAX_DROPPED_WEIGHT} and the predicted cost is below the secular preconditioner's.
     */
    private synchronized Optional<ChargeBlockPreconditioner.Blocks> chargeBlocksIfCheaper() {
        if (chosenBlocks == null) {
            chosenBlocks = decideChargeBlocks();
        }
        return chosenBlocks;
    }

    private Optional<ChargeBlockPreconditioner.Blocks> decideChargeBlocks() {
        if (choice == PreconditionerChoice.SECULAR
                || (choice == PreconditionerChoice.CHEAPER && !hasOscillator(system.space()))) {
            return Optional.empty();
        }
        Optional<ChargeBlockPreconditioner.Blocks> blocks = chargeBlocks();
        if (blocks.isEmpty() || choice == PreconditionerChoice.CHARGE_BLOCKS) {
            return blocks;
        }
        if (blocks.get().droppedWeight() > MAX_DROPPED_WEIGHT) {
            return Optional.empty();
        }
        PreconditionerCost secular = secularCost();
        PreconditionerCost cb = chargeBlockCost(blocks.get());
        double s = secular.construction() + NOMINAL_ITERATIONS * secular.application();
        double c = cb.construction() + NOMINAL_ITERATIONS * cb.application();
        return c < s ? blocks : Optional.empty();
    }

    private static PreconditionerCost chargeBlockCost(ChargeBlockPreconditioner.Blocks b) {
        return new PreconditionerCost(LU_FLOP_WEIGHT * b.constructionFlops(), b.applicationFlops());
    }

    /**
     * The order-block-diagonal part of the bordered generator, when it differs from the generator:
     * the whole space is solved (no charge is conserved) and some term changes the excitation number.
     */
    private Optional<ChargeBlockPreconditioner.Blocks> chargeBlocks() {
        if (charge != null || !basis.isFull()) {
            return Optional.empty();
        }
        int[] q = Excitations.of(system.space());
        if (java.util.Arrays.stream(q).distinct().count() < 2) {
            return Optional.empty();
        }
        // the bordered form the route choice holds, else a new one
        RealCsc held = lastBordered.get();
        RealCsc bordered = held != null ? held : bordered();
        var b = ChargeBlockPreconditioner.Blocks.of(bordered, basis.coherenceOrders(q));
        return b.dropped() > 0 ? Optional.of(b) : Optional.empty();
    }

    /**
     * Whether a site is a truncated oscillator: the charge-block preconditioner is considered only
     * then. A drive displaces an oscillator (its state stays near the damped ladder the blocks solve
     * exactly: the driven cavity converges in some 35 iterations against the secular
     * preconditioner's 140), while it rotates and saturates two-level systems, where the secular
     * preconditioner — in the eigenbasis of H, drive included — is the right one (driven qubits at a
     * Rabi frequency six times the decay: the blocks do not converge; measured in docs/solvers.md).
     */
    private static boolean hasOscillator(dev.steadfast.space.Space space) {
        for (int k = 0; k < space.size(); k++) {
            if (space.site(k).kind() == dev.steadfast.space.SiteKind.BOSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * Construction: the eigendecompositions of the charge blocks of H ({@code ~30 n_b^3} each) and
     * the population LU ({@code d^3}); application: the dense block products of the basis changes —
     * four real products ({@code 8 sum_b n_b^3} flops) when H is real (its eigenbasis is then real and
     * a Hermitian block travels as one real matrix), complex ones ({@code 32 sum_b n_b^3}) otherwise —
     * and the population solve ({@code 2 d^2}).
     */
    private PreconditionerCost secularCost() {
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

    /** The preconditioner named is the one {@link #preconditioner()} builds (decided on first use). */
    @Override
    public Description description() {
        boolean blocks;
        synchronized (this) {
            blocks = chosenBlocks != null && chosenBlocks.isPresent();
        }
        return new Description("the Liouvillian", "a real Hermitian operator basis", blocks ? CHARGE_BLOCKS : SECULAR,
                system.jumps().isEmpty() ? UNDRIVEN_REMARK : DRIVEN_REMARK);
    }
}
