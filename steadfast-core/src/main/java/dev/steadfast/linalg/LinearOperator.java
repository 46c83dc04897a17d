package dev.steadfast.linalg;

/** A real square linear map {@code y = A x}, for iterative solvers. */
public interface LinearOperator {
    int size();

    /** y = A x; y must not alias x. */
    void apply(double[] x, double[] y);

    static LinearOperator of(RealCsc a) {
        return new LinearOperator() {
            @Override
            public int size() {
                return a.cols();
            }

            @Override
            public void apply(double[] x, double[] y) {
                a.multiply(x, y);
            }
        };
    }
}
