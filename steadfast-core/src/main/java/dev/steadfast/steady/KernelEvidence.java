package dev.steadfast.steady;

import dev.steadfast.linalg.NullSpaces;
import dev.steadfast.liouville.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The verdict once a route has found the generator singular (a failed factorisation, a condition
 * estimate above the threshold, an unsolvable probe). Up to
 * {@link SteadyStateOptions.Limits#kernelSvdUnknowns()} unknowns the singular values decide:
 * those at most {@code kernelRoundoff} times the largest are zero, those above {@code kernel}
 * times the largest are not; one in between leaves the kernel unresolved
 * ({@link SteadyState.Undetermined}). Two or more zeros: {@link SteadyState.NotUnique}, with a basis
 * of the steady manifold and, when the coordinates were a symmetry sector and the whole generator
 * is small enough, the kernel dimension of the whole generator too. One zero contradicts the
 * route's evidence (the generator is merely ill-conditioned): a numerical failure. Above the limit
 * the route's evidence stands and the dimension is not counted.
 */
final class KernelEvidence {
    private KernelEvidence() {
    }

    static <S> SteadyState<S> degenerate(Generator<S> g, Kernel.Evidence evidence, double cond,
                                         SteadyStateOptions options, Route route, Cost cost) {
        SteadyStateOptions.Tolerances tol = options.tolerances();
        boolean sector = g.unrestricted().isPresent();
        String name = g.description().generator();
        if (g.size() > options.limits().kernelSvdUnknowns()) {
            Kernel k = new Kernel(OptionalInt.empty(), sector, OptionalInt.empty(), evidence, cond, Double.NaN, name);
            return new SteadyState.NotUnique<>(k, List.of(), g.description().kernelRemark(), route, g.symmetry(), cost);
        }
        NullSpaces spaces = NullSpaces.of(g.matrix(), tol.kernel());
        Count c = Count.of(spaces.singularValues(), tol);
        if (c.ambiguous()) {
            Kernel k = new Kernel(OptionalInt.of(c.zeros), sector, OptionalInt.empty(), evidence, cond, c.smallestNonzero, name);
            return new SteadyState.Undetermined<>(k, tol.kernelRoundoff(), tol.kernel(), route, g.symmetry(), cost);
        }
        if (c.zeros <= 1) {
            throw new SteadyStateException(String.format("%s is ill-conditioned (condition ~ %.2g) although its kernel is "
                    + "one-dimensional", name, cond));
        }
        OptionalInt full = g.unrestricted().filter(u -> u.size() <= options.limits().kernelSvdUnknowns())
                .map(u -> OptionalInt.of(Count.of(NullSpaces.singularValues(u.matrix()), tol).zeros))
                .orElse(sector ? OptionalInt.empty() : OptionalInt.of(c.zeros));
        List<S> basis = new ArrayList<>();
        for (double[] x : spaces.right()) {
            basis.add(g.state(x));
        }
        Kernel k = new Kernel(OptionalInt.of(c.zeros), sector, full, evidence, cond, c.smallestNonzero, name);
        return new SteadyState.NotUnique<>(k, basis, g.description().kernelRemark(), route, g.symmetry(), cost);
    }

    /** Singular values of the generator at or below rounding, and the smallest one above it, relative. */
    private record Count(int zeros, double smallestNonzero, double kernelThreshold) {
        static Count of(double[] s, SteadyStateOptions.Tolerances tol) {
            double max = s.length == 0 ? 0 : s[s.length - 1];
            int zeros = 0;
            while (zeros < s.length && s[zeros] <= tol.kernelRoundoff() * max) {
                zeros++;
            }
            double next = zeros < s.length && max > 0 ? s[zeros] / max : Double.NaN;
            return new Count(zeros, next, tol.kernel());
        }

        boolean ambiguous() {
            return smallestNonzero <= kernelThreshold;
        }
    }
}
