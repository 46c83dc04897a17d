package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.ensemble.EnsembleMeasures;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.measure.Measures;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * The measure functions on an ensemble ({@code e: {ensemble: N}}), bound to
 * {@link EnsembleMeasures}. Arguments are the whole ensemble {@code e} or members {@code e[i]}:
 * <ul>
 *   <li>{@code expect(op)}, {@code expect_im(op)}: op a polynomial in the collective operators,
 *       plus single-member terms such as {@code sz(e[1])} (every member has the same reduced
 *       state, so {@code <sz(e[1])> = 2<jz(e)>/N}); products of single-member operators are refused;</li>
 *   <li>{@code purity(e)}, {@code entropy(e)}, {@code coherence_l1(e)} (Dicke basis),
 *       {@code squeezing_ku(e)}, {@code squeezing_wineland(e)}: the whole ensemble;</li>
 *   <li>measures of one or two distinct members ({@code concurrence(e[1], e[2])},
 *       {@code negativity(e[1] | e[2])}, {@code entropy(e[1])}, ...): the same for every choice of
 *       members; evaluated with the core measures on the two-member state
 *       {@link EnsembleMeasures#pairState} (members {@code e[1], e[2]} of a 4x4 density matrix).</li>
 * </ul>
 * Measures with no meaning here (heat currents, entropy production, states of more than two
 * members) are errors naming the measure, raised when the model is instantiated.
 */
final class EnsembleMeasureFunctions implements MeasureCalls<EnsembleState> {
    private final Evaluator ev;
    private final String e;
    private final int n;

    EnsembleMeasureFunctions(Evaluator ev, SiteLayout layout) {
        this.ev = ev;
        this.e = layout.ensemble();
        this.n = layout.members();
    }

    /** Either the whole ensemble ({@code members == null}) or one or two distinct members. */
    private record Target(int[] members) {
        boolean whole() {
            return members == null;
        }
    }

    @Override
    public CompiledMeasure<EnsembleState> compile(Expr.Call c) throws ExprException {
        String f = c.name();
        switch (f) {
            case "expect":
            case "expect_im": {
                if (c.args().size() != 1 || c.bar() >= 0) {
                    throw new ExprException(f + " takes one operator expression: " + f + "(jz(" + e + "))", c.pos());
                }
                CollectiveOperator o = ev.forExpectation(c.args().get(0));
                int part = f.equals("expect") ? 0 : 1;
                return s -> s.expectComplex(o)[part];
            }
            case "purity":
                return wholeOrPair(c, EnsembleMeasures::purity, Measures::purity);
            case "entropy":
                return wholeOrPair(c, EnsembleMeasures::entropy, Measures::entropy);
            case "coherence_l1":
                return wholeOrPair(c, EnsembleMeasures::coherenceL1, Measures::coherenceL1);
            case "coherence_re":
                return wholeOrPair(c, null, Measures::coherenceRelativeEntropy);
            case "squeezing_ku":
                return whole(c, EnsembleMeasures::squeezingKitagawaUeda);
            case "squeezing_wineland":
                return whole(c, EnsembleMeasures::squeezingWineland);
            case "concurrence":
                pair(c);
                return EnsembleMeasures::pairConcurrence;
            case "entanglement_of_formation":
                pair(c);
                return s -> Measures.entanglementOfFormation(EnsembleMeasures.pairState(s), 0, 1);
            case "discord":
                pair(c);
                return s -> Measures.discord(EnsembleMeasures.pairState(s), 0, 1);
            case "negativity":
                bipartition(c);
                return s -> Measures.negativity(EnsembleMeasures.pairState(s), new int[] {0}, new int[] {1});
            case "log_negativity":
                bipartition(c);
                return s -> Measures.logNegativity(EnsembleMeasures.pairState(s), new int[] {0}, new int[] {1});
            case "mutual_information":
                bipartition(c);
                return s -> Measures.mutualInformation(EnsembleMeasures.pairState(s), new int[] {0}, new int[] {1});
            case "fidelity":
                return fidelity(c);
            default:
                throw new ExprException(f + " has no meaning on an ensemble model in this version (heat currents and entropy "
                        + "production are not computed for ensembles); measures: expect, expect_im, purity, entropy, coherence_l1, "
                        + "squeezing_ku, squeezing_wineland, and two-member measures such as concurrence(" + e + "[1], " + e
                        + "[2])", c.pos());
        }
    }

    private CompiledMeasure<EnsembleState> wholeOrPair(Expr.Call c, ToDoubleFunction<EnsembleState> whole,
                                                       BiFunction<DensityMatrix, int[], Double> onPair) throws ExprException {
        if (c.bar() >= 0 || c.args().isEmpty()) {
            throw new ExprException(c.name() + " takes the ensemble or one or two members, e.g. " + c.name() + "(" + e + ")", c.pos());
        }
        Target t = target(c.args());
        if (t.whole()) {
            if (whole == null) {
                throw new ExprException(c.name() + " of the whole ensemble is not available in this version; it is defined for "
                        + "one or two members, e.g. " + c.name() + "(" + e + "[1], " + e + "[2])", c.pos());
            }
            return whole::applyAsDouble;
        }
        int[] sites = t.members().length == 1 ? new int[] {0} : new int[] {0, 1};
        return s -> onPair.apply(EnsembleMeasures.pairState(s, e), sites);
    }

    private CompiledMeasure<EnsembleState> whole(Expr.Call c, ToDoubleFunction<EnsembleState> m) throws ExprException {
        if (c.bar() >= 0 || c.args().size() != 1 || !target(c.args()).whole()) {
            throw new ExprException(c.name() + " is a property of the whole ensemble: " + c.name() + "(" + e + ")", c.pos());
        }
        return m::applyAsDouble;
    }

    /** Two distinct members separated by a comma. */
    private void pair(Expr.Call c) throws ExprException {
        if (c.bar() >= 0 || c.args().size() != 2 || target(c.args()).whole()) {
            throw new ExprException(c.name() + " on an ensemble takes two distinct members: " + c.name() + "(" + e + "[1], " + e
                    + "[2])", c.pos());
        }
    }

    /** One member on each side of {@code |}. */
    private void bipartition(Expr.Call c) throws ExprException {
        if (c.bar() != 1 || c.args().size() != 2 || target(c.args()).whole()) {
            throw new ExprException(c.name() + " on an ensemble takes one member on each side: " + c.name() + "(" + e + "[1] | "
                    + e + "[2])", c.pos());
        }
    }

    private CompiledMeasure<EnsembleState> fidelity(Expr.Call c) throws ExprException {
        List<Expr> args = c.args();
        if (args.size() != 3 || c.bar() >= 0 || !(args.get(2) instanceof Expr.Name bell)) {
            throw new ExprException("fidelity takes two members and a Bell state: fidelity(" + e + "[1], " + e
                    + "[2], bell_phi_plus)", c.pos());
        }
        States.Bell state = MeasureFunctions.bell(bell);
        if (target(args.subList(0, 2)).whole()) {
            throw new ExprException("fidelity takes two distinct members of the ensemble", c.pos());
        }
        return s -> Measures.bellFidelity(EnsembleMeasures.pairState(s), 0, 1, state);
    }

    /** The ensemble's name alone means the whole; otherwise at most two distinct members e[i]. */
    private Target target(List<Expr> args) throws ExprException {
        if (args.size() == 1 && args.get(0) instanceof Expr.Name name && name.name().equals(e)) {
            return new Target(null);
        }
        List<Integer> members = new ArrayList<>();
        for (Expr a : args) {
            if (a instanceof Expr.Name name && name.name().equals(e)) {
                throw new ExprException(e + " stands for the whole ensemble and cannot be combined with other sites here", a.pos());
            }
            if (!(a instanceof Expr.Indexed ix) || !ix.name().equals(e)) {
                throw new ExprException("expected the ensemble " + e + " or a member such as " + e + "[1]"
                        + (a instanceof Expr.Name other ? " (unknown site '" + other.name() + "')" : ""), a.pos());
            }
            int i = ev.integer(ix.index(), "the index of " + e);
            if (i < 1 || i > n) {
                throw new ExprException("index " + i + " out of range: " + e + " has members " + e + "[1].." + e + "[" + n + "]", ix.pos());
            }
            if (members.contains(i)) {
                throw new ExprException("site " + e + "[" + i + "] is listed twice", a.pos());
            }
            members.add(i);
        }
        if (members.size() > 2) {
            throw new ExprException("the reduced state of " + members.size() + " members is not available on an ensemble in this "
                    + "version (the two-member state is computed from collective moments); use one or two members or the whole " + e,
                    args.get(0).pos());
        }
        return new Target(members.stream().mapToInt(Integer::intValue).toArray());
    }
}
