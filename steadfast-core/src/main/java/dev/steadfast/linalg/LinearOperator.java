package dev.steadfast.linalg;

/** A real square linear map {@code y = A x}, for iterative solvers. */
public interface LinearOperator {
    int size();

    /** y = A x; y must not alias x. */
    void apply(double[] x, double[] y);

    /** The product with a sparse matrix. */
    static LinearOperator of(RealCsc a) {
        return of(a.cols(), a::multiply);
    }

    /** A map of dimension {@code n} given by its action {@code (x, y) -> y = A x}. */
    static LinearOperator of(int n, java.util.function.BiConsumer<double[], double[]> action) {
        return new LinearOperator() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void apply(double[] x, double[] y) {
                action.accept(x, y);
            }
        };
    }
}
