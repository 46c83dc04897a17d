package dev.steadfast.counting;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * An independent route to θ(s) for tests: the column-stacked complex superoperator
 * {@code L(s) = −i(I⊗H − Hᵀ⊗I) + Σ γ (e^{s w} conj(J)⊗J − ½ I⊗J†J − ½ (J†J)ᵀ⊗I)} built densely from
 * Kronecker products, embedded as a real matrix of twice the size, and its eigenvalue of largest real part.
 */
final class DenseTiltedEigenvalue {
    private DenseTiltedEigenvalue() {
    }

    static double theta(OpenSystem system, List<Jump> counted, double[] weights, double s) {
        CMatrix h = system.hamiltonian().toDense();
        int d = h.rows();
        CMatrix id = CMatrix.identity(d);
        CMatrix l = id.kron(h).minus(h.transpose().kron(id)).scale(0, -1);
        for (Jump j : system.jumps()) {
            double tilt = 1;
            for (int c = 0; c < counted.size(); c++) {
                Jump k = counted.get(c);
                if (k.source().equals(j.source()) && k.rate() == j.rate()
                        && k.op().toDense().maxAbsDifference(j.op().toDense()) == 0) {
                    tilt = Math.exp(s * weights[c]);
                }
            }
            CMatrix op = j.op().toDense();
            CMatrix jj = op.adjoint().times(op);
            l = l.plus(op.conjugate().kron(op).scale(j.rate() * tilt, 0))
                    .minus(id.kron(jj).plus(jj.transpose().kron(id)).scale(0.5 * j.rate(), 0));
        }
        int n = l.rows();
        DMatrixRMaj real = new DMatrixRMaj(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                real.set(i, k, l.re(i, k));
                real.set(i + n, k + n, l.re(i, k));
                real.set(i, k + n, -l.im(i, k));
                real.set(i + n, k, l.im(i, k));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, false);
        if (!eig.decompose(real)) {
            throw new IllegalStateException("eigen decomposition failed");
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 2 * n; k++) {
            Complex_F64 v = eig.getEigenvalue(k);
            best = Math.max(best, v.real);
        }
        return best;
    }
}
