package dev.steadfast.operator;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.linalg.SparseCMatrixBuilder;
import dev.steadfast.space.Site;
import dev.steadfast.space.SiteKind;

/**
 * Matrices of single-site operators, in the level basis (level 0 = ground state).
 *
 * <p>Qubit: {@code sp = |1><0|}, {@code sm = |0><1|}, {@code sx = sp + sm},
 * {@code sy = -i (sp - sm)}, {@code sz = |1><1| - |0><0|}. Boson: {@code a|n> = sqrt(n)|n-1>}.
 * Spin-j: level k has {@code jz = k - j}, {@code jp|k> = sqrt(j(j+1) - m(m+1)) |k+1>}.
 * Every factory checks that the site is of a kind for which the operator means something.
 */
public final class LocalOperators {
    private LocalOperators() {
    }

    public static SparseCMatrix sp(Site s) { requireKind(s, "sp", SiteKind.QUBIT); return ketBra(2, 1, 0); }
    public static SparseCMatrix sm(Site s) { requireKind(s, "sm", SiteKind.QUBIT); return ketBra(2, 0, 1); }

    public static SparseCMatrix sx(Site s) {
        requireKind(s, "sx", SiteKind.QUBIT);
        return new SparseCMatrixBuilder(2, 2).add(0, 1, 1, 0).add(1, 0, 1, 0).build();
    }

    public static SparseCMatrix sy(Site s) {
        requireKind(s, "sy", SiteKind.QUBIT);
        // -i (sp - sm): (1,0) -> -i, (0,1) -> +i
        return new SparseCMatrixBuilder(2, 2).add(0, 1, 0, 1).add(1, 0, 0, -1).build();
    }

    public static SparseCMatrix sz(Site s) {
        requireKind(s, "sz", SiteKind.QUBIT);
        return new SparseCMatrixBuilder(2, 2).add(0, 0, -1, 0).add(1, 1, 1, 0).build();
    }

    public static SparseCMatrix destroy(Site s) {
        requireKind(s, "a", SiteKind.BOSON);
        int d = s.dimension();
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(d, d);
        for (int n = 1; n < d; n++) {
            b.add(n - 1, n, Math.sqrt(n), 0);
        }
        return b.build();
    }

    public static SparseCMatrix create(Site s) {
        requireKind(s, "adag", SiteKind.BOSON);
        return destroy(s).adjoint();
    }

    public static SparseCMatrix number(Site s) {
        requireKind(s, "n", SiteKind.BOSON);
        int d = s.dimension();
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(d, d);
        for (int n = 1; n < d; n++) {
            b.add(n, n, n, 0);
        }
        return b.build();
    }

    /** Quadrature x = (a + adag)/sqrt 2. */
    public static SparseCMatrix position(Site s) {
        requireKind(s, "x", SiteKind.BOSON);
        SparseCMatrix a = destroy(s);
        return a.plus(a.adjoint()).scale(1 / Math.sqrt(2), 0);
    }

    /** Quadrature p = -i (a - adag)/sqrt 2. */
    public static SparseCMatrix momentum(Site s) {
        requireKind(s, "p", SiteKind.BOSON);
        SparseCMatrix a = destroy(s);
        return a.plus(a.adjoint().scale(-1, 0)).scale(0, -1 / Math.sqrt(2));
    }

    public static SparseCMatrix jz(Site s) {
        requireKind(s, "jz", SiteKind.SPIN);
        int d = s.dimension();
        double j = s.spinJ();
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(d, d);
        for (int k = 0; k < d; k++) {
            b.add(k, k, k - j, 0);
        }
        return b.build();
    }

    public static SparseCMatrix jp(Site s) {
        requireKind(s, "jp", SiteKind.SPIN);
        int d = s.dimension();
        double j = s.spinJ();
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(d, d);
        for (int k = 0; k + 1 < d; k++) {
            double m = k - j;
            b.add(k + 1, k, Math.sqrt(j * (j + 1) - m * (m + 1)), 0);
        }
        return b.build();
    }

    public static SparseCMatrix jm(Site s) {
        requireKind(s, "jm", SiteKind.SPIN);
        return jp(s).adjoint();
    }

    public static SparseCMatrix jx(Site s) {
        requireKind(s, "jx", SiteKind.SPIN);
        SparseCMatrix p = jp(s);
        return p.plus(p.adjoint()).scale(0.5, 0);
    }

    public static SparseCMatrix jy(Site s) {
        requireKind(s, "jy", SiteKind.SPIN);
        SparseCMatrix p = jp(s);
        return p.plus(p.adjoint().scale(-1, 0)).scale(0, -0.5);
    }

    public static SparseCMatrix identity(Site s) {
        return SparseCMatrix.identity(s.dimension());
    }

    /** The projector {@code |k><k|}. */
    public static SparseCMatrix projector(Site s, int k) {
        return ketBra(s, k, k);
    }

    /** The transition {@code |j><k|}. */
    public static SparseCMatrix ketBra(Site s, int j, int k) {
        int d = s.dimension();
        if (j < 0 || j >= d || k < 0 || k >= d) {
            throw new IllegalArgumentException("level out of range on site " + s.name() + " (levels 0.." + (d - 1) + "): " + j + ", " + k);
        }
        return ketBra(d, j, k);
    }

    private static SparseCMatrix ketBra(int d, int j, int k) {
        return new SparseCMatrixBuilder(d, d).add(j, k, 1, 0).build();
    }

    private static void requireKind(Site s, String op, SiteKind kind) {
        if (s.kind() != kind) {
            throw new IllegalArgumentException("operator " + op + " needs a " + kind.name().toLowerCase()
                    + " site, but " + s.name() + " is a " + s.kind().name().toLowerCase());
        }
    }
}
