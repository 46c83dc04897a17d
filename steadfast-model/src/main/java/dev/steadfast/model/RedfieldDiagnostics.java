package dev.steadfast.model;

import dev.steadfast.global.RedfieldSteadyState;
import dev.steadfast.steady.SteadyStateDiagnostics;

/**
 * The diagnostics of a Bloch–Redfield steady state in the common {@link SteadyStateDiagnostics}
 * shape, so that commands and tests report it like any other. The bordered solve succeeds only
 * when the kernel is one-dimensional (unique). Redfield theory is not completely positive: the
 * smallest eigenvalue is reported and never enforced; the message says so, and flags a negative one.
 */
public final class RedfieldDiagnostics {
    private RedfieldDiagnostics() {
    }

    public static SteadyStateDiagnostics of(RedfieldSteadyState s) {
        int d = s.state().dimension();
        String positivity = s.minEigenvalue() < -1e-12
                ? String.format("NOT positive: smallest eigenvalue %.3g (Bloch-Redfield is not completely positive; "
                        + "reported, not enforced)", s.minEigenvalue())
                : "Bloch-Redfield: positivity is reported, not enforced (the state here is positive)";
        return new SteadyStateDiagnostics(true, 1, s.residual(), s.trace(), s.hermiticityError(), s.minEigenvalue(),
                s.method(), "none", d, (long) d * d, 0, 0, s.conditionEstimate(), s.seconds(), positivity);
    }
}
