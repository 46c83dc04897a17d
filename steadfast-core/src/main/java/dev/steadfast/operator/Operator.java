package dev.steadfast.operator;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.space.Space;

/**
 * An operator on a composite space, stored sparse. Operators know their space; combining
 * operators of different spaces fails at once with a message naming both.
 */
public final class Operator {
    private final Space space;
    private final SparseCMatrix matrix;

    public Operator(Space space, SparseCMatrix matrix) {
        int d = space.dimension();
        if (matrix.rows() != d || matrix.cols() != d) {
            throw new IllegalArgumentException("matrix " + matrix.rows() + "x" + matrix.cols()
                    + " does not act on space " + space + " of dimension " + d);
        }
        this.space = space;
        this.matrix = matrix;
    }

    public static Operator identity(Space space) {
        return new Operator(space, SparseCMatrix.identity(space.dimension()));
    }

    public static Operator zero(Space space) {
        return new Operator(space, SparseCMatrix.zeros(space.dimension(), space.dimension()));
    }

    public Space space() { return space; }
    public SparseCMatrix matrix() { return matrix; }

    public Operator plus(Operator b) {
        requireSameSpace(b);
        return new Operator(space, matrix.plus(b.matrix));
    }

    public Operator minus(Operator b) {
        requireSameSpace(b);
        return new Operator(space, matrix.plus(b.matrix.scale(-1, 0)));
    }

    public Operator times(Operator b) {
        requireSameSpace(b);
        return new Operator(space, matrix.times(b.matrix));
    }

    public Operator scale(double re, double im) {
        return new Operator(space, matrix.scale(re, im));
    }

    public Operator scale(double s) {
        return scale(s, 0);
    }

    /** The Hermitian conjugate. */
    public Operator dag() {
        Operator a = adjoint;
        if (a == null) {
            a = new Operator(space, matrix.adjoint());
            adjoint = a;
        }
        return a;
    }

    /** The Hermitian conjugate, once computed (operators are immutable). */
    private volatile Operator adjoint;

    /** Largest |O_ij - conj(O_ji)|. */
    public double hermiticityError() {
        return matrix.hermiticityError();
    }

    /** Largest entry modulus, a cheap norm used to make tolerances relative. */
    public double maxAbs() {
        return matrix.maxAbs();
    }

    public CMatrix toDense() {
        return matrix.toDense();
    }

    private void requireSameSpace(Operator b) {
        if (!space.equals(b.space)) {
            throw new IllegalArgumentException("operators act on different spaces: " + space + " and " + b.space);
        }
    }

    @Override
    public String toString() {
        return "Operator on " + space + " with " + matrix.nnz() + " nonzeros";
    }
}
