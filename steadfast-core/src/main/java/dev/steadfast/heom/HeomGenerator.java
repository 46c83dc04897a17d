package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.Positivity;
import dev.steadfast.liouville.PreconditionerCost;
import dev.steadfast.liouville.StateProperties;
import dev.steadfast.liouville.Symmetry;
import dev.steadfast.state.DensityMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HEOM of a {@link HeomSystem} as a {@link Generator} of {@link HeomState}s: the real matrix
 * in {@link HeomCoordinates} ({@code d² ×} number of ADOs unknowns), assembled column by column
 * from the local action on each basis operator; the trace functional {@code Tr ρ} on the system
 * ADO only; the certificate's residual {@code (Σ_n ‖dρ_n/dt‖_F²)^{1/2}} over the whole hierarchy
 * by {@link HeomSystem#apply} (complex, matrix-free, every ADO including the conjugates).
 *
 * <p>Positivity is {@link Positivity#REPORTED}: a truncated hierarchy is not a completely positive
 * map, and the reduced state of a converged hierarchy is positive only up to the truncation
 * error; a negative eigenvalue is reported (with the convergence report, {@link HeomConvergence})
 * and not a failure, as for Bloch–Redfield. Preconditioner: block Jacobi over ADOs
 * ({@link BlockJacobi}).
 */
public final class HeomGenerator implements Generator<HeomState> {

    private final HeomSystem system;
    private final Hierarchy hierarchy;
    private final HeomCoordinates coordinates;
    private final int d;
    private RealCsc matrix;
    private BlockJacobi blockJacobi;

    public HeomGenerator(HeomSystem system) {
        this.system = system;
        this.hierarchy = system.hierarchy();
        this.d = system.space().dimension();
        this.coordinates = new HeomCoordinates(hierarchy, d);
    }

    public HeomSystem system() { return system; }

    public HeomCoordinates heomCoordinates() { return coordinates; }

    @Override
    public int size() { return coordinates.size(); }

    @Override
    public long hilbertDimension() { return d; }

    @Override
    public synchronized RealCsc matrix() {
        if (matrix == null) {
            matrix = assemble();
        }
        return matrix;
    }

    private RealCsc assemble() {
        int n = size();
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(1024);
        DoubleList values = new DoubleList(1024);
        double[] buf = new double[2 * d * d];
        int col = 0;
        for (int i = 0; i < hierarchy.size(); i++) {
            for (int c = 0; c < coordinates.count(i); c++) {
                CMatrix x = coordinates.basis(i, c);
                Map<Integer, CMatrix> out = new LinkedHashMap<>();
                local(i, x, out);
                if (!coordinates.isHermitian(i)) {
                    local(hierarchy.conjugate(i), x.adjoint(), out);
                }
                List<Integer> targets = new ArrayList<>(out.keySet());
                targets.sort(null);
                for (int t : targets) {
                    if (!coordinates.owns(t)) {
                        continue;
                    }
                    coordinates.read(t, out.get(t), buf, 0);
                    for (int r = 0; r < coordinates.count(t); r++) {
                        if (buf[r] != 0) {
                            rows.add(coordinates.offset(t) + r);
                            values.add(buf[r]);
                        }
                    }
                }
                colPtr[++col] = rows.size();
            }
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), values.toArray());
    }

    /** Adds the HEOM action on ADO {@code src = x} (all others zero) to {@code out}, by target ADO. */
    private void local(int src, CMatrix x, Map<Integer, CMatrix> out) {
        int[] n = hierarchy.label(src);
        List<BathExponent> exps = system.exponents();
        double sr = 0;
        double si = 0;
        for (int k = 0; k < n.length; k++) {
            sr += n[k] * exps.get(k).vk().re();
            si += n[k] * exps.get(k).vk().im();
        }
        add(out, src, system.systemPart(x).minus(x.scale(sr, si)));
        for (int k = 0; k < n.length; k++) {
            CMatrix q = system.coupling(k);
            CMatrix qx = q.times(x);
            CMatrix xq = x.times(q);
            int down = hierarchy.neighbour(src, k, -1);
            if (down >= 0) {
                add(out, down, qx.minus(xq).scale(0, -1));
            }
            int up = hierarchy.neighbour(src, k, 1);
            if (up >= 0) {
                int m = hierarchy.label(up)[k];
                Complex a = exps.get(k).commutatorCoefficient().times(new Complex(0, -m));
                Complex b = exps.get(k).anticommutatorCoefficient().times(new Complex(0, -m));
                add(out, up, qx.minus(xq).scale(a.re(), a.im()).plus(qx.plus(xq).scale(b.re(), b.im())));
            }
        }
    }

    private static void add(Map<Integer, CMatrix> out, int target, CMatrix y) {
        out.merge(target, y, CMatrix::plus);
    }

    @Override
    public double[] traceFunctional() {
        double[] t = new double[size()];
        for (int a = 0; a < d; a++) {
            t[coordinates.offset(0) + a] = 1;
        }
        return t;
    }

    @Override
    public int traceRow() { return coordinates.offset(0); }

    @Override
    public HeomState state(double[] x) {
        List<CMatrix> ados = coordinates.ados(x);
        return new HeomState(system, new DensityMatrix(system.space(), ados.get(0)), ados);
    }

    @Override
    public Optional<double[]> coordinates(HeomState state) {
        if (state.ados().size() != hierarchy.size()) {
            throw new IllegalArgumentException("a hierarchy state of " + state.ados().size() + " ADOs for a hierarchy of "
                    + hierarchy.size());
        }
        return Optional.of(coordinates.coordinates(state.ados()));
    }

    @Override
    public double residual(HeomState state) {
        double s = 0;
        for (CMatrix y : system.apply(state.ados())) {
            double f = y.frobeniusNorm();
            s += f * f;
        }
        return Math.sqrt(s);
    }

    @Override
    public StateProperties properties(HeomState state) {
        return StateProperties.of(state.system());
    }

    @Override
    public Positivity positivity() { return Positivity.REPORTED; }

    @Override
    public synchronized Optional<Preconditioner> preconditioner() {
        if (blockJacobi == null) {
            blockJacobi = BlockJacobi.of(matrix(), coordinates, hierarchy, traceFunctional());
        }
        return Optional.of(blockJacobi);
    }

    @Override
    public PreconditionerCost preconditionerCost() {
        double construction = 0;
        double application = 0;
        for (int i = 0; i < hierarchy.size(); i++) {
            double b = coordinates.count(i);
            construction += 2.0 / 3 * b * b * b;
            application += 2 * b * b;
        }
        return new PreconditionerCost(construction, application);
    }

    @Override
    public Symmetry symmetry() { return new Symmetry.None(size()); }

    @Override
    public Description description() {
        return new Description("the hierarchical equations of motion",
                String.format("Hermitian coordinates of the system and of %d auxiliary density operators (depth %d, %d exponents; "
                        + "conjugate pairs as Re/Im), %d ADOs x %d = %d unknowns", hierarchy.size() - 1, hierarchy.depth(),
                        hierarchy.exponentCount(), hierarchy.size(), d * d, size()),
                "the block-Jacobi preconditioner over auxiliary density operators",
                "a dark state, a decoherence-free subspace or a symmetry of H and every coupling operator");
    }
}
