package dev.steadfast.model.build;

import dev.steadfast.measure.EnergyCoherence;
import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.measure.LocalFilter;
import dev.steadfast.measure.Measures;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.SiteKind;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The measure functions of format v1, checked against the instance (sites exist, qubits where
 * qubits are needed, dissipator names exist) and bound to the measure implementations of
 * steadfast-core. Site lists are comma-separated site names, array elements {@code r[i]} and
 * array names (meaning every site of the array); {@code A | B} separates a bipartition.
 */
final class MeasureFunctions implements MeasureCalls<DensityMatrix> {
    static final Set<String> NAMES = Set.of("concurrence", "negativity", "log_negativity", "entanglement_of_formation",
            "entropy", "purity", "mutual_information", "coherence_l1", "coherence_re", "fidelity", "expect", "expect_im",
            "heat_current", "entropy_production", "discord", "squeezing_ku", "squeezing_wineland",
            "filter", "filter_probability", "coherence_l1_energy", "coherence_re_energy",
            "epr_variance", "squeezing");

    private final Evaluator ev;
    private final SiteLayout layout;
    private final OpenSystem system;
    private final TransportMeasures transport;

    MeasureFunctions(Evaluator ev, SiteLayout layout, OpenSystem system) {
        this.ev = ev;
        this.layout = layout;
        this.system = system;
        this.transport = new TransportMeasures(ev, system);
    }

    static boolean isMeasure(String name) {
        return NAMES.contains(name) || TransportMeasures.NAMES.contains(name);
    }

    @Override
    public CompiledMeasure<DensityMatrix> compile(Expr.Call c) throws ExprException {
        String f = c.name();
        if (TransportMeasures.NAMES.contains(f)) {
            return transport.compile(c);
        }
        switch (f) {
            case "concurrence": {
                int[] ab = qubitPair(c);
                return rho -> Measures.concurrence(rho, ab[0], ab[1]);
            }
            case "entanglement_of_formation": {
                int[] ab = qubitPair(c);
                return rho -> Measures.entanglementOfFormation(rho, ab[0], ab[1]);
            }
            case "discord": {
                int[] ab = qubitPair(c);
                return Discord.bind(ab[0], ab[1], c.pos());
            }
            case "negativity": {
                int[][] p = bipartition(c);
                return rho -> Measures.negativity(rho, p[0], p[1]);
            }
            case "log_negativity": {
                int[][] p = bipartition(c);
                return rho -> Measures.logNegativity(rho, p[0], p[1]);
            }
            case "mutual_information": {
                int[][] p = bipartition(c);
                return rho -> Measures.mutualInformation(rho, p[0], p[1]);
            }
            case "entropy": {
                int[] a = oneList(c);
                return rho -> Measures.entropy(rho, a);
            }
            case "purity": {
                int[] a = oneList(c);
                return rho -> Measures.purity(rho, a);
            }
            case "coherence_l1": {
                int[] a = oneList(c);
                return rho -> Measures.coherenceL1(rho, a);
            }
            case "coherence_re": {
                int[] a = oneList(c);
                return rho -> Measures.coherenceRelativeEntropy(rho, a);
            }
            case "fidelity":
                return fidelity(c);
            case "filter":
                return filter(c);
            case "filter_probability": {
                if (c.args().size() != 1 || c.bar() >= 0) {
                    throw new ExprException("filter_probability takes one operator: filter_probability(K)", c.pos());
                }
                Operator k = ev.operator(c.args().get(0));
                return rho -> LocalFilter.probability(rho, k);
            }
            case "coherence_l1_energy":
            case "coherence_re_energy": {
                wholeSystem(c);
                Operator h = system.hamiltonian();
                return f.equals("coherence_l1_energy") ? rho -> EnergyCoherence.l1(rho, h)
                        : rho -> EnergyCoherence.relativeEntropy(rho, h);
            }
            case "expect":
            case "expect_im": {
                if (c.args().size() != 1 || c.bar() >= 0) {
                    throw new ExprException(f + " takes one operator expression: " + f + "(sz(q1))", c.pos());
                }
                Operator o = ev.operator(c.args().get(0));
                int part = f.equals("expect") ? 0 : 1;
                return rho -> rho.expectComplex(o)[part];
            }
            case "heat_current":
                return heatCurrent(c);
            case "epr_variance": {
                int[] ab = oneList(c);
                if (ab.length != 2) {
                    throw new ExprException("epr_variance takes two bosons: epr_variance(c1, c2)", c.pos());
                }
                return QuadratureMeasures.eprVariance(layout.space(), ab[0], ab[1], c.pos());
            }
            case "squeezing": {
                int[] a = oneList(c);
                if (a.length != 1) {
                    throw new ExprException("squeezing takes one boson: squeezing(c)", c.pos());
                }
                return QuadratureMeasures.squeezing(layout.space(), a[0], c.pos());
            }
            case "squeezing_ku":
            case "squeezing_wineland":
                throw new ExprException(f + " is defined on a permutation-invariant ensemble: declare the site as "
                        + "{ensemble: N} and write " + f + "(e)", c.pos());
            case "entropy_production":
                if (!c.args().isEmpty()) {
                    throw new ExprException("entropy_production() takes no arguments", c.pos());
                }
                return rho -> HeatCurrents.entropyProduction(system, rho);
            default:
                throw new ExprException("unknown measure '" + f + "'", c.pos());
        }
    }

    private CompiledMeasure<DensityMatrix> heatCurrent(Expr.Call c) throws ExprException {
        if (c.args().size() != 1 || !(c.args().get(0) instanceof Expr.Name n)) {
            throw new ExprException("heat_current takes the name of a dissipator: heat_current(hot)", c.pos());
        }
        Set<String> names = system.byName().keySet();
        if (!names.contains(n.name())) {
            throw new ExprException("unknown dissipator '" + n.name() + "' (named dissipators: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + "; give one a name: ...)", n.pos());
        }
        String name = n.name();
        return rho -> HeatCurrents.heatCurrent(system, rho, name);
    }

    private CompiledMeasure<DensityMatrix> fidelity(Expr.Call c) throws ExprException {
        List<Expr> args = c.args();
        if (args.size() < 2 || c.bar() >= 0 || !(args.get(args.size() - 1) instanceof Expr.Name bell)) {
            throw new ExprException("fidelity takes two qubits and a Bell state: fidelity(q1, q2, bell_phi_plus)", c.pos());
        }
        States.Bell state = bell(bell);
        int[] sites = sites(args.subList(0, args.size() - 1), new LinkedHashSet<>());
        if (sites.length != 2) {
            throw new ExprException("fidelity with a Bell state needs exactly two qubits, got " + sites.length + " sites", c.pos());
        }
        requireQubits(c, sites);
        return rho -> Measures.bellFidelity(rho, sites[0], sites[1], state);
    }

    /** The Bell state named by the last argument of fidelity. */
    static States.Bell bell(Expr.Name bell) throws ExprException {
        return switch (bell.name()) {
            case "bell_phi_plus" -> States.Bell.PHI_PLUS;
            case "bell_phi_minus" -> States.Bell.PHI_MINUS;
            case "bell_psi_plus" -> States.Bell.PSI_PLUS;
            case "bell_psi_minus" -> States.Bell.PSI_MINUS;
            default -> throw new ExprException("unknown Bell state '" + bell.name()
                    + "' (bell_phi_plus, bell_phi_minus, bell_psi_plus, bell_psi_minus)", bell.pos());
        };
    }

    private int[] qubitPair(Expr.Call c) throws ExprException {
        if (c.bar() >= 0) {
            throw new ExprException(c.name() + " takes two qubits separated by a comma: " + c.name() + "(q1, q2)", c.pos());
        }
        int[] ab = sites(c.args(), new LinkedHashSet<>());
        if (ab.length != 2) {
            throw new ExprException(c.name() + " needs exactly two qubits, got " + ab.length + " sites", c.pos());
        }
        requireQubits(c, ab);
        return ab;
    }

    private void requireQubits(Expr.Call c, int[] sites) throws ExprException {
        Space space = layout.space();
        for (int k : sites) {
            if (space.site(k).kind() != SiteKind.QUBIT) {
                throw new ExprException(c.name() + " needs qubits, but " + space.site(k).name() + " is a "
                        + SiteOperators.kindName(space.site(k).kind()), c.pos());
            }
        }
    }

    private int[][] bipartition(Expr.Call c) throws ExprException {
        if (c.bar() <= 0 || c.bar() >= c.args().size()) {
            throw new ExprException(c.name() + " needs a bipartition A | B, e.g. " + c.name() + "(q1 | q2)", c.pos());
        }
        Set<Integer> seen = new LinkedHashSet<>();
        int[] a = sites(c.args().subList(0, c.bar()), seen);
        int[] b = sites(c.args().subList(c.bar(), c.args().size()), seen);
        return new int[][] {a, b};
    }

    /**
     * {@code filter(K, measure)}: the measure on the filtered state K ρ K†/Tr(K ρ K†); NaN where
     * the filter never succeeds (Tr(K ρ K†) ≤ 1e-14).
     */
    private CompiledMeasure<DensityMatrix> filter(Expr.Call c) throws ExprException {
        if (c.args().size() != 2 || c.bar() >= 0) {
            throw new ExprException("filter takes an operator and a measure: filter(K, concurrence(q1, q2))", c.pos());
        }
        Operator k = ev.operator(c.args().get(0));
        CompiledMeasure<DensityMatrix> inner = MeasureCompiler.forSystem(ev, layout, system).compile(c.args().get(1));
        return rho -> LocalFilter.probability(rho, k) > 1e-14 ? inner.apply(LocalFilter.apply(rho, k)) : Double.NaN;
    }

    /** The energy coherences take no sites or every site: the eigenbasis of H belongs to the whole system. */
    private void wholeSystem(Expr.Call c) throws ExprException {
        if (c.args().isEmpty()) {
            return;
        }
        int[] a = oneList(c);
        if (a.length != layout.space().size()) {
            throw new ExprException(c.name() + " is taken in the eigenbasis of the whole system's H: write " + c.name()
                    + "() (or list every site)", c.pos());
        }
    }

    private int[] oneList(Expr.Call c) throws ExprException {
        if (c.bar() >= 0 || c.args().isEmpty()) {
            throw new ExprException(c.name() + " takes one list of sites, e.g. " + c.name() + "(q1, q2)", c.pos());
        }
        return sites(c.args(), new LinkedHashSet<>());
    }

    private int[] sites(List<Expr> args, Set<Integer> seen) throws ExprException {
        List<Integer> out = new ArrayList<>();
        for (Expr a : args) {
            int[] ks = a instanceof Expr.Name n && layout.isArray(n.name())
                    ? layout.arraySites(n.name()) : new int[] {SiteOperators.site(ev, layout, a)};
            for (int k : ks) {
                if (!seen.add(k)) {
                    throw new ExprException("site " + layout.space().site(k).name() + " is listed twice", a.pos());
                }
                out.add(k);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Quantum discord D(a|b), measuring b. */
    private static final class Discord {
        static CompiledMeasure<DensityMatrix> bind(int a, int b, int pos) {
            return rho -> Measures.discord(rho, a, b);
        }
    }
}
