package dev.steadfast.heom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The auxiliary density operators (ADOs) of a hierarchy truncated at depth D: one per label
 * {@code n = (n_1, ..., n_K)} of non-negative integers with {@code Σ n_k ≤ D} over the K exponents
 * of all baths, {@code C(K + D, D)} of them; label 0 is the system density matrix. Labels are
 * numbered tier by tier (index 0 is the system).
 *
 * <p>Conjugation: the exponents are closed under complex conjugation, {@code σ(k)} being the term
 * with conjugate coefficients and rate (σ(k) = k for a real term). Then {@code ρ_n† = ρ_σ(n)},
 * σ(n) permuting the entries of n by σ, is preserved by the equations; {@link #conjugate(int)}
 * gives the index of σ(n).
 */
public final class Hierarchy {
    private final int exponents;
    private final int depth;
    private final List<int[]> labels = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] partner;
    private final int[] conjugate;

    /**
     * @param partner σ(k) for each exponent k (an involution)
     * @param depth   the truncation depth D ≥ 0
     */
    public Hierarchy(int[] partner, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("hierarchy depth must be >= 0, got " + depth);
        }
        this.exponents = partner.length;
        this.depth = depth;
        this.partner = partner.clone();
        for (int tier = 0; tier <= depth; tier++) {
            enumerate(new int[exponents], 0, tier);
        }
        conjugate = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            int[] n = labels.get(i);
            int[] s = new int[exponents];
            for (int k = 0; k < exponents; k++) {
                s[partner[k]] = n[k];
            }
            conjugate[i] = indexOf(s);
        }
    }

    private void enumerate(int[] n, int k, int remaining) {
        if (k == exponents) {
            if (remaining == 0) {
                index.put(Arrays.toString(n), labels.size());
                labels.add(n.clone());
            }
            return;
        }
        for (int m = remaining; m >= 0; m--) {
            n[k] = m;
            enumerate(n, k + 1, remaining - m);
        }
        n[k] = 0;
    }

    /** Number of ADOs, the system included. */
    public int size() { return labels.size(); }

    public int depth() { return depth; }

    /** Number of exponents K. */
    public int exponentCount() { return exponents; }

    /** The label of ADO i (do not modify). */
    public int[] label(int i) { return labels.get(i); }

    /** The tier Σ n_k of ADO i. */
    public int tier(int i) {
        return Arrays.stream(labels.get(i)).sum();
    }

    /** The index of a label, or −1 when it is outside the truncation. */
    public int indexOf(int[] n) {
        Integer i = index.get(Arrays.toString(n));
        return i == null ? -1 : i;
    }

    /** The index of {@code n ± e_k} for ADO i, or −1 outside the hierarchy. */
    public int neighbour(int i, int k, int step) {
        int[] n = labels.get(i).clone();
        n[k] += step;
        if (n[k] < 0) {
            return -1;
        }
        return indexOf(n);
    }

    /** The index of σ(n): {@code ρ_σ(n) = ρ_n†}. */
    public int conjugate(int i) { return conjugate[i]; }

    /** σ(k) for exponent k. */
    public int partner(int k) { return partner[k]; }
}
