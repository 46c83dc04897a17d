package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.linalg.SparseCMatrixBuilder;
import dev.steadfast.space.Space;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import java.util.List;

/**
 * The Lindblad generator {@code L(rho) = -i[H, rho] + sum_k g_k (L_k rho L_k† - 1/2 {L_k†L_k, rho})}
 * (ħ = 1), held as its terms, never as a dense matrix.
 *
 * <p>With the effective Hamiltonian {@code K = H - (i/2) sum_k g_k L_k†L_k} and
 * {@code J_k = sqrt(g_k) L_k}: {@code L(rho) = -i K rho + i rho K† + sum_k J_k rho J_k†}. In the
 * column-stacking convention ({@code vec(rho)[i + j d] = rho_ij}, {@code vec(A X B) = (B^T ⊗ A) vec X})
 * this is {@code -i (1 ⊗ K) + i (conj K ⊗ 1) + sum_k conj(J_k) ⊗ J_k}.
 *
 * <p>One generator serves every consumer: the matrix-free action {@link #apply} (iterative
 * solvers, time evolution, residuals), the real sparse matrix in a Hermitian basis
 * ({@link HermitianAssembler}, direct solvers) and the complex sparse matrix
 * {@link #toSparse()} (spectra and tests on small systems).
 */
public final class Liouvillian {
    private final Space space;
    private final int d;
    private final SparseCMatrix k;
    private final SparseCMatrix kT;
    private final SparseCMatrix[] jumps;
    private final SparseCMatrix[] jumpsT;

    private Liouvillian(Space space, SparseCMatrix h, List<Jump> jumpList) {
        this.space = space;
        this.d = space.dimension();
        SparseCMatrix keff = h;
        this.jumps = new SparseCMatrix[jumpList.size()];
        this.jumpsT = new SparseCMatrix[jumpList.size()];
        for (int n = 0; n < jumpList.size(); n++) {
            Jump jmp = jumpList.get(n);
            SparseCMatrix op = jmp.op().matrix();
            double s = Math.sqrt(jmp.rate());
            jumps[n] = op.scale(s, 0);
            // the operator's transpose and L†L are computed once per operator (a sweep reuses them)
            jumpsT[n] = op.transpose().scale(s, 0);
            keff = keff.plus(op.adjointTimesSelf().scale(0, -0.5 * jmp.rate()));
        }
        this.k = keff;
        this.kT = keff.transpose();
    }

    public static Liouvillian of(OpenSystem system) {
        return new Liouvillian(system.space(), system.hamiltonian().matrix(), system.jumps());
    }

    /** The generator of a list of jumps alone (H = 0), e.g. one bath's dissipator D_k. */
    public static Liouvillian dissipatorOf(Space space, List<Jump> jumps) {
        int d = space.dimension();
        return new Liouvillian(space, SparseCMatrix.zeros(d, d), jumps);
    }

    public Space space() { return space; }
    public int hilbertDimension() { return d; }

    /** K = H - (i/2) sum g L†L. */
    public SparseCMatrix effectiveHamiltonian() { return k; }

    /** sqrt(g_k) L_k, one per channel. */
    public SparseCMatrix[] scaledJumps() { return jumps.clone(); }

    SparseCMatrix effectiveHamiltonianTransposed() { return kT; }
    SparseCMatrix[] scaledJumpsTransposed() { return jumpsT; }

    /**
     * y = L x on column-stacked vectors of length d^2 (real and imaginary parts). The inputs are
     * not modified; y must not alias x.
     */
    public void apply(double[] xr, double[] xi, double[] yr, double[] yi) {
        java.util.Arrays.fill(yr, 0);
        java.util.Arrays.fill(yi, 0);
        // -i K X  and  +i X K†
        leftMultiplyAdd(k, xr, xi, yr, yi, 0, -1);
        rightMultiplyAdjointAdd(k, xr, xi, yr, yi, 0, 1);
        if (jumps.length > 0) {
            double[] tr = new double[d * d];
            double[] ti = new double[d * d];
            for (SparseCMatrix j : jumps) {
                java.util.Arrays.fill(tr, 0);
                java.util.Arrays.fill(ti, 0);
                leftMultiplyAdd(j, xr, xi, tr, ti, 1, 0);
                rightMultiplyAdjointAdd(j, tr, ti, yr, yi, 1, 0);
            }
        }
    }

    /** L(rho) for a dense (row-major) matrix. */
    public CMatrix apply(CMatrix rho) {
        double[] xr = new double[d * d];
        double[] xi = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                xr[i + j * d] = rho.re(i, j);
                xi[i + j * d] = rho.im(i, j);
            }
        }
        double[] yr = new double[d * d];
        double[] yi = new double[d * d];
        apply(xr, xi, yr, yi);
        CMatrix out = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out.set(i, j, yr[i + j * d], yi[i + j * d]);
            }
        }
        return out;
    }

    /** Y += c * A X for column-major X, Y (c = cr + i ci). */
    private void leftMultiplyAdd(SparseCMatrix a, double[] xr, double[] xi, double[] yr, double[] yi, double cr, double ci) {
        int[] rp = a.rowPtr();
        int[] cidx = a.colIdx();
        double[] vr = a.valuesRe();
        double[] vi = a.valuesIm();
        for (int col = 0; col < d; col++) {
            int off = col * d;
            for (int i = 0; i < d; i++) {
                double sr = 0;
                double si = 0;
                for (int p = rp[i]; p < rp[i + 1]; p++) {
                    int q = off + cidx[p];
                    sr += vr[p] * xr[q] - vi[p] * xi[q];
                    si += vr[p] * xi[q] + vi[p] * xr[q];
                }
                yr[off + i] += cr * sr - ci * si;
                yi[off + i] += cr * si + ci * sr;
            }
        }
    }

    /** Y += c * X A† for column-major X, Y: column j of X A† is sum_k conj(A_jk) X[:, k]. */
    private void rightMultiplyAdjointAdd(SparseCMatrix a, double[] xr, double[] xi, double[] yr, double[] yi, double cr, double ci) {
        int[] rp = a.rowPtr();
        int[] cidx = a.colIdx();
        double[] vr = a.valuesRe();
        double[] vi = a.valuesIm();
        for (int j = 0; j < d; j++) {
            int oj = j * d;
            for (int p = rp[j]; p < rp[j + 1]; p++) {
                // c * conj(A_jk)
                double ar = cr * vr[p] + ci * vi[p];
                double ai = ci * vr[p] - cr * vi[p];
                int ok = cidx[p] * d;
                for (int i = 0; i < d; i++) {
                    double x1 = xr[ok + i];
                    double x2 = xi[ok + i];
                    yr[oj + i] += ar * x1 - ai * x2;
                    yi[oj + i] += ar * x2 + ai * x1;
                }
            }
        }
    }

    /**
     * The full complex d^2 x d^2 matrix in column stacking, assembled entry by entry from the
     * terms. Memory grows with its nonzeros; meant for spectra and checks on small systems.
     */
    public SparseCMatrix toSparse() {
        long n = (long) d * d;
        if (n > Integer.MAX_VALUE) {
            throw new ArithmeticException("Liouville dimension " + n + " is too large");
        }
        SparseCMatrixBuilder b = new SparseCMatrixBuilder((int) n, (int) n);
        int[] rp = k.rowPtr();
        int[] ci = k.colIdx();
        double[] vr = k.valuesRe();
        double[] vi = k.valuesIm();
        for (int i = 0; i < d; i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                int kk = ci[p];
                for (int j = 0; j < d; j++) {
                    // -i K_ik at row (i, j), column (kk, j)
                    b.add(i + j * d, kk + j * d, vi[p], -vr[p]);
                    // +i conj(K_ik) at row (j, i), column (j, kk):  (1⊗... ) conj(K) ⊗ 1
                    b.add(j + i * d, j + kk * d, vi[p], vr[p]);
                }
            }
        }
        for (SparseCMatrix jm : jumps) {
            int[] jp = jm.rowPtr();
            int[] jc = jm.colIdx();
            double[] jr = jm.valuesRe();
            double[] ji = jm.valuesIm();
            for (int i = 0; i < d; i++) {
                for (int p = jp[i]; p < jp[i + 1]; p++) {
                    for (int j = 0; j < d; j++) {
                        for (int q = jp[j]; q < jp[j + 1]; q++) {
                            // J_i,k conj(J_j,l): row (i, j), column (k, l)
                            double re = jr[p] * jr[q] + ji[p] * ji[q];
                            double im = ji[p] * jr[q] - jr[p] * ji[q];
                            b.add(i + j * d, jc[p] + jc[q] * d, re, im);
                        }
                    }
                }
            }
        }
        return b.build();
    }
}
