package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.SiteKind;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;

/**
 * Checks of the site arguments of measures and the reductions they need. Every failure is a
 * {@link MeasureException} whose message starts with the measure's name and names the sites.
 */
final class SiteArguments {
    private SiteArguments() {
    }

    /** A site counts as a qubit when it is a QUBIT, or a SPIN or LEVELS site of dimension 2. */
    static boolean isQubit(Site s) {
        return s.dimension() == 2 && s.kind() != SiteKind.BOSON;
    }

    /** "a boson with 5 levels", "a spin with 3 levels", "a 3-level system", "a qubit". */
    static String describe(Site s) {
        return switch (s.kind()) {
            case QUBIT -> "a qubit";
            case BOSON -> "a boson with " + s.dimension() + " levels";
            case SPIN -> "a spin with " + s.dimension() + " levels";
            case LEVELS -> "a " + s.dimension() + "-level system";
            case FERMION -> "a fermion mode";
        };
    }

    /** Site k of the state's space, or a MeasureException when k is out of range. */
    static Site site(String measure, DensityMatrix rho, int k) {
        Space space = rho.space();
        if (k < 0 || k >= space.size()) {
            throw new MeasureException(measure + ": site index " + k + " is outside the space " + space
                    + " of " + space.size() + " sites");
        }
        return space.site(k);
    }

    /** The reduced state of two distinct qubits {@code a, b} (in that order). */
    static DensityMatrix twoQubits(String measure, DensityMatrix rho, int a, int b) {
        Site sa = site(measure, rho, a);
        Site sb = site(measure, rho, b);
        if (a == b) {
            throw new MeasureException(measure + " needs two different sites, but got '" + sa.name() + "' twice");
        }
        for (Site s : new Site[] {sa, sb}) {
            if (!isQubit(s)) {
                throw new MeasureException(measure + " needs two qubits, but '" + s.name() + "' is " + describe(s));
            }
        }
        return reduce(rho, new int[] {a, b});
    }

    /** The reduced state on a non-empty list of distinct sites (in the given order). */
    static DensityMatrix subsystem(String measure, DensityMatrix rho, int[] sites) {
        requireList(measure, "", rho, sites);
        return reduce(rho, sites);
    }

    /** Checks A and B (non-empty, distinct, disjoint) and returns the sites of A followed by B. */
    static int[] bipartition(String measure, DensityMatrix rho, int[] a, int[] b) {
        requireList(measure, "A", rho, a);
        requireList(measure, "B", rho, b);
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    throw new MeasureException(measure + " needs disjoint site lists, but '"
                            + rho.space().site(x).name() + "' is in both A and B");
                }
            }
        }
        int[] ab = new int[a.length + b.length];
        System.arraycopy(a, 0, ab, 0, a.length);
        System.arraycopy(b, 0, ab, a.length, b.length);
        return ab;
    }

    /** The site names, e.g. {@code 'q1', 'q2'} (indices must be valid). */
    static String names(DensityMatrix rho, int... sites) {
        StringBuilder sb = new StringBuilder();
        for (int k : sites) {
            sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(rho.space().site(k).name()).append('\'');
        }
        return sb.toString();
    }

    /** The two states must live on one space. */
    static void requireSameSpace(String measure, DensityMatrix rho, DensityMatrix sigma) {
        if (!rho.space().equals(sigma.space())) {
            throw new MeasureException(measure + " needs two states of one space, but got " + rho.space()
                    + " and " + sigma.space());
        }
    }

    /** The positions 0..n-1 of a reduced state with n sites, from {@code from} (inclusive) to {@code to}. */
    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int k = 0; k < r.length; k++) {
            r[k] = from + k;
        }
        return r;
    }

    private static void requireList(String measure, String label, DensityMatrix rho, int[] sites) {
        String what = label.isEmpty() ? "site list" : "site list " + label;
        if (sites == null || sites.length == 0) {
            throw new MeasureException(measure + " needs a non-empty " + what);
        }
        for (int i = 0; i < sites.length; i++) {
            Site s = site(measure, rho, sites[i]);
            for (int j = 0; j < i; j++) {
                if (sites[j] == sites[i]) {
                    throw new MeasureException(measure + ": site '" + s.name() + "' is listed twice in the " + what);
                }
            }
        }
    }

    /**
     * The reduced state on {@code keep} (in that order). When every site is kept the state is
     * only permuted (done here: {@link DensityMatrix#partialTrace} needs at least one site traced out).
     */
    static DensityMatrix reduce(DensityMatrix rho, int[] keep) {
        if (keep.length < rho.space().size()) {
            return rho.partialTrace(keep);
        }
        boolean identity = true;
        for (int k = 0; k < keep.length; k++) {
            identity &= keep[k] == k;
        }
        return identity ? rho : permute(rho, keep);
    }

    /** {@code rho} with its sites reordered to {@code order} (a permutation of all sites). */
    private static DensityMatrix permute(DensityMatrix rho, int[] order) {
        Space space = rho.space();
        Space target = space.subspace(order);
        int d = space.dimension();
        int[] source = new int[d];
        for (int t = 0; t < d; t++) {
            long s = 0;
            for (int q = 0; q < order.length; q++) {
                s += target.level(t, q) * space.stride(order[q]);
            }
            source[t] = (int) s;
        }
        CMatrix m = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m.set(i, j, rho.matrix().re(source[i], source[j]), rho.matrix().im(source[i], source[j]));
            }
        }
        return new DensityMatrix(target, m);
    }
}
