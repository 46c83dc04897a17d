package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.model.build.MemberTerms.Kind;
import dev.steadfast.model.build.Value.Ens;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import java.util.Map;
import java.util.Set;

/**
 * The operators of an ensemble model ({@code e: {ensemble: N}}). On the whole ensemble, the
 * collective spin {@code J = Σ_i σ_i/2}: {@code jx(e) jy(e) jz(e)}, {@code jp(e) = Σ sp(e[i])},
 * {@code jm(e) = Σ sm(e[i])} and {@code id(e)}. On one member, the qubit operators
 * {@code sp sm sx sy sz} of {@code e[i]}, kept as single-member terms (see {@link EnsembleAlgebra}).
 */
final class EnsembleOperators {
    private static final Map<String, CollectiveOperator> COLLECTIVE = Map.of(
            "jx", CollectiveOperator.jx(), "jy", CollectiveOperator.jy(), "jz", CollectiveOperator.jz(),
            "jp", CollectiveOperator.jp(), "jm", CollectiveOperator.jm(), "id", CollectiveOperator.identity());
    private static final Set<String> MEMBER = Set.of("sp", "sm", "sx", "sy", "sz");

    private EnsembleOperators() {
    }

    static Value build(Evaluator ev, EnsembleAlgebra alg, Expr.Call c) throws ExprException {
        String f = c.name();
        String e = alg.name();
        if (!COLLECTIVE.containsKey(f) && !MEMBER.contains(f)) {
            throw new ExprException(f + " is not defined on an ensemble (" + e + " is an ensemble of " + alg.members()
                    + " qubits; operators: jx jy jz jp jm id on " + e + ", sp sm sx sy sz on " + e + "[i])", c.pos());
        }
        if (c.args().size() != 1 || c.bar() >= 0) {
            throw new ExprException(f + " takes one argument: " + f + "(" + (MEMBER.contains(f) ? e + "[i]" : e) + ")", c.pos());
        }
        Expr arg = c.args().get(0);
        String site = arg instanceof Expr.Name n ? n.name() : arg instanceof Expr.Indexed ix ? ix.name() : null;
        if (site == null || !site.equals(e)) {
            throw new ExprException(site == null ? "expected a site such as " + e + " or " + e + "[1]"
                    : "unknown site '" + site + "' (sites: " + e + ")", arg.pos());
        }
        if (COLLECTIVE.containsKey(f)) {
            if (arg instanceof Expr.Indexed) {
                throw new ExprException(f + " is a collective operator of the whole ensemble: write " + f + "(" + e + ")"
                        + (f.equals("id") ? "" : "; on one member use s" + f.substring(1) + "(" + e + "[i])"), c.pos());
            }
            return new Ens(COLLECTIVE.get(f), MemberTerms.NONE);
        }
        if (arg instanceof Expr.Name) {
            throw new ExprException(f + " acts on one member: " + f + "(" + e + "[i]); the collective operators are jx(" + e
                    + ") jy(" + e + ") jz(" + e + ") = Σ sz(" + e + "[i])/2, jp(" + e + "), jm(" + e + ")", c.pos());
        }
        Expr.Indexed ix = (Expr.Indexed) arg;
        int i = ev.integer(ix.index(), "the index of " + e);
        if (i < 1 || i > alg.members()) {
            throw new ExprException("index " + i + " out of range: " + e + " has members " + e + "[1].." + e + "["
                    + alg.members() + "]", ix.pos());
        }
        MemberTerms t = switch (f) {
            case "sp" -> MemberTerms.single(i, Kind.SP, 1, 0);
            case "sm" -> MemberTerms.single(i, Kind.SM, 1, 0);
            case "sz" -> MemberTerms.single(i, Kind.SZ, 1, 0);
            case "sx" -> MemberTerms.single(i, Kind.SP, 1, 0).plus(MemberTerms.single(i, Kind.SM, 1, 0));
            default -> MemberTerms.single(i, Kind.SP, 0, -1).plus(MemberTerms.single(i, Kind.SM, 0, 1));
        };
        return new Ens(CollectiveOperator.zero(), t);
    }
}
