package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;

/**
 * Where the entries of each energy block of a Hermitian operator sit among the real coordinates of a
 * {@link HermitianBasis} (a diagonal entry is one coordinate, an off-diagonal pair {@code X_ij},
 * {@code X_ji = conj(X_ij)} two: real and imaginary part), and the conversions between the
 * coordinates and a block as a complex matrix or in the real form {@code Re X + Im X}. Entries
 * coupling two blocks (coherences between charge sectors) belong to no block.
 */
final class BlockCoordinates {
    private final EnergyBlocks blocks;
    /** Per block, for each of its entries (row ≤ col not implied): the coordinate, the local row and column. */
    private final int[][] coordinate;
    private final int[][] row;
    private final int[][] col;

    BlockCoordinates(HermitianBasis basis, EnergyBlocks blocks) {
        this.blocks = blocks;
        int nb = blocks.blocks();
        int[] count = new int[nb];
        for (int pos = 0; pos < basis.positions(); pos++) {
            int b = blocks.blockOf[basis.row(pos)];
            if (blocks.blockOf[basis.col(pos)] == b) {
                count[b]++;
            }
        }
        coordinate = new int[nb][];
        row = new int[nb][];
        col = new int[nb][];
        for (int b = 0; b < nb; b++) {
            coordinate[b] = new int[count[b]];
            row[b] = new int[count[b]];
            col[b] = new int[count[b]];
            count[b] = 0;
        }
        for (int pos = 0; pos < basis.positions(); pos++) {
            int i = basis.row(pos);
            int j = basis.col(pos);
            int b = blocks.blockOf[i];
            if (blocks.blockOf[j] != b) {
                continue;
            }
            int k = count[b]++;
            coordinate[b][k] = basis.coordinate(pos);
            row[b][k] = blocks.localIndex[i];
            col[b][k] = blocks.localIndex[j];
        }
    }

    /** Block b of the Hermitian X given by coordinates x, as the real n x n matrix Re X + Im X (row-major). */
    double[] realForm(double[] x, int b) {
        int n = blocks.size(b);
        double[] a = new double[n * n];
        int[] cs = coordinate[b];
        int[] rs = row[b];
        int[] ks = col[b];
        for (int k = 0; k < cs.length; k++) {
            int c = cs[k];
            int li = rs[k];
            int lj = ks[k];
            if (li == lj) {
                a[li * n + li] = x[c];
            } else {
                // X_ij = x_c + i x_{c+1}, X_ji = x_c - i x_{c+1}
                a[li * n + lj] = x[c] + x[c + 1];
                a[lj * n + li] = x[c] - x[c + 1];
            }
        }
        return a;
    }

    /** Writes block b given in real form (row-major) into coordinates z. */
    void fromRealForm(double[] a, int b, double[] z) {
        int n = blocks.size(b);
        int[] cs = coordinate[b];
        int[] rs = row[b];
        int[] ks = col[b];
        for (int k = 0; k < cs.length; k++) {
            int c = cs[k];
            int li = rs[k];
            int lj = ks[k];
            if (li == lj) {
                z[c] = a[li * n + li];
            } else {
                double upper = a[li * n + lj];
                double lower = a[lj * n + li];
                z[c] = 0.5 * (upper + lower);
                z[c + 1] = 0.5 * (upper - lower);
            }
        }
    }

    /** Block b of the Hermitian X given by coordinates x, as a complex matrix. */
    CMatrix toBlock(double[] x, int b) {
        int n = blocks.size(b);
        CMatrix out = new CMatrix(n, n);
        int[] cs = coordinate[b];
        int[] rs = row[b];
        int[] ks = col[b];
        for (int k = 0; k < cs.length; k++) {
            int c = cs[k];
            int li = rs[k];
            int lj = ks[k];
            if (li == lj) {
                out.set(li, li, x[c], 0);
            } else {
                out.set(li, lj, x[c], x[c + 1]);
                out.set(lj, li, x[c], -x[c + 1]);
            }
        }
        return out;
    }

    /** Writes the Hermitian block m into coordinates z. */
    void fromBlock(CMatrix m, int b, double[] z) {
        int[] cs = coordinate[b];
        int[] rs = row[b];
        int[] ks = col[b];
        for (int k = 0; k < cs.length; k++) {
            int c = cs[k];
            int li = rs[k];
            int lj = ks[k];
            z[c] = m.re(li, lj);
            if (li != lj) {
                z[c + 1] = m.im(li, lj);
            }
        }
    }
}
