package dev.steadfast.model.build;

import dev.steadfast.counting.CountingField;
import dev.steadfast.counting.Cumulants;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.Set;

/**
 * The transport measures of one instance, per named bath (sign: into the system from the bath):
 * {@code particle_current(b) = Tr[N D_b(ρ)]} (N the total excitation, the particle number of
 * fermion sites), {@code energy_current(b) = Tr[H D_b(ρ)]}; {@code power() = Σ_b heat_current(b)}
 * (the work the steady state delivers per unit time) and {@code efficiency() = power / Σ_{b: J_Q,b > 0} J_Q,b};
 * and the full counting statistics of a bath: {@code current_cumulant(b, k)} and
 * {@code energy_cumulant(b, k)} (the k-th scaled cumulant, k ≥ 1, of the particles or energy
 * transferred into the system from b), {@code current_noise(b) = current_cumulant(b, 2)},
 * {@code fano(b) = noise/|current|} and {@code tur(b) = noise σ / current²} (σ = entropy_production()).
 * The cumulants use {@link Cumulants} on this instance's generator, factorised once per instance.
 */
final class TransportMeasures {
    static final Set<String> NAMES = Set.of("particle_current", "energy_current", "current_cumulant", "energy_cumulant",
            "current_noise", "fano", "tur", "power", "efficiency");

    private final Evaluator ev;
    private final OpenSystem system;
    private Cumulants cumulants;

    TransportMeasures(Evaluator ev, OpenSystem system) {
        this.ev = ev;
        this.system = system;
    }

    CompiledMeasure<DensityMatrix> compile(Expr.Call c) throws ExprException {
        String f = c.name();
        switch (f) {
            case "power":
            case "efficiency":
                if (!c.args().isEmpty()) {
                    throw new ExprException(f + "() takes no arguments", c.pos());
                }
                return f.equals("power") ? this::power : this::efficiency;
            case "particle_current": {
                String b = bath(c, 1);
                Operator n = HeatCurrents.excitationNumber(system.space());
                return rho -> HeatCurrents.flow(system, rho, b, n);
            }
            case "energy_current": {
                String b = bath(c, 1);
                return rho -> HeatCurrents.flow(system, rho, b, system.hamiltonian());
            }
            case "current_cumulant":
            case "energy_cumulant": {
                String b = bath(c, 2);
                int k = ev.integer(c.args().get(1), "the cumulant order");
                if (k < 1) {
                    throw new ExprException("the cumulant order must be an integer >= 1, got " + k, c.args().get(1).pos());
                }
                boolean energy = f.equals("energy_cumulant");
                field(b, energy, c);
                return rho -> cumulants(rho, b, energy, k)[k];
            }
            case "current_noise": {
                String b = bath(c, 1);
                field(b, false, c);
                return rho -> cumulants(rho, b, false, 2)[2];
            }
            case "fano": {
                String b = bath(c, 1);
                field(b, false, c);
                return rho -> {
                    double[] k = cumulants(rho, b, false, 2);
                    return k[2] / Math.abs(k[1]);
                };
            }
            case "tur": {
                String b = bath(c, 1);
                field(b, false, c);
                return rho -> {
                    double[] k = cumulants(rho, b, false, 2);
                    return k[2] * HeatCurrents.entropyProduction(system, rho) / (k[1] * k[1]);
                };
            }
            default:
                throw new ExprException("unknown measure '" + f + "'", c.pos());
        }
    }

    private double power(DensityMatrix rho) {
        double p = 0;
        for (String b : system.byName().keySet()) {
            p += HeatCurrents.heatCurrent(system, rho, b);
        }
        return p;
    }

    private double efficiency(DensityMatrix rho) {
        double in = 0;
        for (String b : system.byName().keySet()) {
            in += Math.max(0, HeatCurrents.heatCurrent(system, rho, b));
        }
        // no bath gives heat (equilibrium, or a point where every heat current vanishes): undefined, NaN
        // (JSON null, a blank point in a sweep) rather than an error that would lose the other measures
        return in == 0 ? Double.NaN : power(rho) / in;
    }

    private synchronized double[] cumulants(DensityMatrix rho, String bath, boolean energy, int order) {
        if (cumulants == null) {
            cumulants = new Cumulants(LindbladGenerator.of(system));
        }
        CountingField field = energy ? CountingField.energy(system, bath) : CountingField.particles(system, bath);
        return cumulants.of(rho, field, order);
    }

    /** Checks now, before any solve, that the bath's jumps can be counted. */
    private void field(String bath, boolean energy, Expr.Call c) throws ExprException {
        try {
            if (energy) {
                CountingField.energy(system, bath);
            } else {
                CountingField.particles(system, bath);
            }
        } catch (MeasureException e) {
            throw new ExprException(c.name() + ": " + e.getMessage(), c.pos());
        }
    }

    /** The bath name, first of {@code arity} arguments; it must name a dissipator. */
    private String bath(Expr.Call c, int arity) throws ExprException {
        String form = c.name() + (arity == 2 ? "(bath, k)" : "(bath)");
        if (c.args().size() != arity || c.bar() >= 0 || !(c.args().get(0) instanceof Expr.Name n)) {
            throw new ExprException(c.name() + " takes " + (arity == 2 ? "a bath name and an order: " : "a bath name: ") + form,
                    c.pos());
        }
        Set<String> names = system.byName().keySet();
        if (!names.contains(n.name())) {
            throw new ExprException("unknown bath '" + n.name() + "' in " + c.name() + " (named dissipators: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")", n.pos());
        }
        return n.name();
    }
}
