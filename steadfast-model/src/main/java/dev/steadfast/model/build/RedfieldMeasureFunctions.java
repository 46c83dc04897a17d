package dev.steadfast.model.build;

import dev.steadfast.global.BlochRedfield;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import java.util.Set;

/**
 * The measures of a model with Bloch–Redfield baths: every measure of an ordinary model, with the
 * currents of a Redfield bath b taken from its own part of the generator,
 * {@code D_b(rho) = [Lambda_b rho, A_b] + [A_b, rho Lambda_b†]} ({@link BlochRedfield#dissipatorOf}):
 * {@code energy_current(b) = heat_current(b) = Tr[H D_b(rho)]} (a bosonic bath exchanges no
 * particles, μ = 0) and {@code particle_current(b) = Tr[N D_b(rho)]}, N the total excitation —
 * each the rate at which the bath changes the system's ⟨H⟩ or ⟨N⟩, positive into the system. Their
 * sum over the baths vanishes in the steady state (the first law). Counting statistics and
 * {@code entropy_production()} need jump operators or per-bath temperatures in Lindblad form and are
 * refused for a Redfield bath, naming it.
 */
final class RedfieldMeasureFunctions implements MeasureCalls<DensityMatrix> {
    private static final Set<String> CURRENTS = Set.of("heat_current", "energy_current", "particle_current");
    private static final Set<String> COUNTING = Set.of("current_cumulant", "energy_cumulant", "current_noise", "fano", "tur");

    private final MeasureFunctions ordinary;
    private final BlochRedfield redfield;
    private final SparseCMatrix hamiltonian;
    private final SparseCMatrix number;

    RedfieldMeasureFunctions(MeasureFunctions ordinary, BlochRedfield redfield, Operator hamiltonian) {
        this.ordinary = ordinary;
        this.redfield = redfield;
        this.hamiltonian = hamiltonian.matrix();
        this.number = HeatCurrents.excitationNumber(hamiltonian.space()).matrix();
    }

    @Override
    public CompiledMeasure<DensityMatrix> compile(Expr.Call c) throws ExprException {
        String f = c.name();
        if (f.equals("entropy_production") || f.equals("power") || f.equals("efficiency")) {
            throw new ExprException(f + "() is not available for a model with Bloch-Redfield baths; use heat_current(name) "
                    + "of each bath", c.pos());
        }
        String bath = c.args().size() >= 1 && c.args().get(0) instanceof Expr.Name n && redfield.baths().contains(n.name())
                ? n.name() : null;
        if (bath != null && COUNTING.contains(f)) {
            throw new ExprException(f + "(" + bath + "): counting statistics need the bath's jump operators, and a "
                    + "Bloch-Redfield bath has none (use form: davies for a Lindblad form)", c.pos());
        }
        if (bath != null && CURRENTS.contains(f)) {
            if (c.args().size() != 1) {
                throw new ExprException(f + " takes the name of a bath: " + f + "(" + bath + ")", c.pos());
            }
            SparseCMatrix x = f.equals("particle_current") ? number : hamiltonian;
            return rho -> traceProduct(x, redfield.dissipatorOf(bath, rho.matrix()));
        }
        return ordinary.compile(c);
    }

    /** Re Tr[X Y] for a sparse X and a dense Y. */
    private static double traceProduct(SparseCMatrix x, dev.steadfast.linalg.CMatrix y) {
        double s = 0;
        int[] rp = x.rowPtr();
        int[] ci = x.colIdx();
        for (int i = 0; i < x.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                int j = ci[p];
                // Tr[X Y] = sum_ij X_ij Y_ji
                s += x.valuesRe()[p] * y.re(j, i) - x.valuesIm()[p] * y.im(j, i);
            }
        }
        return s;
    }
}
