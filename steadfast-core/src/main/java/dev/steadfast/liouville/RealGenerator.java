package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.space.Space;
import dev.steadfast.system.OpenSystem;
import java.util.function.UnaryOperator;

/**
 * A Hermiticity-preserving generator {@code d rho/dt = G(rho)} written as a real sparse matrix M in
 * the coordinates of the full {@link HermitianBasis} of d x d Hermitian matrices (d^2 real
 * coordinates: {@code rho_ii}, then {@code Re rho_ij, Im rho_ij} for i &lt; j).
 *
 * <p>Because G is the complexification of its restriction to Hermitian matrices, M has exactly
 * the spectrum of G on all d x d matrices, and {@code exp(t M)} evolves the coordinates of
 * {@code rho(t)}. The Hilbert–Schmidt inner product of Hermitian X, Y in these coordinates is
 * {@code Tr(X Y) = x^T W y} with the diagonal metric W = 1 on diagonal coordinates and 2 on
 * off-diagonal ones; {@link #metric()} returns it. A left null vector w of M ({@code w^T M = 0})
 * is the conserved quantity {@code J} with coordinates {@code W^{-1} w}, and {@code Tr(J rho) = w^T x}.
 *
 * <p>Sources: a Lindblad {@link OpenSystem} (assembled by {@link HermitianAssembler} from its
 * terms) or any linear map on dense matrices ({@link #fromSuperoperator}, e.g. a Bloch–Redfield
 * generator, which is not of Lindblad form).
 */
public final class RealGenerator {
    private final Space space;
    private final HermitianBasis basis;
    private final RealCsc matrix;

    public RealGenerator(Space space, HermitianBasis basis, RealCsc matrix) {
        if (!basis.isFull() || basis.hilbertDimension() != space.dimension() || matrix.cols() != basis.size()) {
            throw new IllegalArgumentException("a generator needs the full Hermitian basis of " + space);
        }
        this.space = space;
        this.basis = basis;
        this.matrix = matrix;
    }

    /** The Lindblad generator of {@code system}. */
    public static RealGenerator of(OpenSystem system) {
        Liouvillian l = Liouvillian.of(system);
        HermitianBasis b = HermitianBasis.full(l.hilbertDimension());
        return new RealGenerator(system.space(), b, new HermitianAssembler(l, b).assemble());
    }

    /**
     * The real matrix of a linear, Hermiticity-preserving map given by its action on dense
     * matrices: column c is the coordinate vector of {@code g(E_c)} for the basis operator E_c.
     * Costs d^2 applications of g. Entries below {@code 1e-15} times the largest are dropped.
     */
    public static RealGenerator fromSuperoperator(Space space, UnaryOperator<CMatrix> g) {
        int d = space.dimension();
        HermitianBasis b = HermitianBasis.full(d);
        int n = b.size();
        double[][] cols = new double[n][];
        double max = 0;
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            cols[c] = b.coordinates(g.apply(b.toMatrix(e)));
            for (double v : cols[c]) {
                max = Math.max(max, Math.abs(v));
            }
        }
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(4 * n);
        DoubleList vals = new DoubleList(4 * n);
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) {
                if (Math.abs(cols[c][r]) > 1e-15 * max) {
                    rows.add(r);
                    vals.add(cols[c][r]);
                }
            }
            colPtr[c + 1] = rows.size();
        }
        return new RealGenerator(space, b, new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray()));
    }

    public Space space() { return space; }
    public HermitianBasis basis() { return basis; }
    public RealCsc matrix() { return matrix; }

    /** Number of real coordinates, d^2. */
    public int size() { return basis.size(); }

    /** The coordinates of the Hermitian part of {@code rho}. */
    public double[] coordinates(CMatrix rho) {
        return basis.coordinates(rho);
    }

    /** The Hermitian matrix with coordinates {@code x}. */
    public CMatrix toMatrix(double[] x) {
        return basis.toMatrix(x);
    }

    /** y = M x. */
    public double[] apply(double[] x) {
        double[] y = new double[x.length];
        matrix.multiply(x, y);
        return y;
    }

    /** The metric W of the Hilbert–Schmidt inner product (1 on diagonal, 2 on off-diagonal coordinates). */
    public double[] metric() {
        double[] w = new double[basis.size()];
        java.util.Arrays.fill(w, 2.0);
        for (int c : basis.diagonalCoordinates()) {
            w[c] = 1.0;
        }
        return w;
    }

    /** The trace functional t with {@code Tr rho = t^T x}: ones on the diagonal coordinates. */
    public double[] traceFunctional() {
        double[] t = new double[basis.size()];
        for (int c : basis.diagonalCoordinates()) {
            t[c] = 1.0;
        }
        return t;
    }
}
