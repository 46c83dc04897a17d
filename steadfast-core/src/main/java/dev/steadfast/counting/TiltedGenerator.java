package dev.steadfast.counting;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.MeasureException;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The tilted generator {@code L(s) = L + Σ_c γ_c (e^{s w_c} − 1) J_c · J_c†} of a counting field, for a
 * real counting field s (the large-deviation form: L(s) maps Hermitian operators to Hermitian ones, so
 * it is a real matrix in the generator's coordinates), and its scaled cumulant generating function
 * θ(s), the eigenvalue of largest real part (real, since L(s) generates a completely positive
 * semigroup). θ(0) = 0 and {@code θ^{(k)}(0)} are the scaled cumulants of {@link Cumulants}.
 *
 * <p>θ(s) is found from the dense real matrix (EJML's eigenvalue decomposition), so this class is for
 * generators of at most {@link #MAX_UNKNOWNS} coordinates; the cumulants themselves have no such limit.
 */
public final class TiltedGenerator {
    /** The largest number of coordinates for which θ(s) is computed densely. */
    public static final int MAX_UNKNOWNS = 1600;
    private final double[][] base;
    private final double[][][] jumps;
    private final double[] weights;

    /**
     * @throws MeasureException when the generator has more than {@link #MAX_UNKNOWNS} coordinates
     */
    public TiltedGenerator(LindbladGenerator generator, CountingField field) {
        int n = generator.size();
        if (n > MAX_UNKNOWNS) {
            throw new MeasureException("the cumulant generating function is computed densely, for at most " + MAX_UNKNOWNS
                    + " unknowns; this generator has " + n + " (its cumulants are still available)");
        }
        this.base = generator.matrix().toDense();
        this.weights = field.weights().clone();
        this.jumps = new double[weights.length][][];
        HermitianBasis basis = generator.basis();
        for (int c = 0; c < weights.length; c++) {
            jumps[c] = new double[n][n];
            for (int k = 0; k < n; k++) {
                double[] e = new double[n];
                e[k] = 1;
                CMatrix x = basis.toMatrix(e);
                CMatrix y = new CMatrix(x.rows(), x.cols());
                JumpTerms.addSandwich(y, field.channels().get(c).rate(), field.channels().get(c).op().matrix(), x);
                double[] col = basis.coordinates(y);
                for (int i = 0; i < n; i++) {
                    jumps[c][i][k] = col[i];
                }
            }
        }
    }

    /** θ(s): the eigenvalue of L(s) with the largest real part (its real part). */
    public double theta(double s) {
        int n = base.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                m.set(i, k, base[i][k]);
            }
        }
        for (int c = 0; c < weights.length; c++) {
            double tilt = Math.expm1(s * weights[c]);
            if (tilt == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    m.add(i, k, tilt * jumps[c][i][k]);
                }
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(m)) {
            throw new MeasureException("the eigenvalue decomposition of the tilted generator failed at s = " + s);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            Complex_F64 v = eig.getEigenvalue(k);
            best = Math.max(best, v.real);
        }
        return best;
    }
}
