package dev.steadfast.model.build;

import dev.steadfast.gaussian.GaussianSystem;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.system.ThermalBath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link GaussianSystem} of a model whose sites are all oscillators: H must be of
 * degree ≤ 2 in a, adag (Hermitian); a {@code lindblad} jump must be linear in them (no constant
 * part); a {@code thermal} bath takes an {@code op} made of annihilators only (e.g. {@code a(c)})
 * and adds op at rate·(n̄+1) and op† at rate·n̄, {@code n̄ = 1/(e^{ω/T} − 1)}. Global baths are not
 * available for oscillators. Every refusal is a {@link ModelException} naming the entry and term.
 */
final class GaussianModelBuilder {
    private final ModelSpec spec;
    private final Map<String, Double> params;
    private final OscillatorSites sites;

    GaussianModelBuilder(ModelSpec spec, Map<String, Double> params, OscillatorSites sites) {
        this.spec = spec;
        this.params = params;
        this.sites = sites;
    }

    /**
     * Refuses a model whose dense 2n × 2n matrices (about twelve of them during the solve) do not
     * fit in this JVM's memory.
     */
    static void requireFits(ModelSpec spec, OscillatorSites sites) throws ModelException {
        double m = 2.0 * sites.modes();
        double bytes = 12 * 8 * m * m;
        double available = dev.steadfast.steady.ResourceEstimate.availableBytes();
        if (bytes > available) {
            throw new ModelException(spec.source(), spec.sites().get(0).line(), "sites", String.format(java.util.Locale.ROOT,
                    "the model is too large to solve here: %d modes need about %.1f GB for the dense covariance solve, "
                    + "%.1f GB available (raise the heap with JAVA_OPTS=-Xmx...)", sites.modes(), bytes / 1e9, available / 1e9));
        }
    }

    GaussianSystem build() throws ModelException {
        if (!spec.globalBaths().isEmpty()) {
            throw new ModelException(spec.source(), spec.globalBaths().get(0).line(), "dissipators",
                    "global baths (type: global) are not available for oscillators in this version" + OscillatorEvaluator.FOCK_HINT);
        }
        if (!spec.initialStates().isEmpty()) {
            throw new ModelException(spec.source(), spec.initialStates().get(0).line(), "initial_states",
                    "initial states are not available for oscillators in this version");
        }
        GaussianSystem.Builder b = GaussianSystem.builder(sites.modes());
        hamiltonian(b);
        for (Specs.DissipatorDecl d : spec.dissipators()) {
            Evaluator ev = new Evaluator(params, null);
            for (Integer i : SystemBuilder.loopValues(spec, params, d, ev)) {
                if (i != null) {
                    ev.bind(d.loop().var(), i);
                }
                dissipator(b, d, ev, SystemBuilder.at(d, i));
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            int line = spec.hamiltonian() == null ? 0 : spec.hamiltonian().line();
            throw new ModelException(spec.source(), line, "hamiltonian", e.getMessage());
        }
    }

    private void hamiltonian(GaussianSystem.Builder b) throws ModelException {
        Specs.Formula f = spec.hamiltonian();
        if (f == null) {
            return;
        }
        try {
            LadderPolynomial h = new OscillatorEvaluator(new Evaluator(params, null), sites).eval(f.expr());
            for (var e : h.terms().entrySet()) {
                LadderPolynomial.Monomial m = e.getKey();
                double[] c = e.getValue();
                if (m.degree() == 1) {
                    b.linear(c[0], c[1], m.first() >> 1, LadderPolynomial.Monomial.isCreator(m.first()));
                } else if (m.degree() == 2) {
                    b.quadratic(c[0], c[1], m.first() >> 1, LadderPolynomial.Monomial.isCreator(m.first()),
                            m.second() >> 1, LadderPolynomial.Monomial.isCreator(m.second()));
                }
            }
        } catch (ExprException e) {
            throw new ModelException(spec.source(), f.line(), "hamiltonian", e.getMessage() + " in \"" + f.text() + "\"");
        }
    }

    private void dissipator(GaussianSystem.Builder b, Specs.DissipatorDecl d, Evaluator ev, String where) throws ModelException {
        Specs.Formula current = d.op();
        try {
            OscillatorEvaluator oe = new OscillatorEvaluator(ev, sites);
            LadderPolynomial op = oe.eval(d.op().expr());
            List<GaussianSystem.LadderTerm> terms = linearTerms(oe, op, d.op().expr().pos());
            current = d.rate();
            double rate = ev.real(d.rate().expr(), "the rate");
            if (!(rate >= 0)) {
                throw new ExprException("a rate must be >= 0, got " + rate, d.rate().expr().pos());
            }
            if (d.type().equals("lindblad")) {
                b.jump(d.name(), rate, terms);
                return;
            }
            for (GaussianSystem.LadderTerm t : terms) {
                if (t.dagger()) {
                    throw new ExprException("a thermal bath on oscillators takes a lowering operator such as a(c), got "
                            + oe.describe(op), d.op().expr().pos());
                }
            }
            current = d.frequency();
            double w = ev.real(d.frequency().expr(), "the frequency");
            current = d.temperature();
            double t = ev.real(d.temperature().expr(), "the temperature");
            if (!(w > 0) || !(t >= 0)) {
                throw new ExprException("a thermal bath needs frequency > 0 and temperature >= 0, got " + w + " and " + t, 0);
            }
            double nbar = ThermalBath.boseOccupation(w, t);
            b.jump(d.name(), rate * (nbar + 1), terms);
            if (nbar > 0) {
                List<GaussianSystem.LadderTerm> up = new ArrayList<>();
                for (GaussianSystem.LadderTerm x : terms) {
                    up.add(new GaussianSystem.LadderTerm(x.mode(), true, x.re(), -x.im()));
                }
                b.jump(d.name(), rate * nbar, up);
            }
        } catch (ExprException e) {
            throw new ModelException(spec.source(), current.line(), d.entry(), e.getMessage() + " in \"" + current.text() + "\"" + where);
        }
    }

    /** The terms of a linear jump operator; anything of degree 0 or 2 is refused, naming the term. */
    private static List<GaussianSystem.LadderTerm> linearTerms(OscillatorEvaluator oe, LadderPolynomial op, int pos)
            throws ExprException {
        List<GaussianSystem.LadderTerm> out = new ArrayList<>();
        for (var e : op.terms().entrySet()) {
            LadderPolynomial.Monomial m = e.getKey();
            if (m.degree() != 1) {
                throw new ExprException("the jump operator " + oe.describe(op) + " is not linear in a, adag (term "
                        + oe.describe(new LadderPolynomial(Map.of(m, e.getValue()))) + ")" + OscillatorEvaluator.FOCK_HINT, pos);
            }
            out.add(new GaussianSystem.LadderTerm(m.first() >> 1, LadderPolynomial.Monomial.isCreator(m.first()),
                    e.getValue()[0], e.getValue()[1]));
        }
        if (out.isEmpty()) {
            throw new ExprException("the jump operator is zero", pos);
        }
        return out;
    }
}
