package dev.steadfast.state;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.DenseProducts;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.linalg.IntList;

/** Checks of a candidate density matrix that exploit its block structure. */
public final class StateChecks {
    private StateChecks() {
    }

    /**
     * Smallest eigenvalue of a Hermitian matrix, computed block by block: the connected
     * components of its nonzero pattern are decoupled blocks (a state in a symmetry sector is
     * block diagonal), so each is diagonalised on its own.
     */
    public static double minEigenvalue(CMatrix rho) {
        int d = rho.rows();
        int[] comp = new int[d];
        java.util.Arrays.fill(comp, -1);
        int ncomp = 0;
        double min = Double.POSITIVE_INFINITY;
        int[] stack = new int[d];
        for (int s = 0; s < d; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            IntList members = new IntList(8);
            int top = 0;
            stack[top++] = s;
            comp[s] = ncomp;
            while (top > 0) {
                int i = stack[--top];
                members.add(i);
                for (int j = 0; j < d; j++) {
                    if (comp[j] < 0 && (rho.re(i, j) != 0 || rho.im(i, j) != 0)) {
                        comp[j] = ncomp;
                        stack[top++] = j;
                    }
                }
            }
            ncomp++;
            int m = members.size();
            CMatrix block = new CMatrix(m, m);
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    int i = members.get(a);
                    int j = members.get(b);
                    block.set(a, b, rho.re(i, j), rho.im(i, j));
                }
            }
            min = Math.min(min, smallestEigenvalue(block));
        }
        return min;
    }

    /** Blocks at least this large may go to native LAPACK (zheevd), when the work pays for loading it. */
    private static final int NATIVE_SIZE = 64;

    /**
     * The smallest eigenvalue of a Hermitian matrix (EJML, or native LAPACK for blocks of at least
     * 64 when the library is loaded or the work pays for loading it).
     */
    public static double smallestEigenvalue(CMatrix block) {
        int n = block.rows();
        // a complex Hermitian eigenvalue problem: about 10 n^3 real flops
        DenseProducts products = n < NATIVE_SIZE ? DenseProducts.java() : DenseProducts.forWork(10.0 * n * n * n);
        if (products == DenseProducts.java()) {
            return HermitianEigen.smallestEigenvalue(block);
        }
        return products.hermitianEigenvalues(n, block.re(), block.im())[0];
    }
}
