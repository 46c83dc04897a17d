package dev.steadfast.model.build;

import dev.steadfast.linalg.RealCsc;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.SolvedPoint;
import dev.steadfast.model.build.ParametricTerms.Piece;
import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Lindblad model compiled once for a sweep: the generator in its real Hermitian basis (or
 * charge-neutral sector) is {@code M(p) = sum_k c_k(p) M_k} with fixed terms M_k on one sparsity
 * pattern ({@link LinearCombination}) and coefficients that are functions of the swept parameters:
 * the Hamiltonian split by {@link ParametricTerms} into fixed operators with swept coefficients
 * (each made Hermitian: {@code c O + conj(c) O† = Re c (O + O†) + Im c · i(O − O†)}, so
 * {@code H = sum Re c_k A_k + Im c_k B_k} whenever H is Hermitian), and each dissipator's
 * channels {@code D[J]} with J its fixed operator or that operator's adjoint and the rate the
 * dissipator gives at the point (a thermal bath's rates through its temperature). A point then
 * costs the coefficients, one pass over the terms' nonzeros, the solve and the measures.
 *
 * <p>Each point still builds its {@link OpenSystem} (validated as in the per-point path, and the
 * independent matrix-free residual of the certificate) and is certified as usual. Measures that
 * mention no swept parameter and do not read the system (currents, entropy production, energy
 * coherences) are compiled once; the others at each point. A point the compiled form does not
 * reproduce exactly (invalid there, not unique, a channel the dissipator did not have at the
 * first point, any failure) gives {@link Optional#empty()}: the caller evaluates it the per-point
 * way, so statuses and messages are those of the per-point path.
 *
 * <p>What is not compiled ({@link Compilation.PerPoint} with the reason): ensemble, Gaussian, HEOM
 * and global-bath (Davies or Redfield: their channels follow the eigenbasis of H) models; sites
 * whose size depends on a swept parameter; a dissipator operator or loop range that depends on
 * one; a Hamiltonian not of the form sum c_k(p) O_k; and a compiled generator that does not
 * reproduce the term-by-term assembly at the check points.
 */
public final class ParametricLindblad {
    /** Compiles a model for a sweep ({@link ParametricLindbladCompiler}). */
    public static Compilation compile(ModelSpec spec, Collection<String> swept, List<Map<String, Double>> checkPoints,
                                      SteadyStateOptions options) {
        return ParametricLindbladCompiler.compile(spec, swept, checkPoints, options);
    }

    /** Whether the size of a site depends on one of the swept parameters (directly or through another parameter). */
    public static boolean sitesDependOn(ModelSpec spec, Collection<String> swept) {
        return ParametricLindbladCompiler.sitesDependOn(spec, swept);
    }

    /** Relative agreement the compiled generator must show with the per-point one at the check points. */
    static final double SELF_CHECK = 1e-12;

    private final ModelSpec spec;
    private final SiteLayout layout;
    private final OperatorCombination hamiltonian;
    private final List<Piece> sweptHamiltonian;
    private final List<Channel> channels;
    private final int jumpTerms;
    private final int[] charge;
    private final HermitianBasis basis;
    private final LinearCombination generator;
    private final List<MeasureSlot> measures;

    /**
     * A dissipator entry at one loop value: its operator, fixed, and the indices of the terms
     * D[op] and D[op†] among the coefficients.
     */
    record Channel(Specs.DissipatorDecl decl, Integer loopValue, Operator op, SparseCMatrix opDag,
                           int opTerm, int dagTerm) {
    }

    /** A measure, compiled once or at each point. */
    sealed interface MeasureSlot permits FixedMeasure, PointMeasure {
        String name();
    }

    /** A measure compiled once. */
    record FixedMeasure(String name, CompiledMeasure<DensityMatrix> measure) implements MeasureSlot {
    }

    /** A measure compiled at each point (it mentions a swept parameter or reads the system). */
    record PointMeasure(String name, Expr expr) implements MeasureSlot {
    }

    /** What compiling a model for a sweep gave. */
    public sealed interface Compilation {
        /** The model compiled. */
        record Compiled(ParametricLindblad model) implements Compilation {
        }

        /** Not compiled: every point is instantiated from the model's expressions; {@code reason} says why. */
        record PerPoint(String reason) implements Compilation {
        }
    }

    ParametricLindblad(ModelSpec spec, SiteLayout layout, Operator fixedHamiltonian, List<Piece> sweptHamiltonian,
                               List<Channel> channels, int jumpTerms, int[] charge, HermitianBasis basis,
                               LinearCombination generator, List<MeasureSlot> measures) {
        this.spec = spec;
        this.layout = layout;
        List<Operator> hTerms = new ArrayList<>();
        hTerms.add(fixedHamiltonian);
        sweptHamiltonian.forEach(p -> hTerms.add(p.op()));
        this.hamiltonian = new OperatorCombination(layout.space(), hTerms);
        this.sweptHamiltonian = sweptHamiltonian;
        this.channels = channels;
        this.jumpTerms = jumpTerms;
        this.charge = charge;
        this.basis = basis;
        this.generator = generator;
        this.measures = measures;
    }

    /** The pieces of one point: its open system and the coefficients of the generator's terms; null when not reproduced. */
    private record Point(Evaluator ev, OpenSystem system, double[] coefficients) {
    }

    private Point point(Map<String, Double> overrides) throws ModelException, ExprException {
        Map<String, Double> params = Parameters.evaluate(spec, overrides);
        Evaluator ev = new Evaluator(params, layout);
        int swept = sweptHamiltonian.size();
        double[] c = new double[1 + 2 * swept + jumpTerms];
        double[] hr = new double[1 + swept];
        double[] hi = new double[1 + swept];
        c[0] = 1.0;
        hr[0] = 1.0;
        for (int k = 0; k < swept; k++) {
            Scalar s = sweptHamiltonian.get(k).coefficient().at(ev);
            c[1 + 2 * k] = s.re();
            c[2 + 2 * k] = s.im();
            hr[1 + k] = s.re();
            hi[1 + k] = s.im();
        }
        Operator h = hamiltonian.at(hr, hi);
        SystemBuilder builder = new SystemBuilder(spec, params, layout);
        List<Dissipator> dissipators = new ArrayList<>();
        for (Channel ch : channels) {
            List<Dissipator> ds;
            if (ch.loopValue() != null) {
                ev.bind(ch.decl().loop().var(), ch.loopValue());
                try {
                    ds = builder.channels(ch.decl(), ev, SystemBuilder.at(ch.decl(), ch.loopValue()), ch.op());
                } finally {
                    ev.unbind(ch.decl().loop().var());
                }
            } else {
                ds = builder.channels(ch.decl(), ev, "", ch.op());
            }
            for (Dissipator d : ds) {
                for (Jump j : d.jumps()) {
                    if (!(j.rate() > 0)) {
                        continue;
                    }
                    if (j.op() == ch.op()) {
                        c[ch.opTerm()] += j.rate();
                    } else if (sameMatrix(j.op().matrix(), ch.opDag())) {
                        c[ch.dagTerm()] += j.rate();
                    } else {
                        return null;
                    }
                }
                dissipators.add(d);
            }
        }
        OpenSystem system;
        try {
            system = new OpenSystem(h, dissipators);
        } catch (InvalidSystemException e) {
            return null;
        }
        return new Point(ev, system, c);
    }

    private static boolean sameMatrix(SparseCMatrix a, SparseCMatrix b) {
        return a.rows() == b.rows() && Arrays.equals(a.rowPtr(), b.rowPtr()) && Arrays.equals(a.colIdx(), b.colIdx())
                && Arrays.equals(a.valuesRe(), b.valuesRe()) && Arrays.equals(a.valuesIm(), b.valuesIm());
    }

    /**
     * Why the compiled generator differs from the term-by-term assembly at {@code overrides} (null
     * when it agrees to {@link #SELF_CHECK} relative to its 1-norm, or when the point is not one the
     * compiled form handles: that point is evaluated the per-point way anyway).
     */
    String disagreement(Map<String, Double> overrides) {
        Point p;
        try {
            p = point(overrides);
        } catch (ModelException | ExprException | RuntimeException e) {
            return null;
        }
        if (p == null) {
            return null;
        }
        RealCsc compiled = generator.matrix(p.coefficients());
        RealCsc direct;
        try {
            direct = new HermitianAssembler(Liouvillian.of(p.system()), basis).assemble();
        } catch (IllegalStateException e) {
            return "the compiled generator's sector does not hold at " + overrides;
        }
        double[] x = new double[compiled.cols()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(1.0 + 0.7 * i);
        }
        double[] y1 = new double[x.length];
        double[] y2 = new double[x.length];
        compiled.multiply(x, y1);
        direct.multiply(x, y2);
        double diff = 0;
        for (int i = 0; i < x.length; i++) {
            diff = Math.max(diff, Math.abs(y1[i] - y2[i]));
        }
        double norm = Math.max(direct.norm1(), compiled.norm1());
        if (!(diff <= SELF_CHECK * Math.max(norm, Double.MIN_NORMAL))) {
            return "the compiled generator differs from the per-point assembly at " + overrides + " (by " + diff + ")";
        }
        return null;
    }

    /**
     * The steady state and measures at {@code overrides}, or empty when this point is to be
     * evaluated the per-point way (invalid there, not unique, a channel not seen at compile time,
     * a measure that fails, or any other failure).
     */
    public Optional<SolvedPoint> solve(Map<String, Double> overrides, SteadyStateOptions options) {
        try {
            Point p = point(overrides);
            if (p == null) {
                return Optional.empty();
            }
            double[] c = p.coefficients();
            RealCsc bordered = generator.bordered(c);
            LindbladGenerator g = LindbladGenerator.assembled(p.system(), charge, basis, () -> generator.matrix(c), bordered);
            SteadyState<DensityMatrix> ss = SteadyStates.solve(g, options);
            if (!(ss instanceof SteadyState.Unique<DensityMatrix> u)) {
                return Optional.empty();
            }
            DensityMatrix rho = u.state();
            LinkedHashMap<String, Double> values = new LinkedHashMap<>();
            MeasureCompiler<DensityMatrix> compiler = null;
            for (MeasureSlot m : measures) {
                if (m instanceof FixedMeasure f) {
                    values.put(f.name(), f.measure().apply(rho));
                } else if (m instanceof PointMeasure pm) {
                    if (compiler == null) {
                        compiler = MeasureCompiler.forSystem(p.ev(), layout, p.system());
                    }
                    values.put(pm.name(), compiler.compile(pm.expr()).apply(rho));
                }
            }
            return Optional.of(new SolvedPoint(ss, values));
        } catch (ModelException | ExprException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A line for reports: the terms of the compiled generator. */
    public String describe() {
        return (1 + 2 * sweptHamiltonian.size()) + " Hamiltonian terms (" + sweptHamiltonian.size() + " swept), "
                + jumpTerms + " channel terms, " + generator.size() + " coordinates"
                + (charge != null ? " (charge-neutral sector)" : "");
    }
}
