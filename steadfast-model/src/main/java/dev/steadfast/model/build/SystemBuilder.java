package dev.steadfast.model.build;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.operator.Operator;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link OpenSystem} of a model at a parameter point: the Hamiltonian (0 when the file
 * has none) and one core dissipator per entry and loop value. Unnamed entries are labelled
 * {@code dissipators[k]}. Problems found by steadfast-core ({@link InvalidSystemException}: a
 * non-Hermitian H, a negative rate or temperature, a thermal operator that does not lower) become
 * {@link ModelException}s with the entry's line. {@code type: global} entries are added by
 * {@link GlobalBaths}.
 */
final class SystemBuilder {
    private final ModelSpec spec;
    private final Map<String, Double> params;
    private final SiteLayout layout;

    SystemBuilder(ModelSpec spec, Map<String, Double> params, SiteLayout layout) {
        this.spec = spec;
        this.params = params;
        this.layout = layout;
    }

    OpenSystem build() throws ModelException {
        Operator h = hamiltonian();
        List<Dissipator> dissipators = new ArrayList<>();
        for (Specs.DissipatorDecl d : spec.dissipators()) {
            dissipators.addAll(expand(d));
        }
        OpenSystem local;
        try {
            local = new OpenSystem(h, dissipators);
        } catch (InvalidSystemException e) {
            int line = "hamiltonian".equals(e.term()) && spec.hamiltonian() != null ? spec.hamiltonian().line() : 0;
            for (Specs.DissipatorDecl d : spec.dissipators()) {
                if (label(d).equals(e.term())) {
                    line = d.line();
                }
            }
            throw new ModelException(spec.source(), line, e.term(), problem(e));
        }
        return new GlobalBaths(spec, params, layout).attach(local);
    }

    private Operator hamiltonian() throws ModelException {
        Specs.Formula f = spec.hamiltonian();
        if (f == null) {
            return Operator.zero(layout.space());
        }
        try {
            return new Evaluator(params, layout).operator(f.expr());
        } catch (ExprException e) {
            throw new ModelException(spec.source(), f.line(), "hamiltonian", e.getMessage() + ModelException.quoted(f.text()));
        }
    }

    private List<Dissipator> expand(Specs.DissipatorDecl d) throws ModelException {
        Evaluator ev = new Evaluator(params, layout);
        List<Dissipator> out = new ArrayList<>();
        for (Integer i : loopValues(spec, params, d, ev)) {
            if (i == null) {
                out.addAll(one(d, ev, ""));
            } else {
                ev.bind(d.loop().var(), i);
                out.addAll(one(d, ev, at(d, i)));
            }
        }
        return out;
    }

    /** The values of an entry's {@code for} loop, in order; a single null when it has none. */
    static List<Integer> loopValues(ModelSpec spec, Map<String, Double> params, Specs.DissipatorDecl d, Evaluator ev)
            throws ModelException {
        if (d.loop() == null) {
            return java.util.Collections.singletonList(null);
        }
        String var = d.loop().var();
        if (params.containsKey(var)) {
            throw new ModelException(spec.source(), d.line(), d.entry(), "the loop variable '" + var
                    + "' hides the parameter of that name; use another letter");
        }
        int from;
        int to;
        try {
            from = ev.integer(d.loop().from(), "the start of the range");
            to = ev.integer(d.loop().to(), "the end of the range");
            ExpressionLimits.requireRange(from, to, "the loop " + var + "=...", 0);
        } catch (ExprException e) {
            throw new ModelException(spec.source(), d.line(), d.entry(), "'for': " + e.getMessage());
        }
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    /** " at i=3" for error messages. */
    static String at(Specs.DissipatorDecl d, Integer i) {
        return i == null ? "" : " at " + d.loop().var() + "=" + i;
    }

    /**
     * The dissipators of one entry at one loop value: one, except a {@code generalized_thermal}
     * entry, which is emission through op at rate·(1 − r) and absorption through op† at rate·r
     * (both under the entry's label, so that heat_current(name) adds them).
     */
    private List<Dissipator> one(Specs.DissipatorDecl d, Evaluator ev, String where) throws ModelException {
        Operator op;
        try {
            op = ev.operator(d.op().expr());
        } catch (ExprException e) {
            throw new ModelException(spec.source(), d.op().line(), d.entry(), e.getMessage() + ModelException.quoted(d.op().text()) + where);
        }
        return channels(d, ev, where, op);
    }

    /**
     * The dissipators of one entry at one loop value whose operator {@code op} is already
     * evaluated (a parametric sweep evaluates it once); the rate, frequency, temperature... are
     * evaluated with {@code ev}.
     */
    List<Dissipator> channels(Specs.DissipatorDecl d, Evaluator ev, String where, Operator op) throws ModelException {
        Specs.Formula current = d.rate();
        try {
            double rate = ev.real(d.rate().expr(), "the rate");
            if (d.type().equals("lindblad")) {
                return List.of(new LindbladDissipator(label(d), op, rate));
            }
            if (d.type().equals("generalized_thermal")) {
                current = d.excitedFraction();
                double r = ev.real(d.excitedFraction().expr(), "the excited fraction");
                if (!(r >= 0 && r <= 1)) {
                    throw new ExprException("the excited fraction must be in [0, 1], got " + r, d.excitedFraction().expr().pos());
                }
                return List.of(new LindbladDissipator(label(d), op, rate * (1 - r)), new LindbladDissipator(label(d), op.dag(), rate * r));
            }
            current = d.frequency();
            double w = ev.real(d.frequency().expr(), d.type().equals("lead") ? "the energy" : "the frequency");
            current = d.temperature();
            double t = ev.real(d.temperature().expr(), "the temperature");
            if (d.type().equals("lead")) {
                current = d.chemicalPotential();
                double mu = ev.real(d.chemicalPotential().expr(), "the chemical potential");
                return List.of(new FermionicLead(label(d), op, w, t, mu, rate));
            }
            return List.of(new ThermalBath(label(d), op, w, t, rate));
        } catch (ExprException e) {
            throw new ModelException(spec.source(), current.line(), d.entry(), e.getMessage() + ModelException.quoted(current.text()) + where);
        } catch (InvalidSystemException e) {
            throw new ModelException(spec.source(), d.line(), d.entry(), problem(e) + where);
        }
    }

    static String label(Specs.DissipatorDecl d) {
        return d.name() != null ? d.name() : d.entry();
    }

    static String problem(InvalidSystemException e) {
        String m = e.getMessage();
        String prefix = e.term() == null ? "" : e.term() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
