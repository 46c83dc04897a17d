package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;

/**
 * Measures of permutation-invariant ensemble states. Information quantities are in bits.
 *
 * <p>Normalisation: the full state is {@code ρ = ⊕_j (σ_j/d_j) ⊗ 1_{d_j}}, so every sector
 * contributes d_j identical copies of {@code ρ_j = σ_j/d_j}:
 * {@code Tr ρ² = Σ_j Tr σ_j²/d_j} and
 * {@code S(ρ) = -Σ_j d_j Tr ρ_j log2 ρ_j = -Σ_j Tr σ_j log2 σ_j + Σ_j Tr σ_j log2 d_j}.
 */
public final class EnsembleMeasures {
    private static final CollectiveOperator[] J = {CollectiveOperator.jx(), CollectiveOperator.jy(), CollectiveOperator.jz()};

    private EnsembleMeasures() {
    }

    /** Purity {@code Tr ρ²}. */
    public static double purity(EnsembleState s) {
        double p = 0;
        for (int b = 0; b < s.ladders().blocks(); b++) {
            double f = s.sectorBlock(b).frobeniusNorm();
            p += f * f / s.ladders().degeneracy(b);
        }
        return p;
    }

    /** Von Neumann entropy {@code -Tr ρ log2 ρ} of the whole ensemble, in bits. */
    public static double entropy(EnsembleState s) {
        double h = 0;
        for (int b = 0; b < s.ladders().blocks(); b++) {
            for (double lam : s.sectorEigenvalues(b)) {
                if (lam > 0) {
                    h += -lam * Math.log(lam) + lam * s.ladders().logDegeneracy(b);
                }
            }
        }
        return h / Math.log(2);
    }

    /** {@code <J> = (<jx>, <jy>, <jz>)}. */
    public static double[] meanSpin(EnsembleState s) {
        return new double[] {s.expect(J[0]), s.expect(J[1]), s.expect(J[2])};
    }

    /** Symmetrised second moments {@code ½<{J_a, J_b}>}, a, b over x, y, z. */
    public static double[][] secondMoments(EnsembleState s) {
        double[][] m = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double v = 0.5 * s.expect(J[a].times(J[b]).plus(J[b].times(J[a])));
                m[a][b] = v;
                m[b][a] = v;
            }
        }
        return m;
    }

    /**
     * The reduced state of any two members (the same for every pair), from collective moments:
     * with Pauli σ_a, {@code <σ_a> = 2<J_a>/N} and, for two distinct members,
     * {@code <σ_a ⊗ σ_b> = (4·½<{J_a,J_b}> - N δ_ab) / (N(N-1))} (from
     * {@code (2J_a)(2J_b) = Σ_{i≠k} σ_a^i σ_b^k + Σ_i σ_a^i σ_b^i} and
     * {@code σ_a σ_b = δ_ab + i ε_abc σ_c} on one qubit). Returned on {@code Space.qubits(name, 2)}.
     *
     * @throws MeasureException when N &lt; 2
     */
    public static DensityMatrix pairState(EnsembleState s, String name) {
        int n = s.members();
        if (n < 2) {
            throw new MeasureException("a pair state needs at least 2 members, the ensemble has " + n);
        }
        double[] mean = meanSpin(s);
        double[][] mom = secondMoments(s);
        double[][] t = new double[4][4];
        t[0][0] = 1;
        for (int a = 0; a < 3; a++) {
            t[a + 1][0] = 2 * mean[a] / n;
            t[0][a + 1] = 2 * mean[a] / n;
            for (int b = 0; b < 3; b++) {
                t[a + 1][b + 1] = (4 * mom[a][b] - (a == b ? n : 0)) / ((double) n * (n - 1));
            }
        }
        return new DensityMatrix(Space.qubits(name, 2), TwoQubitStates.fromCorrelations(t));
    }

    /** {@link #pairState(EnsembleState, String)} with members named {@code e[1], e[2]}. */
    public static DensityMatrix pairState(EnsembleState s) {
        return pairState(s, "e");
    }

    /** Wootters concurrence of any pair of members. */
    public static double pairConcurrence(EnsembleState s) {
        return TwoQubitStates.concurrence(pairState(s).matrix());
    }

    /**
     * The smallest variance of the spin component perpendicular to the mean spin:
     * {@code min_{n ⊥ <J>, |n|=1} (½<{n·J, n·J}> - <n·J>²)} (the second term vanishes for n ⊥ ⟨J⟩).
     *
     * @throws MeasureException when {@code |<J>| <= 1e-12 N} (no mean-spin direction)
     */
    public static double minPerpendicularVariance(EnsembleState s) {
        double[] v = meanSpin(s);
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(norm > 1e-12 * s.members())) {
            throw new MeasureException("spin squeezing is undefined: the mean spin <J> vanishes");
        }
        double[] u = {v[0] / norm, v[1] / norm, v[2] / norm};
        // e1 ⊥ u: cross u with the axis least aligned to it; e2 = u × e1
        double[] axis = Math.abs(u[0]) < 0.5 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = normalise(cross(u, axis));
        double[] e2 = cross(u, e1);
        double[][] c = secondMoments(s);
        double a = quad(c, e1, e1);
        double d = quad(c, e2, e2);
        double b = quad(c, e1, e2);
        return 0.5 * (a + d) - Math.sqrt(0.25 * (a - d) * (a - d) + b * b);
    }

    /** Kitagawa–Ueda parameter {@code ξ_S² = 4 min_⊥ Var(J_⊥) / N} (1 for a coherent spin state; &lt; 1 squeezed). */
    public static double squeezingKitagawaUeda(EnsembleState s) {
        return 4 * minPerpendicularVariance(s) / s.members();
    }

    /** Wineland parameter {@code ξ_R² = N min_⊥ Var(J_⊥) / |<J>|²} (&lt; 1 signals metrologically useful entanglement). */
    public static double squeezingWineland(EnsembleState s) {
        double[] v = meanSpin(s);
        return s.members() * minPerpendicularVariance(s) / (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    /**
     * l1 coherence in the Dicke basis {@code |j, m, α>}: {@code Σ_j d_j Σ_{m≠m'} |ρ_j(m, m')| =
     * Σ_j Σ_{m≠m'} |σ_j(m, m')|}. (Within a sector ρ is {@code ρ_j ⊗ 1}, so the choice of basis α of
     * the multiplicity space does not matter.)
     */
    public static double coherenceL1(EnsembleState s) {
        double c = 0;
        for (int b = 0; b < s.ladders().blocks(); b++) {
            CMatrix m = s.sectorBlock(b);
            for (int i = 0; i < m.rows(); i++) {
                for (int k = 0; k < m.cols(); k++) {
                    if (i != k) {
                        c += Math.hypot(m.re(i, k), m.im(i, k));
                    }
                }
            }
        }
        return c;
    }

    private static double quad(double[][] c, double[] x, double[] y) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                s += x[a] * c[a][b] * y[b];
            }
        }
        return s;
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] normalise(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
