package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Space;
import java.util.ArrayList;
import java.util.List;

/**
 * A system with Hamiltonian H, optional Lindblad jumps, and bosonic baths treated by the
 * hierarchical equations of motion (Tanimura; QuTiP's {@code HEOMSolver} convention) truncated at
 * {@code depth}. For the ADO with label n ({@link Hierarchy}):
 * <pre>
 *   dρ_n/dt = L_sys ρ_n − (Σ_k n_k ν_k) ρ_n − i Σ_k [Q_k, ρ_{n+e_k}]
 *             − i Σ_k n_k (c_k [Q_k, ρ_{n−e_k}] + i c'_k {Q_k, ρ_{n−e_k}}),
 *   L_sys ρ = −i[H, ρ] + Σ_j γ_j (L_j ρ L_j† − ½{L_j† L_j, ρ}),
 * </pre>
 * k running over the exponents of all baths ({@link BathExponent}); ADOs beyond the depth are
 * zero. {@link #apply} is this action, matrix-free and in complex arithmetic on every ADO (the
 * certificate's independent residual); {@link HeomGenerator} is its real matrix.
 */
public final class HeomSystem {
    /** A Lindblad jump {@code γ (L ρ L† − ½{L†L, ρ})}. */
    public record Jump(CMatrix op, double rate) {
    }

    private final Space space;
    private final CMatrix hamiltonian;
    private final List<Jump> jumps;
    private final List<HeomBath> baths;
    private final int depth;
    private final List<BathExponent> exponents;
    private final List<Integer> bathOf = new ArrayList<>();
    private final Hierarchy hierarchy;

    public HeomSystem(Space space, CMatrix hamiltonian, List<Jump> jumps, List<HeomBath> baths, int depth) {
        this.space = space;
        this.hamiltonian = hamiltonian;
        this.jumps = List.copyOf(jumps);
        this.baths = List.copyOf(baths);
        this.depth = depth;
        int d = space.dimension();
        if (hamiltonian.rows() != d) {
            throw new IllegalArgumentException("H is " + hamiltonian.rows() + "-dimensional on a space of dimension " + d);
        }
        List<BathExponent> all = new ArrayList<>();
        for (int b = 0; b < baths.size(); b++) {
            if (baths.get(b).coupling().rows() != d) {
                throw new IllegalArgumentException("bath " + baths.get(b).name() + ": Q has the wrong dimension");
            }
            for (BathExponent e : baths.get(b).exponents()) {
                all.add(e);
                bathOf.add(b);
            }
        }
        this.exponents = List.copyOf(all);
        this.hierarchy = new Hierarchy(partners(), depth);
    }

    private int[] partners() {
        int[] p = new int[exponents.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = -1;
            for (int j = 0; j < p.length && p[k] < 0; j++) {
                if (bathOf.get(j).equals(bathOf.get(k)) && exponents.get(j).isConjugateOf(exponents.get(k), 1e-12)) {
                    p[k] = j;
                }
            }
            if (p[k] < 0) {
                throw new IllegalArgumentException("the exponents of bath " + baths.get(bathOf.get(k)).name()
                        + " are not closed under complex conjugation");
            }
        }
        return p;
    }

    public Space space() { return space; }

    public CMatrix hamiltonian() { return hamiltonian; }

    public List<Jump> jumps() { return jumps; }

    public List<HeomBath> baths() { return baths; }

    public int depth() { return depth; }

    public Hierarchy hierarchy() { return hierarchy; }

    /** All exponents, bath by bath. */
    public List<BathExponent> exponents() { return exponents; }

    /** The bath index of exponent k. */
    public int bathOf(int k) { return bathOf.get(k); }

    /** Q of exponent k. */
    public CMatrix coupling(int k) { return baths.get(bathOf.get(k)).coupling(); }

    /** The same system at another depth. */
    public HeomSystem withDepth(int d) {
        return new HeomSystem(space, hamiltonian, jumps, baths, d);
    }

    /** The same system with {@code terms} changed by {@code delta} in every bath (not below 0). */
    public HeomSystem withTermsChangedBy(int delta) {
        return new HeomSystem(space, hamiltonian, jumps,
                baths.stream().map(b -> b.withTerms(Math.max(0, b.terms() + delta))).toList(), depth);
    }

    /** The HEOM right-hand side applied to every ADO (complex, matrix-free). */
    public List<CMatrix> apply(List<CMatrix> ados) {
        List<CMatrix> out = new ArrayList<>(ados.size());
        for (int i = 0; i < hierarchy.size(); i++) {
            int[] n = hierarchy.label(i);
            CMatrix r = ados.get(i);
            CMatrix y = systemPart(r);
            double sr = 0;
            double si = 0;
            for (int k = 0; k < n.length; k++) {
                sr += n[k] * exponents.get(k).vk().re();
                si += n[k] * exponents.get(k).vk().im();
            }
            y = y.minus(r.scale(sr, si));
            for (int k = 0; k < n.length; k++) {
                CMatrix q = coupling(k);
                int up = hierarchy.neighbour(i, k, 1);
                if (up >= 0) {
                    y = y.plus(commutator(q, ados.get(up)).scale(0, -1));
                }
                int down = hierarchy.neighbour(i, k, -1);
                if (down >= 0) {
                    BathExponent e = exponents.get(k);
                    CMatrix x = ados.get(down);
                    Complex a = e.commutatorCoefficient().times(new Complex(0, -n[k]));
                    Complex b = e.anticommutatorCoefficient().times(new Complex(0, -n[k]));
                    y = y.plus(commutator(q, x).scale(a.re(), a.im())).plus(q.times(x).plus(x.times(q)).scale(b.re(), b.im()));
                }
            }
            out.add(y);
        }
        return out;
    }

    /** L_sys ρ. */
    CMatrix systemPart(CMatrix r) {
        CMatrix y = commutator(hamiltonian, r).scale(0, -1);
        for (Jump j : jumps) {
            CMatrix l = j.op();
            CMatrix ld = l.adjoint();
            CMatrix ll = ld.times(l);
            y = y.plus(l.times(r).times(ld).minus(ll.times(r).plus(r.times(ll)).scale(0.5, 0)).scale(j.rate(), 0));
        }
        return y;
    }

    private static CMatrix commutator(CMatrix a, CMatrix b) {
        return a.times(b).minus(b.times(a));
    }
}
