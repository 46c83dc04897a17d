package dev.steadfast.space;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A composite Hilbert space: an ordered list of sites, whose order is the tensor-product order.
 *
 * <p>Basis state {@code |l_0 l_1 ... l_{n-1}>} (l_k the level of site k) has index
 * {@code sum_k l_k * stride_k}, where the last site varies fastest ({@code stride_{n-1} = 1}):
 * the standard Kronecker order, {@code tensor(a, b) = a ⊗ b}.
 */
public final class Space {
    private final List<Site> sites;
    private final int[] dims;
    private final long[] strides;
    private final long dimension;
    private final Map<String, Integer> index = new HashMap<>();

    public Space(List<Site> sites) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a space needs at least one site");
        }
        this.sites = List.copyOf(sites);
        this.dims = new int[sites.size()];
        this.strides = new long[sites.size()];
        long d = 1;
        for (int k = sites.size() - 1; k >= 0; k--) {
            Site s = sites.get(k);
            if (index.put(s.name(), k) != null) {
                throw new IllegalArgumentException("site name used twice: " + s.name());
            }
            dims[k] = s.dimension();
            strides[k] = d;
            d = Math.multiplyExact(d, s.dimension());
        }
        this.dimension = d;
    }

    public static Space of(Site... sites) {
        return new Space(List.of(sites));
    }

    /** N qubits named {@code prefix[1]..prefix[N]}. */
    public static Space qubits(String prefix, int n) {
        List<Site> s = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            s.add(Site.qubit(prefix + "[" + i + "]"));
        }
        return new Space(s);
    }

    public List<Site> sites() { return sites; }
    public int size() { return sites.size(); }
    public Site site(int k) { return sites.get(k); }
    public int siteDimension(int k) { return dims[k]; }

    /** Total Hilbert-space dimension as a long (may exceed int range: check before allocating). */
    public long dimensionLong() { return dimension; }

    /** Total Hilbert-space dimension; throws if it does not fit in an int. */
    public int dimension() {
        if (dimension > Integer.MAX_VALUE) {
            throw new ArithmeticException("Hilbert-space dimension " + dimension + " is too large");
        }
        return (int) dimension;
    }

    public long stride(int k) { return strides[k]; }

    /** Index of the named site, or -1. */
    public int indexOf(String name) {
        Integer k = index.get(name);
        return k == null ? -1 : k;
    }

    /** Index of the named site; throws {@link IllegalArgumentException} naming it when absent. */
    public int require(String name) {
        int k = indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("unknown site '" + name + "'");
        }
        return k;
    }

    /** Level of site k in basis state {@code state}. */
    public int level(int state, int k) {
        return (int) ((state / strides[k]) % dims[k]);
    }

    /** Basis index of the product state with the given levels, one per site. */
    public int basisIndex(int... levels) {
        if (levels.length != dims.length) {
            throw new IllegalArgumentException("need " + dims.length + " levels, got " + levels.length);
        }
        long s = 0;
        for (int k = 0; k < levels.length; k++) {
            if (levels[k] < 0 || levels[k] >= dims[k]) {
                throw new IllegalArgumentException("level " + levels[k] + " outside site " + sites.get(k).name());
            }
            s += levels[k] * strides[k];
        }
        return (int) s;
    }

    /** The subspace made of the given sites, in the given order. */
    public Space subspace(int... siteIndices) {
        List<Site> s = new ArrayList<>();
        for (int k : siteIndices) {
            s.add(sites.get(k));
        }
        return new Space(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Space s && s.sites.equals(sites);
    }

    @Override
    public int hashCode() {
        return sites.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < sites.size(); k++) {
            Site s = sites.get(k);
            sb.append(k == 0 ? "" : ", ").append(s.name()).append(':').append(s.kind().name().toLowerCase()).append('(').append(s.dimension()).append(')');
        }
        return sb.append(']').toString();
    }
}
