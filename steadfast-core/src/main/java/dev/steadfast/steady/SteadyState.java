package dev.steadfast.steady;

import dev.steadfast.liouville.Symmetry;
import java.util.List;
import java.util.Optional;

/**
 * The result of a steady-state computation: either a {@link Unique} state with the
 * {@link Certificate} that proves it, or {@link NotUnique} evidence that the generator has a
 * degenerate kernel (then there is no state: the solver never picks an arbitrary member). Both say
 * which {@link Route} found them, which {@link Symmetry} reduced the problem and what it cost.
 * Sentences are for display only ({@link #describe()}); code reads the typed records.
 *
 * @param <S> the state type
 */
public sealed interface SteadyState<S> permits SteadyState.Unique, SteadyState.NotUnique {

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
        throw new NonUniqueSteadyStateException((NotUnique<?>) this);
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
}
