package dev.steadfast.dynamics;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import dev.steadfast.state.StateChecks;

/**
 * Initial states for {@link Evolution}: product basis states, Bell states, Gibbs states and given
 * density matrices (checked). Levels follow the project convention: level 0 is the ground state,
 * the site order is the tensor order.
 */
public final class InitialStates {
    private InitialStates() {
    }

    /** The product state {@code |l_1 l_2 ...>} with the given level on each site. */
    public static DensityMatrix product(Space space, int... levels) {
        return States.basis(space, levels);
    }

    /** A Bell state of a two-qubit space (amplitudes on |00>, |01>, |10>, |11>, first site most significant). */
    public static DensityMatrix bell(Space twoQubits, States.Bell bell) {
        if (twoQubits.dimension() != 4 || twoQubits.size() != 2) {
            throw new IllegalArgumentException("Bell states need a space of two qubits, got " + twoQubits);
        }
        return bell.state(twoQubits);
    }

    /**
     * The Gibbs state {@code exp(-H/T) / Tr exp(-H/T)} (k_B = 1). At {@code T = 0}: the uniform
     * mixture over the ground eigenspace (eigenvalues within 1e-10 max(1, |E|) of the lowest).
     */
    public static DensityMatrix thermal(Operator h, double temperature) {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and >= 0, got " + temperature);
        }
        CMatrix hm = h.toDense();
        double[] e = HermitianEigen.eigenvalues(hm);
        double e0 = e[0];
        double tol = 1e-10 * Math.max(1, Math.max(Math.abs(e0), Math.abs(e[e.length - 1])));
        CMatrix w = temperature == 0
                ? HermitianEigen.apply(hm, x -> x - e0 <= tol ? 1 : 0)
                : HermitianEigen.apply(hm, x -> Math.exp(-(x - e0) / temperature));
        double z = w.traceRe();
        return new DensityMatrix(h.space(), w.scale(1 / z, 0));
    }

    /**
     * A given density matrix, checked: Hermitian (1e-10), trace 1 (1e-10) and positive
     * semidefinite (smallest eigenvalue >= -1e-10); otherwise {@link IllegalArgumentException}.
     */
    public static DensityMatrix of(DensityMatrix rho) {
        CMatrix m = rho.matrix();
        if (m.hermiticityError() > 1e-10) {
            throw new IllegalArgumentException("initial state is not Hermitian (error " + m.hermiticityError() + ")");
        }
        if (Math.abs(m.traceRe() - 1) > 1e-10) {
            throw new IllegalArgumentException("initial state has trace " + m.traceRe() + ", not 1");
        }
        double min = StateChecks.minEigenvalue(m);
        if (min < -1e-10) {
            throw new IllegalArgumentException("initial state is not positive: smallest eigenvalue " + min);
        }
        return rho;
    }

    /** {@link #of(DensityMatrix)} for a matrix on a space. */
    public static DensityMatrix of(Space space, CMatrix rho) {
        return of(new DensityMatrix(space, rho));
    }
}
