package dev.steadfast.model.build;

import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.build.ParametricTerms.NotSplittable;
import dev.steadfast.model.build.ParametricTerms.Piece;
import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.Jump;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a Lindblad model for a sweep into a {@link ParametricLindblad}: splits the Hamiltonian into
 * fixed operators with swept coefficients, fixes each dissipator's operators, assembles every term
 * once on one pattern, compiles the measures that can be, and checks the result against the
 * term-by-term assembly at the check points; or says, as {@link ParametricLindblad.Compilation.PerPoint},
 * why the model is evaluated point by point.
 */
final class ParametricLindbladCompiler {
    /** Measure functions that read only the state (so a measure of them alone is compiled once). */
    private static final Set<String> STATE_MEASURES = Set.of("concurrence", "negativity", "log_negativity",
            "entanglement_of_formation", "entropy", "purity", "mutual_information", "coherence_l1", "coherence_re",
            "fidelity", "expect", "expect_im", "discord", "filter", "filter_probability", "epr_variance", "squeezing");

    private ParametricLindbladCompiler() {
    }

    /**
     * Compiles {@code spec} for a sweep of {@code swept}.
     *
     * @param checkPoints parameter overrides (the fixed parts are evaluated at the first where the
     *                    model is valid; at every one the compiled generator is compared with the
     *                    per-point assembly)
     * @param options     the solver options of the sweep (whether symmetry sectors are used)
     */
    static ParametricLindblad.Compilation compile(ModelSpec spec, Collection<String> swept, List<Map<String, Double>> checkPoints,
                                      SteadyStateOptions options) {
        String invalid = null;
        for (Map<String, Double> base : checkPoints) {
            try {
                return build(spec, swept, base, checkPoints, options);
            } catch (NotSplittable e) {
                return new ParametricLindblad.Compilation.PerPoint(e.getMessage());
            } catch (ModelException | ExprException | InvalidSystemException e) {
                invalid = invalid != null ? invalid : e.getMessage();   // not valid here: try the next point
            } catch (RuntimeException e) {
                return new ParametricLindblad.Compilation.PerPoint("compiling failed: " + e);
            }
        }
        return new ParametricLindblad.Compilation.PerPoint("the model is not valid at any of the points it was compiled at (" + invalid + ")");
    }

    private static ParametricLindblad.Compilation build(ModelSpec spec, Collection<String> swept, Map<String, Double> base,
                                     List<Map<String, Double>> checkPoints, SteadyStateOptions options)
            throws NotSplittable, ModelException, ExprException {
        if (OscillatorSites.isGaussian(spec)) {
            return new ParametricLindblad.Compilation.PerPoint("a Gaussian model (solved by its Lyapunov equation)");
        }
        if (spec.sites().stream().anyMatch(Specs.SiteDecl::isEnsemble)) {
            return new ParametricLindblad.Compilation.PerPoint("an ensemble model");
        }
        if (HeomBaths.present(spec)) {
            return new ParametricLindblad.Compilation.PerPoint("a model with heom baths");
        }
        if (!spec.globalBaths().isEmpty()) {
            return new ParametricLindblad.Compilation.PerPoint("a model with global baths (their channels follow the eigenbasis of H)");
        }
        Set<String> varied = varied(spec, swept);
        for (Specs.SiteDecl s : spec.sites()) {
            if (s.size() != null && ParametricTerms.mentions(s.size().expr(), varied)) {
                throw new NotSplittable("the size of site " + s.name() + " depends on a swept parameter");
            }
        }
        Map<String, Double> params = Parameters.evaluate(spec, base);
        Sites.requireFits(spec, params);
        SiteLayout layout = Sites.layout(spec, params);
        Evaluator ev = new Evaluator(params, layout);

        // the Hamiltonian: fixed part + swept pieces
        Operator identity = Operator.identity(layout.space());
        Operator fixed = Operator.zero(layout.space());
        List<Piece> swept_ = new ArrayList<>();
        if (spec.hamiltonian() != null) {
            for (Piece p : new ParametricTerms(ev, varied).split(spec.hamiltonian().expr())) {
                Operator op = p.op() == null ? identity : p.op();
                if (p.coefficient().isConstant()) {
                    Scalar c = p.coefficient().at(ev);
                    fixed = fixed.plus(op.scale(c.re(), c.im()));
                } else {
                    swept_.add(new Piece(p.coefficient(), op));
                }
            }
        }

        // the terms of the generator: Hermitian parts of H, then D[op], D[op†] of each channel
        List<Operator> hamiltonianTerms = new ArrayList<>();
        hamiltonianTerms.add(hermitianPart(fixed));
        for (Piece p : swept_) {
            hamiltonianTerms.add(hermitianPart(p.op()));
            hamiltonianTerms.add(antiHermitianPart(p.op()));
        }
        List<ParametricLindblad.Channel> channels = new ArrayList<>();
        List<Operator> jumpOps = new ArrayList<>();
        int term = hamiltonianTerms.size();
        for (Specs.DissipatorDecl d : spec.dissipators()) {
            if (d.loop() != null && (ParametricTerms.mentions(d.loop().from(), varied)
                    || ParametricTerms.mentions(d.loop().to(), varied))) {
                throw new NotSplittable("the range of " + d.entry() + " depends on a swept parameter");
            }
            if (ParametricTerms.mentions(d.op().expr(), varied)) {
                throw new NotSplittable("the operator of " + d.entry() + " depends on a swept parameter");
            }
            for (Integer i : SystemBuilder.loopValues(spec, params, d, ev)) {
                if (i != null) {
                    ev.bind(d.loop().var(), i);
                }
                Operator op = ev.operator(d.op().expr());
                if (i != null) {
                    ev.unbind(d.loop().var());
                }
                Operator dag = op.dag();
                channels.add(new ParametricLindblad.Channel(d, i, op, dag.matrix(), term, term + 1));
                jumpOps.add(op);
                jumpOps.add(dag);
                term += 2;
            }
        }
        int jumpTerms = jumpOps.size();

        // the sector: the excitation number when every term conserves it, else all coordinates
        int[] charge = options.useSymmetry() ? genericCharge(layout, hamiltonianTerms, jumpOps) : null;
        List<RealCsc> terms = null;
        HermitianBasis basis = null;
        if (charge != null) {
            basis = HermitianBasis.chargeNeutral(charge);
            try {
                terms = assemble(basis, layout, hamiltonianTerms, jumpOps);
            } catch (IllegalStateException e) {
                charge = null;
            }
        }
        if (charge == null) {
            basis = HermitianBasis.full(layout.space().dimension());
            terms = assemble(basis, layout, hamiltonianTerms, jumpOps);
        }
        LinearCombination generator = new LinearCombination(terms, basis.diagonalCoordinates()[0], basis.diagonalCoordinates());

        // measures: once when they read only the state and mention nothing swept
        OpenSystem baseSystem = new SystemBuilder(spec, params, layout).build();
        MeasureCompiler<DensityMatrix> compiler = MeasureCompiler.forSystem(ev, layout, baseSystem);
        List<ParametricLindblad.MeasureSlot> measures = new ArrayList<>();
        for (Specs.MeasureDecl m : spec.measures()) {
            Expr e = m.value().expr();
            if (!ParametricTerms.mentions(e, varied) && readsOnlyState(e)) {
                measures.add(new ParametricLindblad.FixedMeasure(m.name(), compiler.compile(e)));
            } else {
                compiler.compile(e);   // checked once here (sites, names)
                measures.add(new ParametricLindblad.PointMeasure(m.name(), e));
            }
        }
        ParametricLindblad model = new ParametricLindblad(spec, layout, fixed, List.copyOf(swept_), List.copyOf(channels),
                jumpTerms, charge, basis, generator, List.copyOf(measures));
        for (Map<String, Double> point : checkPoints) {
            String why = model.disagreement(point);
            if (why != null) {
                return new ParametricLindblad.Compilation.PerPoint(why);
            }
        }
        return new ParametricLindblad.Compilation.Compiled(model);
    }

    /** Whether the size of a site depends on one of the swept parameters (directly or through another parameter). */
    static boolean sitesDependOn(ModelSpec spec, Collection<String> swept) {
        Set<String> varied = varied(spec, swept);
        return spec.sites().stream().anyMatch(s -> s.size() != null && ParametricTerms.mentions(s.size().expr(), varied));
    }

    /** The swept parameters and every parameter computed from one of them. */
    static Set<String> varied(ModelSpec spec, Collection<String> swept) {
        Set<String> varied = new LinkedHashSet<>(swept);
        for (Specs.Parameter p : spec.parameters()) {
            if (!swept.contains(p.name()) && ParametricTerms.mentions(p.value().expr(), varied)) {
                varied.add(p.name());
            }
        }
        return varied;
    }

    /** Whether every measure function the expression calls reads only the state. */
    private static boolean readsOnlyState(Expr e) {
        if (e instanceof Expr.Call c) {
            if (MeasureFunctions.isMeasure(c.name()) && !STATE_MEASURES.contains(c.name())) {
                return false;
            }
            for (Expr a : c.args()) {
                if (!readsOnlyState(a)) {
                    return false;
                }
            }
            return true;
        } else if (e instanceof Expr.Neg n) {
            return readsOnlyState(n.operand());
        } else if (e instanceof Expr.Binary b) {
            return readsOnlyState(b.left()) && readsOnlyState(b.right());
        } else if (e instanceof Expr.Sum s) {
            return readsOnlyState(s.body());
        } else if (e instanceof Expr.PlusHc h) {
            return readsOnlyState(h.terms());
        }
        return true;
    }

    /** (O + O†)/2. */
    private static Operator hermitianPart(Operator o) {
        return o.plus(o.dag()).scale(0.5);
    }

    /** i(O − O†)/2, Hermitian. */
    private static Operator antiHermitianPart(Operator o) {
        return o.minus(o.dag()).scale(0, 0.5);
    }

    /** The excitation number when H's terms conserve it and every jump shifts it by a fixed amount. */
    private static int[] genericCharge(SiteLayout layout, List<Operator> hamiltonianTerms, List<Operator> jumpOps) {
        try {
            Operator h = Operator.zero(layout.space());
            for (Operator t : hamiltonianTerms) {
                h = h.plus(t);
            }
            List<Dissipator> ds = new ArrayList<>();
            for (Operator j : jumpOps) {
                if (j.maxAbs() > 0) {
                    ds.add(new LindbladDissipator("term", j, 1.0));
                }
            }
            int[] q = ChargeSymmetry.detect(new OpenSystem(h, ds)).orElse(null);
            if (q == null) {
                return null;
            }
            for (Operator t : hamiltonianTerms) {
                if (!ChargeSymmetry.detect(new OpenSystem(t, List.of())).isPresent() && t.maxAbs() > 0) {
                    return null;
                }
            }
            return q;
        } catch (InvalidSystemException e) {
            return null;
        }
    }

    /** Each term's matrix in the basis: −i[A, ·] for a Hamiltonian term A, D[J] at unit rate for a jump J. */
    private static List<RealCsc> assemble(HermitianBasis basis, SiteLayout layout, List<Operator> hamiltonianTerms,
                                          List<Operator> jumpOps) {
        List<RealCsc> out = new ArrayList<>();
        for (Operator a : hamiltonianTerms) {
            out.add(new HermitianAssembler(Liouvillian.of(new OpenSystem(a, List.of())), basis).assemble());
        }
        for (Operator j : jumpOps) {
            out.add(new HermitianAssembler(Liouvillian.dissipatorOf(layout.space(), List.of(new Jump(j, 1.0, "term"))), basis)
                    .assemble());
        }
        return out;
    }

}
