package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.DenseProducts;
import dev.steadfast.linalg.Eigensystem;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.linalg.SparseCMatrix;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import java.util.TreeMap;

/**
 * The Hamiltonian diagonalised block by block: basis states grouped by a conserved charge (one
 * block when there is none), each block's H diagonalised exactly. Global eigen-index
 * {@code offset(b) + e} labels eigenvector e of block b.
 */
final class EnergyBlocks {
    final int dimension;
    final int[] blockOf;
    final int[] localIndex;
    final int[][] states;
    final int[] offset;
    final int[] charges;
    /** Complex eigenvectors (columns) per block; null for blocks with a real eigenbasis. */
    final Eigensystem[] eigen;
    /** Real orthogonal eigenvectors (columns) per block when that block of H is real, else null. */
    final DMatrixRMaj[] realVectors;
    /** Eigenvalues per block, ascending. */
    final double[][] energies;

    /** The dense products of the basis changes. */
    private final DenseProducts products;

    EnergyBlocks(SparseCMatrix h, int[] charge) {
        this(h, charge, DenseProducts.best());
    }

    EnergyBlocks(SparseCMatrix h, int[] charge, DenseProducts products) {
        this.products = products;
        dimension = h.rows();
        int[] q = charge == null ? new int[dimension] : charge;
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (int v : q) {
            count.merge(v, 1, Integer::sum);
        }
        int nb = count.size();
        states = new int[nb][];
        charges = new int[nb];
        offset = new int[nb + 1];
        int b = 0;
        java.util.Map<Integer, Integer> blockOfCharge = new java.util.HashMap<>();
        for (var e : count.entrySet()) {
            charges[b] = e.getKey();
            states[b] = new int[e.getValue()];
            offset[b + 1] = offset[b] + e.getValue();
            blockOfCharge.put(e.getKey(), b);
            b++;
        }
        blockOf = new int[dimension];
        localIndex = new int[dimension];
        int[] fill = new int[nb];
        for (int s = 0; s < dimension; s++) {
            int bb = blockOfCharge.get(q[s]);
            blockOf[s] = bb;
            localIndex[s] = fill[bb];
            states[bb][fill[bb]++] = s;
        }
        eigen = new Eigensystem[nb];
        realVectors = new DMatrixRMaj[nb];
        energies = new double[nb][];
        for (int bb = 0; bb < nb; bb++) {
            CMatrix hb = extract(h, bb, bb);
            if (isReal(hb)) {
                diagonaliseReal(hb, bb);
            } else {
                eigen[bb] = HermitianEigen.decompose(hb);
                energies[bb] = eigen[bb].values();
            }
        }
    }

    private static boolean isReal(CMatrix m) {
        for (double v : m.im()) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** A real symmetric block: a real orthogonal eigenbasis (LAPACK dsyevd where native BLAS loads, else EJML). */
    private void diagonaliseReal(CMatrix hb, int b) {
        int n = hb.rows();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 0.5 * (hb.re(i, j) + hb.re(j, i));
            }
        }
        double[] e = new double[n];
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        products.symmetricEigen(n, a, e, v.data);
        realVectors[b] = v;
        energies[b] = e;
    }

    /** V_b† X V_c for a matrix X with rows in block b and columns in block c. */
    CMatrix toEigenbasis(CMatrix x, int b, int c) {
        if (realVectors[b] != null && realVectors[c] != null) {
            DMatrixRMaj vb = realVectors[b];
            DMatrixRMaj vc = realVectors[c];
            return new CMatrix(x.rows(), x.cols(), sandwichT(vb, x.re(), x.rows(), x.cols(), vc),
                    sandwichT(vb, x.im(), x.rows(), x.cols(), vc));
        }
        return vectors(b).adjoint().times(x).times(vectors(c));
    }

    /** V_b Y V_b† for a matrix Y in the eigenbasis of block b. */
    CMatrix fromEigenbasis(CMatrix y, int b) {
        if (realVectors[b] != null) {
            DMatrixRMaj v = realVectors[b];
            int n = y.rows();
            return new CMatrix(n, n, sandwich(v, y.re(), n), sandwich(v, y.im(), n));
        }
        return eigen[b].fromEigenbasis(y);
    }

    private CMatrix vectors(int b) {
        if (eigen[b] != null) {
            return eigen[b].vectors();
        }
        DMatrixRMaj v = realVectors[b];
        CMatrix out = new CMatrix(v.numRows, v.numCols);
        System.arraycopy(v.data, 0, out.re(), 0, v.data.length);
        return out;
    }

    /**
     * For a block with a real eigenbasis V: {@code V^T A V} for a real row-major A (n x n). With
     * {@code A = Re X + Im X} for a Hermitian X, the result is {@code Re Y + Im Y} for
     * {@code Y = V^T X V} (a real congruence keeps symmetric and antisymmetric parts apart).
     */
    double[] toEigenbasisRealForm(double[] a, int b) {
        DMatrixRMaj v = realVectors[b];
        int n = v.numRows;
        double[] t = new double[n * n];
        products.multiply(true, false, n, n, n, v.data, a, t);
        double[] out = new double[n * n];
        products.multiply(false, false, n, n, n, t, v.data, out);
        return out;
    }

    /** For a block with a real eigenbasis V: {@code V Y V^T} for a real row-major Y (n x n), the inverse of the above. */
    double[] fromEigenbasisRealForm(double[] y, int b) {
        return sandwich(realVectors[b], y, realVectors[b].numRows);
    }

    /** Vb^T X Vc for a real row-major X (r x c). */
    private double[] sandwichT(DMatrixRMaj vb, double[] x, int r, int c, DMatrixRMaj vc) {
        double[] t = new double[vb.numCols * c];
        products.multiply(true, false, vb.numCols, c, r, vb.data, x, t);
        double[] out = new double[vb.numCols * vc.numCols];
        products.multiply(false, false, vb.numCols, vc.numCols, c, t, vc.data, out);
        return out;
    }

    /** V Y V^T for a real row-major Y (n x n). */
    private double[] sandwich(DMatrixRMaj v, double[] y, int n) {
        double[] t = new double[n * n];
        products.multiply(false, false, n, n, n, v.data, y, t);
        double[] out = new double[n * n];
        products.multiply(false, true, n, n, n, t, v.data, out);
        return out;
    }

    int blocks() {
        return states.length;
    }

    int size(int b) {
        return states[b].length;
    }

    /** The dense sub-matrix of {@code m} with rows in block {@code rb} and columns in block {@code cb}. */
    CMatrix extract(SparseCMatrix m, int rb, int cb) {
        CMatrix out = new CMatrix(size(rb), size(cb));
        int[] rp = m.rowPtr();
        int[] ci = m.colIdx();
        double[] vr = m.valuesRe();
        double[] vi = m.valuesIm();
        for (int r = 0; r < size(rb); r++) {
            int s = states[rb][r];
            for (int p = rp[s]; p < rp[s + 1]; p++) {
                int c = ci[p];
                if (blockOf[c] == cb) {
                    out.set(r, localIndex[c], vr[p], vi[p]);
                }
            }
        }
        return out;
    }

    /** The block a jump maps block {@code b} into, or -1 if it maps it to zero. */
    int target(SparseCMatrix jump, int b) {
        int[] rp = jump.rowPtr();
        int[] ci = jump.colIdx();
        boolean[] inB = new boolean[dimension];
        for (int s : states[b]) {
            inB[s] = true;
        }
        for (int r = 0; r < dimension; r++) {
            for (int p = rp[r]; p < rp[r + 1]; p++) {
                if (inB[ci[p]]) {
                    return blockOf[r];
                }
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "EnergyBlocks" + Arrays.toString(Arrays.stream(states).mapToInt(a -> a.length).toArray());
    }
}
