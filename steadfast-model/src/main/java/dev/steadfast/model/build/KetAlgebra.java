package dev.steadfast.model.build;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.model.build.Value.Op;
import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.build.Value.Vec;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Space;
import dev.steadfast.space.SiteKind;
import dev.steadfast.state.States;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kets and bras of several sites at once:
 * <ul>
 *   <li>{@code ket(q1=1, q2=0)}: the product ket |1⟩|0⟩ of the sites named (levels of other sites
 *       are not fixed: the ket lives on q1, q2 only); {@code bra(...)} its conjugate;</li>
 *   <li>{@code ket(bell_psi_minus(q1, q2))} (and the other three Bell states): a Bell ket of two
 *       qubits, q1 first: (|01⟩ − |10⟩)/√2;</li>
 *   <li>arithmetic: kets add when they name the same sites, scale by numbers, {@code dag} turns a
 *       ket into a bra; {@code ket*bra} is the operator |ψ⟩⟨φ| ⊗ I (identity on the sites not named;
 *       both must name the same sites), so {@code ket(...)*bra(...)} is a projector;
 *       {@code bra*ket} is the number ⟨φ|ψ⟩; an operator times a ket of every site is a ket.</li>
 * </ul>
 */
final class KetAlgebra {
    private KetAlgebra() {
    }

    static boolean isKet(String name) {
        return name.equals("ket") || name.equals("bra");
    }

    /** {@code ket(...)} or {@code bra(...)}. */
    static Vec build(Evaluator ev, SiteLayout layout, Expr.Call c) throws ExprException {
        boolean bra = c.name().equals("bra");
        if (c.args().isEmpty() || c.bar() >= 0) {
            throw new ExprException(c.name() + " takes site=level pairs or a Bell state: " + c.name() + "(q1=1, q2=0), "
                    + c.name() + "(bell_psi_minus(q1, q2))", c.pos());
        }
        if (c.args().size() == 1 && c.args().get(0) instanceof Expr.Call b && b.name().startsWith("bell_")) {
            return bell(ev, layout, b, bra);
        }
        TreeMap<Integer, Integer> levels = new TreeMap<>();
        for (Expr a : c.args()) {
            if (!(a instanceof Expr.Binary eq) || eq.op() != '=') {
                throw new ExprException(c.name() + " takes site=level pairs, e.g. " + c.name() + "(q1=1, q2=0)", a.pos());
            }
            int k = SiteOperators.site(ev, layout, eq.left());
            int level = ev.integer(eq.right(), "the level of " + layout.space().site(k).name());
            if (level < 0 || level >= layout.space().siteDimension(k)) {
                throw new ExprException("level " + level + " out of range: " + layout.space().site(k).name() + " has levels 0.."
                        + (layout.space().siteDimension(k) - 1), eq.right().pos());
            }
            if (levels.put(k, level) != null) {
                throw new ExprException(layout.space().site(k).name() + " is given twice in " + c.name() + "(...)", a.pos());
            }
        }
        int[] sites = levels.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] re = new double[subDimension(layout.space(), sites)];
        re[subIndex(layout.space(), sites, levels)] = 1;
        return new Vec(sites, re, new double[re.length], bra);
    }

    private static Vec bell(Evaluator ev, SiteLayout layout, Expr.Call b, boolean bra) throws ExprException {
        States.Bell which;
        try {
            which = States.Bell.valueOf(b.name().substring(5).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExprException("unknown Bell state '" + b.name() + "' (bell_phi_plus, bell_phi_minus, bell_psi_plus, bell_psi_minus)", b.pos());
        }
        if (b.args().size() != 2) {
            throw new ExprException(b.name() + " takes two qubits: " + b.name() + "(q1, q2)", b.pos());
        }
        int qa = SiteOperators.site(ev, layout, b.args().get(0));
        int qb = SiteOperators.site(ev, layout, b.args().get(1));
        Space space = layout.space();
        if (qa == qb || space.site(qa).kind() != SiteKind.QUBIT || space.site(qb).kind() != SiteKind.QUBIT) {
            throw new ExprException(b.name() + " needs two different qubits", b.pos());
        }
        int[] sites = {Math.min(qa, qb), Math.max(qa, qb)};
        double[] amp = which.amplitudes();
        double[] re = new double[4];
        for (int la = 0; la < 2; la++) {
            for (int lb = 0; lb < 2; lb++) {
                re[subIndex(space, sites, Map.of(qa, la, qb, lb))] += amp[2 * la + lb];
            }
        }
        return new Vec(sites, re, new double[4], bra);
    }

    private static int subDimension(Space space, int[] sites) {
        int d = 1;
        for (int k : sites) {
            d *= space.siteDimension(k);
        }
        return d;
    }

    private static int subIndex(Space space, int[] sites, Map<Integer, Integer> levels) {
        int i = 0;
        for (int k : sites) {
            i = i * space.siteDimension(k) + levels.get(k);
        }
        return i;
    }

    /** The levels, per site of {@code sites}, of sub-basis index i. */
    private static int[] subLevels(Space space, int[] sites, int i) {
        int[] l = new int[sites.length];
        for (int s = sites.length - 1; s >= 0; s--) {
            int d = space.siteDimension(sites[s]);
            l[s] = i % d;
            i /= d;
        }
        return l;
    }

    static Vec scale(Vec v, Scalar s) {
        double[] re = new double[v.re().length];
        double[] im = new double[re.length];
        double sr = s.re();
        double si = v.bra() ? -s.im() : s.im();    // a bra stores the ket it conjugates
        for (int i = 0; i < re.length; i++) {
            re[i] = sr * v.re()[i] - si * v.im()[i];
            im[i] = sr * v.im()[i] + si * v.re()[i];
        }
        return new Vec(v.sites(), re, im, v.bra());
    }

    static Vec dag(Vec v) {
        return new Vec(v.sites(), v.re(), v.im(), !v.bra());
    }

    static Value add(Value a, Value b, int pos) throws ExprException {
        if (!(a instanceof Vec x) || !(b instanceof Vec y) || x.bra() != y.bra()) {
            throw new ExprException("cannot add " + a.describe() + " and " + b.describe(), pos);
        }
        requireSameSites(x, y, "add", pos);
        double[] re = x.re().clone();
        double[] im = x.im().clone();
        for (int i = 0; i < re.length; i++) {
            re[i] += y.re()[i];
            im[i] += y.im()[i];
        }
        return new Vec(x.sites(), re, im, x.bra());
    }

    /** A product with at least one ket or bra. */
    static Value multiply(Value a, Value b, Space space, int pos) throws ExprException {
        if (a instanceof Scalar s && b instanceof Vec v) {
            return scale(v, s);
        }
        if (a instanceof Vec v && b instanceof Scalar s) {
            return scale(v, s);
        }
        if (a instanceof Vec k && b instanceof Vec br && !k.bra() && br.bra()) {
            requireSameSites(k, br, "multiply", pos);
            return new Op(outer(space, k, br));
        }
        if (a instanceof Vec br && b instanceof Vec k && br.bra() && !k.bra()) {
            requireSameSites(k, br, "multiply", pos);
            double re = 0;
            double im = 0;
            for (int i = 0; i < k.re().length; i++) {   // conj(phi_i) psi_i
                re += br.re()[i] * k.re()[i] + br.im()[i] * k.im()[i];
                im += br.re()[i] * k.im()[i] - br.im()[i] * k.re()[i];
            }
            return new Scalar(re, im);
        }
        if (a instanceof Op o && b instanceof Vec k && !k.bra()) {
            return apply(o.op().matrix(), whole(space, k, pos));
        }
        if (a instanceof Vec br && br.bra() && b instanceof Op o) {
            return dag((Vec) apply(o.op().matrix().adjoint(), whole(space, br, pos)));
        }
        throw new ExprException("cannot multiply " + a.describe() + " by " + b.describe()
                + " (ket*bra is an operator, bra*ket a number, operator*ket a ket)", pos);
    }

    private static Vec whole(Space space, Vec v, int pos) throws ExprException {
        if (v.sites().length != space.size()) {
            throw new ExprException("an operator acts on " + v.describe() + " only when it names every site", pos);
        }
        return v;
    }

    private static Vec apply(SparseCMatrix m, Vec k) {
        double[] yr = new double[k.re().length];
        double[] yi = new double[yr.length];
        m.multiply(k.re(), k.im(), yr, yi);
        return new Vec(k.sites(), yr, yi, false);
    }

    /** |ψ⟩⟨φ| on the sites named, tensored with the identity elsewhere. */
    private static Operator outer(Space space, Vec ket, Vec bra) {
        int[] sites = ket.sites();
        Operator out = Operator.zero(space);
        for (int i = 0; i < ket.re().length; i++) {
            if (ket.re()[i] == 0 && ket.im()[i] == 0) {
                continue;
            }
            for (int j = 0; j < bra.re().length; j++) {
                if (bra.re()[j] == 0 && bra.im()[j] == 0) {
                    continue;
                }
                double cr = ket.re()[i] * bra.re()[j] + ket.im()[i] * bra.im()[j];   // psi_i conj(phi_j)
                double ci = ket.im()[i] * bra.re()[j] - ket.re()[i] * bra.im()[j];
                int[] li = subLevels(space, sites, i);
                int[] lj = subLevels(space, sites, j);
                Operator term = Operator.identity(space);
                for (int s = 0; s < sites.length; s++) {
                    term = term.times(Operators.embed(space, sites[s], LocalOperators.ketBra(space.site(sites[s]), li[s], lj[s])));
                }
                out = out.plus(term.scale(cr, ci));
            }
        }
        return out;
    }

    private static void requireSameSites(Vec a, Vec b, String verb, int pos) throws ExprException {
        if (!Arrays.equals(a.sites(), b.sites())) {
            throw new ExprException("cannot " + verb + " " + a.describe() + " and " + b.describe()
                    + " of different sites; name the same sites in both", pos);
        }
    }
}
