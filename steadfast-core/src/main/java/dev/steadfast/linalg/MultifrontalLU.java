package dev.steadfast.linalg;

/**
 * Multifrontal sparse LU: the fronts of a {@link FrontalStructure} (AMD order of {@code A + A^T},
 * fundamental supernodes, relaxed amalgamation) are assembled in postorder from A's entries and the
 * children's contribution blocks (extend-add), and each front's fully summed block is factorised
 * densely, blocked, with its Schur complement updated by native dgemm ({@link DenseProducts}) in
 * large fronts where the work pays for loading it, and plain loops otherwise. Threshold partial pivoting
 * restricted to the front's fully summed rows: the diagonal when it is at least
 * {@value #PIVOT_THRESHOLD} of the largest fully summed entry of its column (and
 * {@value #ACCEPTABLE_PIVOT} of the column's largest in the front), else that largest. A column
 * whose fully summed entries are all below {@value #ACCEPTABLE_PIVOT} of its largest entry in the
 * front is delayed: its row and column go up with the contribution block and are eliminated
 * in the parent's front (the zero diagonals of Hamiltonian coherences need this). A column left
 * over at a root is exactly zero: {@link Outcome.Singular}.
 */
public final class MultifrontalLU implements LuFactorization {
    /** Keeps the diagonal pivot when it is at least this fraction of the largest fully summed entry. */
    public static final double PIVOT_THRESHOLD = 0.1;
    /**
     * A pivot smaller than this fraction of its column's largest entry in the front is refused
     * (delayed): every pivot is at least that fraction of its column, as in CSparse's LU.
     */
    public static final double ACCEPTABLE_PIVOT = 0.1;

    /** The result of a factorisation. */
    public sealed interface Outcome {
        /** Factorised. */
        record Factored(MultifrontalLU lu) implements Outcome {
        }

        /** A column (in A's numbering) found no nonzero pivot even at the root of its tree: A is singular. */
        record Singular(int column) implements Outcome {
        }
    }

    private final int n;
    /** The factors, front by front, and their triangular solves. */
    private final FrontalFactors factors;
    private final int delayed;
    /** The matrix, for a step of iterative refinement after delayed pivots. */
    private final RealCsc a;

    private MultifrontalLU(RealCsc a, FrontalFactors factors, int delayed) {
        this.n = a.cols();
        this.factors = factors;
        this.delayed = delayed;
        this.a = a;
    }

    /** How many times a pivot was delayed to a parent front (0 when every front found its own). */
    public int delayedPivots() {
        return delayed;
    }

    /**
     * The contribution blocks waiting for their parents, one array used as a stack: in postorder a
     * front's children are the blocks on top, so assembling a front pops them and its own block is
     * pushed — no array allocated (and collected) per front.
     */
    private static final class ContributionStack {
        double[] data = new double[1024];
        int top;

        /** Room for {@code size} entries on top; returns their offset. */
        int push(int size) {
            long need = (long) top + size;
            if (need > data.length) {
                long grown = Math.max(need, Math.min(Integer.MAX_VALUE - 8L, 2L * data.length));
                if (grown > Integer.MAX_VALUE - 8L) {
                    throw new IllegalStateException("multifrontal LU: contribution blocks exceed one Java array");
                }
                data = java.util.Arrays.copyOf(data, (int) grown);
            }
            int off = top;
            top += size;
            return off;
        }
    }

    /** Factorises {@code a} with a new minimum-degree analysis. */
    public static Outcome factor(RealCsc a) {
        return factor(a, MinimumDegreeAnalysis.of(a));
    }

    /** Factorises {@code a} in the order of {@code analysis}. */
    public static Outcome factor(RealCsc a, MinimumDegreeAnalysis analysis) {
        return factor(a, FrontalStructure.of(a, analysis));
    }

    /** Factorises {@code a} along {@code structure}. */
    public static Outcome factor(RealCsc a, FrontalStructure structure) {
        int n = a.cols();
        int[] order = structure.order();
        int[] first = structure.first();
        int[][] frontRows = structure.frontRows();
        int ns = structure.supernodes();
        int[] pinv = new int[n];
        for (int k = 0; k < n; k++) {
            pinv[order[k]] = k;
        }
        RealCsc b = a.permutedSymmetric(order, pinv);
        RealCsc bt = b.transpose();
        // the loops run these updates at about a third of dgemm's rate (warm, 200-level cavity: 0.29 s
        // vs 0.22 s), so loading the library pays from four times the usual work: cold, the 200-level
        // cavity factorises in 0.65 s with the loops, 0.75-0.8 s loading it; the 300-level in 1.4 s vs 1.9 s
        DenseProducts chosen = DenseProducts.forWork(DenseFront.productFlops(structure) / 4);
        DenseProducts products = chosen == DenseProducts.java() ? null : chosen;
        int[][] children = FrontalStructure.childLists(structure.parent());
        ContributionStack stack = new ContributionStack();
        int[] cbOffset = new int[ns];
        int[][] cbRows = new int[ns][];
        int[][] cbCols = new int[ns][];
        int[] cbDelayed = new int[ns];
        double[][] lower = new double[ns][];
        double[][] upper = new double[ns][];
        int[][] rowLabels = new int[ns][];
        int[][] colLabels = new int[ns][];
        int[] pivots = new int[ns];
        int[] posR = new int[n];
        int[] posC = new int[n];
        int delayedTotal = 0;
        DenseFront.Workspace ws = new DenseFront.Workspace();
        for (int s = 0; s < ns; s++) {
            int f = first[s];
            int l = first[s + 1] - 1;
            int own = l - f + 1;
            int[] fr = frontRows[s];
            int nd = 0;
            for (int ch : children[s]) {
                nd += cbDelayed[ch];
            }
            int m = fr.length + nd;
            int nfs = nd + own;
            int[] rl = new int[m];
            int[] cl = new int[m];
            int q = 0;
            for (int ch : children[s]) {
                for (int d = 0; d < cbDelayed[ch]; d++) {
                    rl[q] = cbRows[ch][d];
                    cl[q++] = cbCols[ch][d];
                }
            }
            System.arraycopy(fr, 0, rl, nd, fr.length);
            System.arraycopy(fr, 0, cl, nd, fr.length);
            for (int i = 0; i < m; i++) {
                posR[rl[i]] = i;
                posC[cl[i]] = i;
            }
            double[] front = ws.front(m * m);
            assembleOriginal(b, bt, f, l, posR, posC, front, m);
            // the children's contribution blocks: in postorder they are the top of the stack
            int popTo = stack.top;
            for (int ch : children[s]) {
                if (cbRows[ch] != null) {
                    extendAdd(stack.data, cbOffset[ch], cbRows[ch], cbCols[ch], posR, posC, front, m, ws);
                    popTo = Math.min(popTo, cbOffset[ch]);
                    cbRows[ch] = null;
                    cbCols[ch] = null;
                }
            }
            stack.top = popTo;
            int e = DenseFront.factor(front, m, nfs, rl, cl, products, ws);
            if (e < nfs && structure.parent()[s] < 0) {
                return new Outcome.Singular(order[cl[e]]);
            }
            delayedTotal += nfs - e;
            pivots[s] = e;
            rowLabels[s] = rl;
            colLabels[s] = cl;
            lower[s] = lowerRows(front, m, e);
            upper[s] = java.util.Arrays.copyOf(front, e * m);
            int cm = m - e;
            if (cm > 0 && structure.parent()[s] >= 0) {
                cbOffset[s] = pushContribution(stack, front, m, e);
                cbRows[s] = java.util.Arrays.copyOfRange(rl, e, m);
                cbCols[s] = java.util.Arrays.copyOfRange(cl, e, m);
                cbDelayed[s] = nfs - e;
            }
        }
        return new Outcome.Factored(new MultifrontalLU(a,
                new FrontalFactors(n, order, pivots, rowLabels, colLabels, lower, upper), delayedTotal));
    }

    /**
     * Solves A x = b. After delayed pivots (whose fronts pivot less freely) with one step of
     * iterative refinement, {@code x += A^{-1} (b - A x)}: on the XX chain it brings the residual
     * back to CSparse's.
     */
    @Override
    public double[] solve(double[] rhs) {
        return refined(rhs, factors::solve, a::multiply);
    }

    /** Solves A^T x = b, refined as {@link #solve} is. */
    @Override
    public double[] solveTransposed(double[] rhs) {
        return refined(rhs, factors::solveTransposed, a::multiplyTransposed);
    }

    /** {@code x = solve(rhs)}, then after delayed pivots {@code x += solve(rhs - product(x))}. */
    private double[] refined(double[] rhs, java.util.function.UnaryOperator<double[]> solve,
                             java.util.function.BiConsumer<double[], double[]> product) {
        double[] x = solve.apply(rhs);
        if (delayed > 0) {
            double[] r = new double[n];
            product.accept(x, r);
            for (int i = 0; i < n; i++) {
                r[i] = rhs[i] - r[i];
            }
            double[] dx = solve.apply(r);
            for (int i = 0; i < n; i++) {
                x[i] += dx[i];
            }
        }
        return x;
    }

    /** The estimate from unrefined solves (refinement does not change it beyond rounding). */
    @Override
    public double conditionEstimate(RealCsc matrix) {
        LuFactorization unrefined = new LuFactorization() {
            @Override
            public double[] solve(double[] b) {
                return factors.solve(b);
            }

            @Override
            public double[] solveTransposed(double[] b) {
                return factors.solveTransposed(b);
            }

            @Override
            public long factorNonzeros() {
                return factors.factorNonzeros();
            }
        };
        return unrefined.conditionEstimate(matrix);
    }

    /** A's entries of front [f, l]: the own columns (rows from f down), then the own rows (columns after l). */
    private static void assembleOriginal(RealCsc b, RealCsc bt, int f, int l, int[] posR, int[] posC, double[] front,
                                         int m) {
        int[] bp = b.colPtr();
        int[] bi = b.rowIdx();
        double[] bv = b.values();
        int[] tp = bt.colPtr();
        int[] ti = bt.rowIdx();
        double[] tv = bt.values();
        for (int j = f; j <= l; j++) {
            int col = posC[j];
            for (int p = bp[j]; p < bp[j + 1]; p++) {
                int i = bi[p];
                if (i >= f) {
                    front[posR[i] * m + col] += bv[p];
                }
            }
            int row = posR[j] * m;
            for (int p = tp[j]; p < tp[j + 1]; p++) {
                int jj = ti[p];
                if (jj > l) {
                    front[row + posC[jj]] += tv[p];
                }
            }
        }
    }

    /** Adds a child's contribution block (at {@code off} in {@code cb}) into the front. */
    private static void extendAdd(double[] cb, int off, int[] cr, int[] cc, int[] posR, int[] posC, double[] front, int m,
                                  DenseFront.Workspace ws) {
        int cm = cr.length;
        int[] map = ws.map(cm);
        for (int r = 0; r < cm; r++) {
            map[r] = posC[cc[r]];
        }
        for (int r = 0; r < cm; r++) {
            int base = posR[cr[r]] * m;
            int cbase = off + r * cm;
            for (int c = 0; c < cm; c++) {
                front[base + map[c]] += cb[cbase + c];
            }
        }
    }

    /** L21 of a factorised front: its rows after the e pivot rows, the pivot columns. */
    private static double[] lowerRows(double[] front, int m, int e) {
        double[] lp = new double[(m - e) * e];
        for (int i = e; i < m; i++) {
            System.arraycopy(front, i * m, lp, (i - e) * e, e);
        }
        return lp;
    }

    /** Pushes the front's contribution block (rows and columns from e on); returns its offset. */
    private static int pushContribution(ContributionStack stack, double[] front, int m, int e) {
        int cm = m - e;
        int off = stack.push(cm * cm);
        double[] cb = stack.data;
        for (int r = 0; r < cm; r++) {
            System.arraycopy(front, (e + r) * m + e, cb, off + r * cm, cm);
        }
        return off;
    }

    @Override
    public long factorNonzeros() {
        return factors.factorNonzeros();
    }
}
