package dev.steadfast.steady;

import dev.steadfast.liouville.Symmetry;
import java.util.List;
import java.util.Optional;

/**
 * The result of a steady-state computation: a {@link Unique} state with the {@link Certificate}
 * that proves it, {@link NotUnique} evidence that the generator has a degenerate kernel (then there
 * is no state: the solver never picks an arbitrary member), or {@link Undetermined} when the
 * generator is singular to within rounding but its kernel cannot be resolved (a singular value
 * between the rounding level and the kernel threshold). All say
 * which {@link Route} found them, which {@link Symmetry} reduced the problem and what it cost.
 * Sentences are for display only ({@link #describe()}); code reads the typed records.
 *
 * @param <S> the state type
 */
public sealed interface SteadyState<S> permits SteadyState.Unique, SteadyState.NotUnique, SteadyState.Undetermined {

    Route route();

    Symmetry symmetry();

    Cost cost();

    default boolean isUnique() {
        return this instanceof Unique<S>;
    }

    /** The unique steady state; throws {@link NonUniqueSteadyStateException} when there is none. */
    default S rho() {
        if (this instanceof Unique<S> u) {
            return u.state();
        }
        throw new NonUniqueSteadyStateException(this);
    }

    /** The unique state, or empty. */
    default Optional<S> uniqueState() {
        return this instanceof Unique<S> u ? Optional.of(u.state()) : Optional.empty();
    }

    /** One line for people: why not unique, or empty for a unique state with nothing to remark. */
    String describe();

    /**
     * A unique steady state and the certificate it passed.
     *
     * @param state       rho with {@code L(rho) = 0}, {@code Tr rho = 1}
     * @param certificate the checks it passed
     */
    record Unique<S>(S state, Certificate certificate, Route route, Symmetry symmetry, Cost cost)
            implements SteadyState<S> {
        @Override
        public String describe() {
            return certificate.remark();
        }
    }

    /**
     * No unique steady state: the kernel of the generator (in the coordinates solved for) is
     * degenerate.
     *
     * @param kernel               the evidence and, when counted, the kernel dimension
     * @param stationaryOperators  a basis of the steady manifold (Hermitian, not normalised) when it
     *                             was computed (small problems), otherwise empty
     * @param remark               what such a kernel usually means here (display)
     */
    record NotUnique<S>(Kernel kernel, List<S> stationaryOperators, String remark, Route route, Symmetry symmetry,
                        Cost cost) implements SteadyState<S> {
        public NotUnique {
            stationaryOperators = List.copyOf(stationaryOperators);
        }

        @Override
        public String describe() {
            return "the steady state is not unique: " + kernel.describe() + " (" + remark + ")"
                    + "; the state reached depends on the initial state";
        }
    }

    /**
     * Uniqueness could not be decided: the generator is singular to within the route's threshold,
     * but a singular value lies between the rounding level and the kernel threshold, so the
     * kernel is not resolved in double precision (a rate far below the generator's scale, a
     * nearly degenerate gap). No state is returned.
     *
     * @param kernel          the evidence; {@code smallestRatio} is the ambiguous singular value
     *                        relative to the largest
     * @param roundoff        the rounding threshold used (relative)
     * @param kernelThreshold the kernel threshold used (relative)
     */
    record Undetermined<S>(Kernel kernel, double roundoff, double kernelThreshold, Route route, Symmetry symmetry, Cost cost)
            implements SteadyState<S> {
        @Override
        public String describe() {
            return String.format("uniqueness could not be decided: %s is singular to within rounding, but a singular "
                    + "value of %.2g relative to the largest lies between the rounding level %.0e and the kernel "
                    + "threshold %.0e, so its kernel is not resolved in double precision (a rate far below the "
                    + "generator's scale, or a nearly degenerate gap); rescale the model or check its rates",
                    kernel.generator(), kernel.smallestRatio(), roundoff, kernelThreshold);
        }
    }
}
