package dev.steadfast.model.build;

import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.InitialStateDecl;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.List;
import java.util.Map;

/**
 * Builds a named initial state ({@code initial_states:}) at one parameter point: evaluates every
 * entry, checks the dimension against the sites, and checks the state with
 * {@link InitialStates#of} (Hermitian, trace 1, positive semidefinite, each to 1e-10). A ket is
 * normalised. Problems are {@link ModelException}s naming {@code initial_states.NAME}.
 */
public final class InitialStateBuilder {
    private InitialStateBuilder() {
    }

    public static DensityMatrix build(ModelSpec spec, InitialStateDecl d, Map<String, Double> params, SiteLayout layout)
            throws ModelException {
        String entry = "initial_states." + d.name();
        Space space = layout.space();
        int dim = space.dimension();
        int n = d.ket() ? d.re().get(0).size() : d.re().size();
        if (n != dim) {
            throw new ModelException(spec.source(), d.line(), entry, (d.ket() ? "the ket has " + n + " entries" : "the matrix is "
                    + n + " x " + n) + " but the sites have dimension " + dim + " (basis order: the last site varies fastest, level 0 first)");
        }
        Evaluator ev = new Evaluator(params, null);
        double[][] re = values(spec, d, d.re(), ev, entry);
        double[][] im = d.im() == null ? new double[re.length][re[0].length] : values(spec, d, d.im(), ev, entry);
        try {
            if (d.ket()) {
                double norm = 0;
                for (int k = 0; k < dim; k++) {
                    norm += re[0][k] * re[0][k] + im[0][k] * im[0][k];
                }
                if (!(norm > 0) || Double.isInfinite(norm)) {
                    throw new ModelException(spec.source(), d.line(), entry, "the ket must have a finite, nonzero norm");
                }
                return InitialStates.of(States.pure(space, re[0], im[0]));
            }
            CMatrix m = new CMatrix(dim, dim);
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    m.set(i, j, re[i][j], im[i][j]);
                }
            }
            return InitialStates.of(space, m);
        } catch (IllegalArgumentException e) {
            throw new ModelException(spec.source(), d.line(), entry, e.getMessage().replace("initial state", "the state")
                    + " at " + params);
        }
    }

    private static double[][] values(ModelSpec spec, InitialStateDecl d, List<List<Specs.Formula>> rows, Evaluator ev,
                                     String entry) throws ModelException {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Specs.Formula> row = rows.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                Specs.Formula f = row.get(j);
                try {
                    out[i][j] = ev.real(f.expr(), "an entry of the state");
                } catch (ExprException e) {
                    throw new ModelException(spec.source(), f.line(), entry, e.getMessage() + ModelException.quoted(f.text()));
                }
            }
        }
        return out;
    }
}
