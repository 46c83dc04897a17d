package dev.steadfast.liouville;

import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.system.Excitations;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which preconditioner a {@link LindbladGenerator} gives GMRES, and what it costs: the
 * {@link SecularPreconditioner}, or — when the whole space is solved because a drive or another
 * term changes the excitation number of a system with an oscillator — the
 * {@link ChargeBlockPreconditioner}, whichever is predicted cheaper (or as
 * {@link LindbladGenerator.PreconditionerChoice} forces). Decided once, on first use.
 */
final class LindbladPreconditioners {
    private static final String SECULAR = "the secular preconditioner";
    private static final String CHARGE_BLOCKS = "the charge-block preconditioner (the Liouvillian without its "
            + "excitation-changing terms, by coherence order)";
    /**
     * GMRES iterations assumed for either preconditioner when choosing between them (the steady-state
     * route choice assumes the same nominal count, docs/solvers.md).
     */
    static final int NOMINAL_ITERATIONS = 40;
    /**
     * The charge blocks are offered (under {@link LindbladGenerator.PreconditionerChoice#CHEAPER})
     * only when the terms they drop weigh at most this much against the ones they keep, column by
     * column ({@link ChargeBlockPreconditioner.Blocks#droppedWeight()}): beyond it GMRES converged
     * slowly (two double quantum dots in a cavity, weight 27: 4,098 iterations against the secular
     * preconditioner's 100-odd) — measured in docs/solvers.md.
     */
    static final double MAX_DROPPED_WEIGHT = 4.0;
    /** Weight of LU flops against dense-product flops (a sparse LU runs at a lower rate; docs/solvers.md). */
    static final double LU_FLOP_WEIGHT = 2.0;

    private final LindbladGenerator g;
    private final LindbladGenerator.PreconditionerChoice choice;
    /** The coherence-order blocks GMRES uses, once decided (empty: the secular preconditioner). */
    private Optional<ChargeBlockPreconditioner.Blocks> chosen;

    LindbladPreconditioners(LindbladGenerator g, LindbladGenerator.PreconditionerChoice choice) {
        this.g = g;
        this.choice = choice;
    }

    /** The chosen preconditioner, built; empty when it is singular. */
    Optional<Preconditioner> build() {
        Optional<ChargeBlockPreconditioner.Blocks> blocks = chosen();
        if (blocks.isPresent()) {
            return ChargeBlockPreconditioner.of(blocks.get()).map(p -> p);
        }
        try {
            return Optional.of(new SecularPreconditioner(g.system(), g.liouvillian(), g.basis(), g.charge()));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The predicted cost of the chosen preconditioner. */
    PreconditionerCost cost() {
        Optional<ChargeBlockPreconditioner.Blocks> blocks = chosen();
        return blocks.isPresent() ? chargeBlockCost(blocks.get()) : secularCost();
    }

    /** The chosen preconditioner's name, for display (the secular one's until the choice is made). */
    synchronized String name() {
        return chosen != null && chosen.isPresent() ? CHARGE_BLOCKS : SECULAR;
    }

    /**
     * The coherence-order blocks when GMRES is to use them (decided once): forced, or under
     * {@link PreconditionerChoice#CHEAPER} when a site is an oscillator, the dropped terms weigh at
     * most {@link #MAX_DROPPED_WEIGHT} and the predicted cost is below the secular preconditioner's.
     */
    synchronized Optional<ChargeBlockPreconditioner.Blocks> chosen() {
        if (chosen == null) {
            chosen = decide();
        }
        return chosen;
    }

    private Optional<ChargeBlockPreconditioner.Blocks> decide() {
        if (choice == LindbladGenerator.PreconditionerChoice.SECULAR
                || (choice == LindbladGenerator.PreconditionerChoice.CHEAPER && !hasOscillator(g.system().space()))) {
            return Optional.empty();
        }
        Optional<ChargeBlockPreconditioner.Blocks> blocks = chargeBlocks();
        if (blocks.isEmpty() || choice == LindbladGenerator.PreconditionerChoice.CHARGE_BLOCKS) {
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
        if (g.charge() != null || !g.basis().isFull()) {
            return Optional.empty();
        }
        int[] q = Excitations.of(g.system().space());
        if (java.util.Arrays.stream(q).distinct().count() < 2) {
            return Optional.empty();
        }
        var b = ChargeBlockPreconditioner.Blocks.of(g.heldOrNewBordered(), g.basis().coherenceOrders(q));
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
        double d = g.hilbertDimension();
        double perCube = isReal(g.system().hamiltonian().matrix()) ? 8 : 32;
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
        int[] charge = g.charge();
        if (charge == null) {
            return java.util.List.of(g.hilbertDimension());
        }
        Map<Integer, Long> count = new HashMap<>();
        for (int c : charge) {
            count.merge(c, 1L, Long::sum);
        }
        return count.values();
    }
}
