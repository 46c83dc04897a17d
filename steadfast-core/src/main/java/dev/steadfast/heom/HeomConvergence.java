package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;

/**
 * Whether a hierarchy is converged: the steady system state at the requested truncation next to
 * the one at depth − 1 and the one with one Bose-function term fewer in every bath, and the
 * largest entry of their differences. A user reads {@link #depthChange()} and
 * {@link #termsChange()} against the accuracy wanted; both small means the truncation is not what
 * limits the answer. Each solve goes through {@link SteadyStates#solve} and is certified.
 *
 * @param depth       the requested depth
 * @param terms       the requested terms (of the first bath)
 * @param state       ρ at (depth, terms)
 * @param shallower   ρ at (depth − 1, terms), null when depth = 0
 * @param fewerTerms  ρ at (depth, terms − 1), null when every bath has terms = 0
 * @param depthChange max |ρ − ρ_shallower| over entries (NaN when absent)
 * @param termsChange max |ρ − ρ_fewerTerms| over entries (NaN when absent)
 */
public record HeomConvergence(int depth, int terms, CMatrix state, CMatrix shallower, CMatrix fewerTerms,
                              double depthChange, double termsChange) {

    /** Solves the three truncations. */
    public static HeomConvergence of(HeomSystem system, SteadyStateOptions options) {
        CMatrix rho = solve(system, options);
        CMatrix shallow = system.depth() > 0 ? solve(system.withDepth(system.depth() - 1), options) : null;
        boolean anyTerms = system.baths().stream().anyMatch(b -> b.terms() > 0);
        CMatrix fewer = anyTerms ? solve(system.withTermsChangedBy(-1), options) : null;
        int terms = system.baths().isEmpty() ? 0 : system.baths().get(0).terms();
        return new HeomConvergence(system.depth(), terms, rho, shallow, fewer,
                shallow == null ? Double.NaN : rho.maxAbsDifference(shallow),
                fewer == null ? Double.NaN : rho.maxAbsDifference(fewer));
    }

    private static CMatrix solve(HeomSystem system, SteadyStateOptions options) {
        SteadyState<HeomState> s = SteadyStates.solve(new HeomGenerator(system), options);
        if (s instanceof SteadyState.Unique<HeomState> u) {
            return u.state().system().matrix();
        }
        throw new IllegalStateException("the hierarchy at depth " + system.depth() + " has no unique steady state");
    }

    /** One line for display. */
    public String describe() {
        return String.format("HEOM convergence: depth %d vs %d: max |d rho| = %.3g; terms %d vs %d: max |d rho| = %.3g",
                depth, depth - 1, depthChange, terms, terms - 1, termsChange);
    }
}
