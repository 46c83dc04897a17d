package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.ensemble.LocalProcess;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.build.MemberTerms.Kind;
import dev.steadfast.model.build.Value.Ens;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.ThermalBath;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Builds the {@link EnsembleSystem} of an ensemble model. The Hamiltonian must be collective.
 * Each dissipator entry, over its {@code for} values, is either
 * <ul>
 *   <li>a collective jump: its operator is collective ({@code jm(e)}, or a sum over all members
 *       with one coefficient); a thermal entry is a collective bath, the operator at
 *       {@code rate·(n+1)} and its adjoint at {@code rate·n}; or</li>
 *   <li>a local process: its operator is {@code c·sm(e[i])}, {@code c·sp(e[i])} or
 *       {@code c·sz(e[i])} (emission, pumping, dephasing at rate·|c|²), and over the loop it must
 *       act on every member exactly with one rate; a thermal entry on {@code sm(e[i])} is local
 *       emission at {@code rate·(n+1)} plus pumping at {@code rate·n}.</li>
 * </ul>
 * Anything else breaks the permutation symmetry (or is not an ensemble process) and is a
 * {@link ModelException} naming the entry and why. Local rates of several entries add.
 */
final class EnsembleSystemBuilder {
    private static final double SAME = 1e-12;
    private final ModelSpec spec;
    private final Map<String, Double> params;
    private final SiteLayout layout;

    EnsembleSystemBuilder(ModelSpec spec, Map<String, Double> params, SiteLayout layout) {
        this.spec = spec;
        this.params = params;
        this.layout = layout;
    }

    EnsembleSystem build() throws ModelException {
        EnsembleSystem.Builder b = EnsembleSystem.builder(layout.members()).hamiltonian(hamiltonian());
        EnumMap<LocalProcess, Double> local = new EnumMap<>(LocalProcess.class);
        for (Specs.DissipatorDecl d : spec.dissipators()) {
            entry(d, b, local);
        }
        local.forEach(b::local);
        try {
            return b.build();
        } catch (InvalidSystemException e) {
            int line = spec.hamiltonian() != null ? spec.hamiltonian().line() : 0;
            throw new ModelException(spec.source(), line, e.term(), SystemBuilder.problem(e));
        }
    }

    private CollectiveOperator hamiltonian() throws ModelException {
        Specs.Formula f = spec.hamiltonian();
        if (f == null) {
            return CollectiveOperator.zero();
        }
        try {
            return new Evaluator(params, layout).collective(f.expr());
        } catch (ExprException e) {
            throw new ModelException(spec.source(), f.line(), "hamiltonian", e.getMessage() + ModelException.quoted(f.text()));
        }
    }

    /** One entry over its loop: collective jumps go to the builder, local rates per member are collected and checked. */
    private void entry(Specs.DissipatorDecl d, EnsembleSystem.Builder b, EnumMap<LocalProcess, Double> local) throws ModelException {
        if (d.type().equals("generalized_thermal")) {
            throw new ModelException(spec.source(), d.line(), d.entry(), "generalized_thermal is not available on an ensemble; "
                    + "write it as two lindblad entries: op at rate*(1-r) and dag(op) at rate*r");
        }
        Evaluator ev = new Evaluator(params, layout);
        int n = layout.members();
        EnumMap<LocalProcess, LocalRates> perMember = new EnumMap<>(LocalProcess.class);
        if (d.type().equals("lead")) {
            throw error(d, "a lead exchanges fermions, and an ensemble model has no fermion sites");
        }
        for (Integer i : SystemBuilder.loopValues(spec, params, d, ev)) {
            if (i != null) {
                ev.bind(d.loop().var(), i);
            }
            Specs.Formula current = d.op();
            try {
                Ens op = EnsembleAlgebra.lift(ev.eval(d.op().expr()), d.op().expr().pos());
                current = d.rate();
                double rate = nonNegative(ev.real(d.rate().expr(), "the rate"), "rate", d, i);
                double occupation = 0;
                if (d.type().equals("thermal")) {
                    current = d.frequency();
                    double w = ev.real(d.frequency().expr(), "the frequency");
                    current = d.temperature();
                    double t = nonNegative(ev.real(d.temperature().expr(), "the temperature"), "temperature", d, i);
                    if (!(w > 0) || Double.isInfinite(w)) {
                        throw error(d, "frequency must be a finite number > 0, got " + w + SystemBuilder.at(d, i));
                    }
                    occupation = ThermalBath.boseOccupation(w, t);
                }
                current = d.op();
                if (!op.collective().isZero() && !op.members().isEmpty() && !ev.ensemble().isSymmetric(op.members())) {
                    throw new ExprException("the jump combines a collective operator with single-member operators (on "
                            + ev.ensemble().list(op.members().members()) + "); a jump on an ensemble is either collective, e.g. jm("
                            + layout.ensemble() + "), or local, e.g. sm(" + layout.ensemble() + "[i]) with for: i=1.." + layout.members(),
                            d.op().expr().pos());
                }
                if (isLocal(op)) {
                    addLocal(d, op, rate, occupation, perMember, n, i);
                } else {
                    addCollective(d, ev.ensemble().collective(op, d.op().expr().pos()), rate, occupation, b, i);
                }
            } catch (ExprException e) {
                throw new ModelException(spec.source(), current.line(), d.entry(), e.getMessage() + ModelException.quoted(current.text())
                        + SystemBuilder.at(d, i));
            }
        }
        for (Map.Entry<LocalProcess, LocalRates> e : perMember.entrySet()) {
            local.merge(e.getKey(), uniformRate(d, e.getKey(), e.getValue()), Double::sum);
        }
    }

    /** A jump on one member only, with no collective part (for N = 1 this is also the collective jump). */
    private static boolean isLocal(Ens op) {
        return op.collective().isZero() && op.members().members().size() == 1;
    }

    private void addCollective(Specs.DissipatorDecl d, CollectiveOperator op, double rate, double occupation,
                               EnsembleSystem.Builder b, Integer i) throws ModelException {
        String label = SystemBuilder.label(d);
        if (d.type().equals("lindblad")) {
            b.collectiveJump(label, op, rate);
            return;
        }
        OptionalInt shift = op.mShift();
        if (!op.isZero() && (shift.isEmpty() || shift.getAsInt() != -1)) {
            throw error(d, "the thermal operator is not a lowering operator (" + op + " does not lower jz by one); write the "
                    + "collective bath with jm(" + layout.ensemble() + ")" + SystemBuilder.at(d, i));
        }
        b.collectiveJump(label, op, rate * (occupation + 1));
        if (occupation > 0) {
            b.collectiveJump(label, op.dag(), rate * occupation);
        }
    }

    private void addLocal(Specs.DissipatorDecl d, Ens op, double rate, double occupation,
                          EnumMap<LocalProcess, LocalRates> perMember, int n, Integer i) throws ModelException {
        int member = op.members().members().iterator().next();
        double[] c = op.members().of(member);
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (c[2 * k.ordinal()] != 0 || c[2 * k.ordinal() + 1] != 0) {
                if (kind != null) {
                    throw error(d, "a local jump on an ensemble member must be sm, sp or sz of that member (times a number); "
                            + "this operator on " + layout.ensemble() + "[" + member + "] combines several of them, which the "
                            + "ensemble solver does not support" + SystemBuilder.at(d, i));
                }
                kind = k;
            }
        }
        double weight = c[2 * kind.ordinal()] * c[2 * kind.ordinal()] + c[2 * kind.ordinal() + 1] * c[2 * kind.ordinal() + 1];
        if (d.type().equals("thermal")) {
            if (kind != Kind.SM) {
                throw error(d, "the thermal operator is not a lowering operator; write the bath with sm("
                        + layout.ensemble() + "[i])" + SystemBuilder.at(d, i));
            }
            table(perMember, LocalProcess.EMISSION, n).add(member, rate * (occupation + 1) * weight);
            table(perMember, LocalProcess.PUMPING, n).add(member, rate * occupation * weight);
            return;
        }
        LocalProcess p = switch (kind) {
            case SM -> LocalProcess.EMISSION;
            case SP -> LocalProcess.PUMPING;
            case SZ -> LocalProcess.DEPHASING;
        };
        table(perMember, p, n).add(member, rate * weight);
    }

    /** The rates one entry gives a local process, member by member (index 1..N), and which members it touches. */
    private static final class LocalRates {
        final double[] rate;
        final boolean[] touched;

        LocalRates(int n) {
            rate = new double[n + 1];
            touched = new boolean[n + 1];
        }

        void add(int member, double r) {
            rate[member] += r;
            touched[member] = true;
        }
    }

    private static LocalRates table(EnumMap<LocalProcess, LocalRates> m, LocalProcess p, int n) {
        return m.computeIfAbsent(p, k -> new LocalRates(n));
    }

    /** The common per-member rate of a local process; an entry that misses members or varies the rate is an error. */
    private double uniformRate(Specs.DissipatorDecl d, LocalProcess p, LocalRates t) throws ModelException {
        int n = layout.members();
        String e = layout.ensemble();
        String what = "the local " + p.name().toLowerCase() + " " + p.jump() + "(" + e + "[i])";
        java.util.List<Integer> hit = new java.util.ArrayList<>();
        double max = 0;
        for (int k = 1; k <= n; k++) {
            if (t.touched[k]) {
                hit.add(k);
            }
            max = Math.max(max, t.rate[k]);
        }
        if (max == 0) {
            return 0;
        }
        if (hit.size() < n) {
            throw error(d, what + " acts on " + new EnsembleAlgebra(e, n).list(hit) + (hit.size() == 1 ? " alone" : " only")
                    + ", which breaks the permutation symmetry of the ensemble " + e + ": a local process must act on all " + n
                    + " members with one rate (for: i=1.." + n + ")");
        }
        for (int k = 2; k <= n; k++) {
            if (Math.abs(t.rate[k] - t.rate[1]) > SAME * max) {
                throw error(d, what + " has different rates per member (" + e + "[1]: " + t.rate[1] + ", " + e + "[" + k + "]: "
                        + t.rate[k] + "), which breaks the permutation symmetry of the ensemble " + e
                        + ": give every member the same rate");
            }
        }
        return t.rate[1];
    }

    private double nonNegative(double v, String what, Specs.DissipatorDecl d, Integer i) throws ModelException {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw error(d, what + " must be a finite number >= 0, got " + v + SystemBuilder.at(d, i));
        }
        return v;
    }

    private ModelException error(Specs.DissipatorDecl d, String problem) {
        return new ModelException(spec.source(), d.line(), d.entry(), problem);
    }
}
