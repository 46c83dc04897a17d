package dev.steadfast.model.build;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.SiteKind;
import dev.steadfast.transport.Fermions;
import java.util.Map;
import java.util.function.Function;

/**
 * The site operators of format v1, each embedded on the full space (sparse, via
 * {@link Operators#embed}). qubit: {@code sp sm sx sy sz}; boson: {@code a adag n x p};
 * spin: {@code jx jy jz jp jm}; fermion: {@code c cdag n} (Jordan–Wigner, {@link Fermions}); any site: {@code id(s)}, {@code proj(s, k)} = |k⟩⟨k|,
 * {@code ket_bra(s, j, k)} = |j⟩⟨k|. A site argument is a site name or an array element
 * {@code r[i]} (1-based, integer index expression). On a whole qubit array r, {@code jx jy jz jp jm}
 * are the collective spin operators {@code J = Σ_i σ_i/2}.
 */
final class SiteOperators {
    private record Local(SiteKind kind, Function<Site, SparseCMatrix> matrix) { }

    private static final Map<String, Local> LOCAL = Map.ofEntries(
            Map.entry("sp", new Local(SiteKind.QUBIT, LocalOperators::sp)),
            Map.entry("sm", new Local(SiteKind.QUBIT, LocalOperators::sm)),
            Map.entry("sx", new Local(SiteKind.QUBIT, LocalOperators::sx)),
            Map.entry("sy", new Local(SiteKind.QUBIT, LocalOperators::sy)),
            Map.entry("sz", new Local(SiteKind.QUBIT, LocalOperators::sz)),
            Map.entry("a", new Local(SiteKind.BOSON, LocalOperators::destroy)),
            Map.entry("adag", new Local(SiteKind.BOSON, LocalOperators::create)),
            Map.entry("n", new Local(SiteKind.BOSON, LocalOperators::number)),
            Map.entry("x", new Local(SiteKind.BOSON, LocalOperators::position)),
            Map.entry("p", new Local(SiteKind.BOSON, LocalOperators::momentum)),
            Map.entry("jx", new Local(SiteKind.SPIN, LocalOperators::jx)),
            Map.entry("jy", new Local(SiteKind.SPIN, LocalOperators::jy)),
            Map.entry("jz", new Local(SiteKind.SPIN, LocalOperators::jz)),
            Map.entry("jp", new Local(SiteKind.SPIN, LocalOperators::jp)),
            Map.entry("jm", new Local(SiteKind.SPIN, LocalOperators::jm)),
            Map.entry("id", new Local(null, LocalOperators::identity)));

    /** Fermion mode operators, with their Jordan–Wigner strings; {@code n} is shared with bosons. */
    private static final java.util.Set<String> FERMION = java.util.Set.of("c", "cdag");

    private static final java.util.Set<String> COLLECTIVE = java.util.Set.of("jx", "jy", "jz", "jp", "jm");

    private SiteOperators() {
    }

    static boolean isOperator(String name) {
        return LOCAL.containsKey(name) || FERMION.contains(name) || name.equals("proj") || name.equals("ket_bra");
    }

    static Operator build(Evaluator ev, SiteLayout layout, Expr.Call c) throws ExprException {
        String f = c.name();
        int arity = f.equals("proj") ? 2 : f.equals("ket_bra") ? 3 : 1;
        if (c.args().size() != arity || c.bar() >= 0) {
            String form = switch (f) {
                case "proj" -> "proj(site, k)";
                case "ket_bra" -> "ket_bra(site, j, k)";
                default -> f + "(site)";
            };
            throw new ExprException(f + " takes " + arity + (arity == 1 ? " argument" : " arguments") + ": " + form, c.pos());
        }
        if (COLLECTIVE.contains(f) && c.args().get(0) instanceof Expr.Name n && layout.isArray(n.name())) {
            Site first = layout.space().site(layout.element(n.name(), 1));
            if (first.kind() != SiteKind.QUBIT) {
                throw new ExprException(f + " of a whole array needs qubits, but " + n.name() + " is an array of "
                        + kindName(first.kind()) + "s", c.pos());
            }
            return collective(f, layout, n.name());
        }
        int k = site(ev, layout, c.args().get(0));
        Site s = layout.space().site(k);
        if (FERMION.contains(f) || (f.equals("n") && s.kind() == SiteKind.FERMION)) {
            return fermion(f, layout, k, c);
        }
        SparseCMatrix m;
        if (f.equals("proj") || f.equals("ket_bra")) {
            int j = level(ev, s, c.args().get(1));
            int l = f.equals("proj") ? j : level(ev, s, c.args().get(2));
            m = LocalOperators.ketBra(s, j, l);
        } else {
            Local local = LOCAL.get(f);
            if (local.kind() != null && s.kind() != local.kind()) {
                throw new ExprException(f + " needs a " + kindName(local.kind()) + ", but " + s.name() + " is a "
                        + kindName(s.kind()), c.pos());
            }
            m = local.matrix().apply(s);
        }
        return Operators.embed(layout.space(), k, m);
    }

    /** {@code c(d)}, {@code cdag(d)} or {@code n(d)} of the fermion site k. */
    private static Operator fermion(String f, SiteLayout layout, int k, Expr.Call c) throws ExprException {
        Site s = layout.space().site(k);
        if (s.kind() != SiteKind.FERMION) {
            throw new ExprException(f + " needs a fermion, but " + s.name() + " is a " + kindName(s.kind())
                    + (s.kind() == SiteKind.QUBIT ? " (use sm/sp on a qubit)" : ""), c.pos());
        }
        return switch (f) {
            case "c" -> Fermions.annihilate(layout.space(), k);
            case "cdag" -> Fermions.create(layout.space(), k);
            default -> Fermions.number(layout.space(), k);
        };
    }

    /**
     * A collective spin operator of a qubit array r, {@code J = Σ_i σ_i/2}: {@code jz(r) = Σ sz(r[i])/2},
     * {@code jx(r) = Σ sx(r[i])/2}, {@code jy(r) = Σ sy(r[i])/2}, {@code jp(r) = Σ sp(r[i])},
     * {@code jm(r) = Σ sm(r[i])} (the same as on an ensemble, here on the full space).
     */
    private static Operator collective(String f, SiteLayout layout, String array) {
        double half = f.equals("jp") || f.equals("jm") ? 1 : 0.5;
        Function<Site, SparseCMatrix> single = LOCAL.get("s" + f.substring(1)).matrix();
        Operator sum = Operator.zero(layout.space());
        for (int k : layout.arraySites(array)) {
            sum = sum.plus(Operators.embed(layout.space(), k, single.apply(layout.space().site(k))));
        }
        return sum.scale(half);
    }

    /** Site index of a site argument: a site name or {@code array[i]}. */
    static int site(Evaluator ev, SiteLayout layout, Expr arg) throws ExprException {
        if (arg instanceof Expr.Name n) {
            int k = layout.space().indexOf(n.name());
            if (k >= 0) {
                return k;
            }
            if (layout.isArray(n.name())) {
                throw new ExprException(n.name() + " is an array of " + layout.arraySize(n.name()) + " sites; pick one, e.g. "
                        + n.name() + "[1]", n.pos());
            }
            throw new ExprException("unknown site '" + n.name() + "' (sites: " + String.join(", ", layout.names()) + ")", n.pos());
        }
        if (arg instanceof Expr.Indexed ix) {
            if (!layout.isArray(ix.name())) {
                throw new ExprException("unknown array '" + ix.name() + "'" + (layout.space().indexOf(ix.name()) >= 0
                        ? " (" + ix.name() + " is a single site: write it without [ ])" : " (sites: " + String.join(", ", layout.names()) + ")"), ix.pos());
            }
            int i = ev.integer(ix.index(), "the index of " + ix.name());
            int size = layout.arraySize(ix.name());
            if (i < 1 || i > size) {
                throw new ExprException("index " + i + " out of range: " + ix.name() + " has sites " + ix.name() + "[1].."
                        + ix.name() + "[" + size + "]", ix.pos());
            }
            return layout.element(ix.name(), i);
        }
        throw new ExprException("expected a site name such as q1 or r[2]", arg.pos());
    }

    private static int level(Evaluator ev, Site s, Expr e) throws ExprException {
        int j = ev.integer(e, "a level");
        if (j < 0 || j >= s.dimension()) {
            throw new ExprException("level " + j + " out of range: " + s.name() + " has levels 0.." + (s.dimension() - 1), e.pos());
        }
        return j;
    }

    static String kindName(SiteKind k) {
        return k.name().toLowerCase();
    }
}
