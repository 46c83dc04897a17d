package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Bordering;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.Positivity;
import dev.steadfast.liouville.PreconditionerCost;
import dev.steadfast.liouville.StateProperties;
import dev.steadfast.liouville.Symmetry;
import java.util.Optional;

/**
 * The generator of a permutation-invariant ensemble as a {@link Generator}: the
 * {@link EnsembleLiouvillian} in real Hermitian coordinates per Dicke ladder
 * ({@code C(N+3, 3)} of them), or only the populations m = m' when H conserves jz and every
 * collective jump changes m by a fixed amount (then the generator commutes with the rotation
 * {@code exp(i phi jz)}, and so does a unique steady state). The trace functional is
 * {@code sum_j Tr sigma_j} (ones on the populations, well scaled because the blocks carry their
 * degeneracy). GMRES is preconditioned by the exact LU of the coherence-order-preserving part
 * ({@link CoherenceOrderPreconditioner}); the certificate's residual is the matrix-free
 * {@link EnsembleLiouvillian#apply} over the sector blocks, and positivity is checked on every
 * sector block.
 *
 * <p>For the spectrum use {@link #full} (no symmetry shortcut), so that its eigenvalues are the
 * part of the Liouvillian spectrum that permutation-invariant states see.
 */
public final class EnsembleGenerator implements Generator<EnsembleState> {
    private static final Description DESCRIPTION = new Description("the ensemble Liouvillian",
            "the Dicke basis, real Hermitian coordinates per ladder", "the coherence-order LU (AMD order)",
            "e.g. a dark state in every Dicke ladder");

    private final EnsembleSystem system;
    private final EnsembleLiouvillian liouvillian;
    private final EnsembleCoordinates coordinates;
    private RealCsc matrix;
    private RealCsc bordered;

    private EnsembleGenerator(EnsembleSystem system, boolean populationsOnly) {
        this.system = system;
        this.liouvillian = EnsembleLiouvillian.of(system);
        this.coordinates = populationsOnly ? EnsembleCoordinates.populationsOnly(system.ladders())
                : EnsembleCoordinates.full(system.ladders());
    }

    /** Populations only when the jz rotation is a symmetry and {@code useSymmetry}; all coordinates otherwise. */
    public static EnsembleGenerator of(EnsembleSystem system, boolean useSymmetry) {
        return new EnsembleGenerator(system, useSymmetry && conservesJz(system));
    }

    /** {@link #of(EnsembleSystem, boolean)} using the symmetry. */
    public static EnsembleGenerator of(EnsembleSystem system) {
        return of(system, true);
    }

    /** All {@code C(N+3, 3)} coordinates (for the spectrum and dynamics). */
    public static EnsembleGenerator full(EnsembleSystem system) {
        return new EnsembleGenerator(system, false);
    }

    /** H conserves jz and every collective jump has a fixed m shift. */
    static boolean conservesJz(EnsembleSystem system) {
        var h = system.hamiltonian().mShift();
        if (h.isEmpty() || h.getAsInt() != 0) {
            return false;
        }
        return system.collectiveJumps().stream().allMatch(j -> j.op().mShift().isPresent());
    }

    public EnsembleSystem system() { return system; }

    @Override
    public int size() { return coordinates.size(); }

    @Override
    public long hilbertDimension() {
        int n = system.ladders().members();
        return n < 63 ? 1L << n : Long.MAX_VALUE;
    }

    @Override
    public synchronized RealCsc matrix() {
        if (matrix == null) {
            // after the route choice the bordered form exists: its missing row follows from trace
            // preservation (Bordering.restoreRow), which costs far less than a second assembly
            matrix = bordered != null ? Bordering.restoreRow(bordered, traceFunctional(), traceRow())
                    : new EnsembleAssembler(liouvillian, coordinates).assemble(-1);
        }
        return matrix;
    }

    @Override
    public synchronized RealCsc bordered() {
        if (bordered == null) {
            bordered = new EnsembleAssembler(liouvillian, coordinates).assemble(traceRow());
        }
        return bordered;
    }

    @Override
    public double[] traceFunctional() {
        boolean[] diagonal = coordinates.diagonalMask();
        double[] t = new double[diagonal.length];
        for (int c = 0; c < t.length; c++) {
            t[c] = diagonal[c] ? 1.0 : 0.0;
        }
        return t;
    }

    @Override
    public int traceRow() { return coordinates.traceRow(); }

    @Override
    public EnsembleState state(double[] x) {
        return new EnsembleState(system.ladders(), coordinates.toBlocks(x));
    }

    @Override
    public Optional<double[]> coordinates(EnsembleState state) {
        if (state.ladders().members() != system.ladders().members()) {
            throw new IllegalArgumentException("a state of " + state.members() + " members for an ensemble of "
                    + system.ladders().members());
        }
        CMatrix[] blocks = state.blocksView();
        if (coordinates.isPopulationsOnly()) {
            for (CMatrix b : blocks) {
                for (int i = 0; i < b.rows(); i++) {
                    for (int j = 0; j < b.cols(); j++) {
                        if (i != j && (b.re(i, j) != 0 || b.im(i, j) != 0)) {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        return Optional.of(coordinates.coordinates(blocks));
    }

    @Override
    public double residual(EnsembleState state) {
        double r2 = 0;
        for (CMatrix y : liouvillian.apply(state.blocksView())) {
            double f = y.frobeniusNorm();
            r2 += f * f;
        }
        return Math.sqrt(r2);
    }

    /** The smallest eigenvalue of rho is {@code min_j lambda_min(sigma_j)/d_j}; positivity is checked on the blocks sigma_j. */
    @Override
    public StateProperties properties(EnsembleState state) {
        double minSector = Double.POSITIVE_INFINITY;
        double minRho = Double.POSITIVE_INFINITY;
        // the ladders' blocks are independent: largest first, in parallel (N = 200: 101 blocks up to 201 x 201)
        CMatrix[] blocks = state.blocksView();
        double[] lowest = java.util.stream.IntStream.range(0, blocks.length).parallel()
                .mapToDouble(b -> dev.steadfast.state.StateChecks.smallestEigenvalue(blocks[b])).toArray();
        for (int b = 0; b < lowest.length; b++) {
            minSector = Math.min(minSector, lowest[b]);
            minRho = Math.min(minRho, lowest[b] / state.ladders().degeneracy(b));
        }
        return new StateProperties(state.trace(), state.hermiticityError(), minRho, minSector);
    }

    @Override
    public Positivity positivity() { return Positivity.ENFORCED; }

    @Override
    public Optional<Preconditioner> preconditioner() {
        return Optional.ofNullable(CoherenceOrderPreconditioner.of(bordered(), coordinates.coherenceOrder()));
    }

    @Override
    public PreconditionerCost preconditionerCost() {
        return CoherenceOrderPreconditioner.cost(bordered(), coordinates.coherenceOrder());
    }

    @Override
    public Optional<Generator<EnsembleState>> unrestricted() {
        return coordinates.isPopulationsOnly() ? Optional.of(full(system)) : Optional.empty();
    }

    @Override
    public Symmetry symmetry() {
        var lad = system.ladders();
        return new Symmetry.Permutation(lad.blocks(), coordinates.isPopulationsOnly(), coordinates.size(), lad.unknowns());
    }

    @Override
    public Description description() { return DESCRIPTION; }
}
