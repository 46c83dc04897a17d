package dev.steadfast.steady;

import dev.steadfast.linalg.NullSpaces;
import dev.steadfast.liouville.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Builds the {@link SteadyState.NotUnique} result once a route has found the kernel degenerate:
 * for at most {@link SteadyStateOptions.Limits#kernelSvdUnknowns()} unknowns the kernel is counted
 * and a basis of the steady manifold taken by dense SVD. A count of one contradicts the route's
 * evidence (the generator is merely ill-conditioned), which is a numerical failure, not a verdict.
 */
final class KernelEvidence {
    private KernelEvidence() {
    }

    static <S> SteadyState.NotUnique<S> notUnique(Generator<S> g, Kernel.Evidence evidence, double cond,
                                                  SteadyStateOptions options, Route route, Cost cost) {
        OptionalInt dim = OptionalInt.empty();
        List<S> basis = new ArrayList<>();
        if (g.size() <= options.limits().kernelSvdUnknowns()) {
            NullSpaces k = NullSpaces.of(g.matrix(), options.tolerances().kernel());
            dim = OptionalInt.of(k.right().size());
            for (double[] x : k.right()) {
                basis.add(g.state(x));
            }
        }
        if (dim.isPresent() && dim.getAsInt() == 1) {
            throw new SteadyStateException(String.format("%s is ill-conditioned (condition ~ %.2g) although its kernel is "
                    + "one-dimensional", g.description().generator(), cond));
        }
        return new SteadyState.NotUnique<>(new Kernel(dim, evidence, cond, g.description().generator()), basis,
                g.description().kernelRemark(), route, g.symmetry(), cost);
    }
}
