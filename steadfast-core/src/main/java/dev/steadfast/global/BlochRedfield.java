package dev.steadfast.global;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.RealGenerator;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import java.util.List;

/**
 * A Bloch–Redfield generator {@code R(rho) = -i[H, rho] + sum_baths ([Lambda rho, A] + [A, rho Lambda†])}
 * (see {@link GlobalMasterEquation}), held as dense d x d matrices (small systems).
 *
 * <p>{@link #generator()} gives its real matrix in the Hermitian operator basis, usable by
 * {@link dev.steadfast.dynamics.Evolution} and {@link dev.steadfast.spectrum.Spectra}.
 * {@link #steadyState()} solves {@code R(rho) = 0, Tr rho = 1} by the one steady-state pipeline
 * ({@link RedfieldGenerator}), which certifies trace, Hermiticity and residual (by the dense action,
 * independent of the assembled matrix). Positivity is not guaranteed by Redfield theory (violations
 * are of second order in the coupling): the smallest eigenvalue is reported and never causes a
 * failure; a degenerate kernel is reported as not unique, as for every generator.
 */
public final class BlochRedfield {
    private final Operator h;
    private final CMatrix hd;
    private final List<CMatrix[]> terms;   // {A, Lambda} per bath
    private final List<String> names;      // the bath of each term
    private RealGenerator generator;

    BlochRedfield(Operator h, List<CMatrix[]> terms, List<String> names) {
        this.names = List.copyOf(names);
        this.h = h;
        this.hd = h.toDense();
        this.terms = List.copyOf(terms);
    }

    /** The names of the baths, in order. */
    public List<String> baths() {
        return names;
    }

    /**
     * The part of R(rho) due to the bath {@code bath}: {@code [Lambda rho, A] + [A, rho Lambda†]}, so
     * that {@code Tr[X D_bath(rho)]} is the rate at which the bath changes {@code <X>} (e.g. X = H:
     * the energy current from the bath into the system).
     *
     * @throws IllegalArgumentException for an unknown bath
     */
    public CMatrix dissipatorOf(String bath, CMatrix rho) {
        if (!names.contains(bath)) {
            throw new IllegalArgumentException("no Bloch-Redfield bath named '" + bath + "' (baths: " + String.join(", ", names) + ")");
        }
        int d = rho.rows();
        CMatrix out = new CMatrix(d, d);
        for (int k = 0; k < terms.size(); k++) {
            if (names.get(k).equals(bath)) {
                CMatrix a = terms.get(k)[0];
                CMatrix lr = terms.get(k)[1].times(rho);
                CMatrix rl = rho.times(terms.get(k)[1].adjoint());
                out = out.plus(lr.times(a)).minus(a.times(lr)).plus(a.times(rl)).minus(rl.times(a));
            }
        }
        return out;
    }

    /** R(rho) for a dense matrix. */
    public CMatrix apply(CMatrix rho) {
        CMatrix out = hd.times(rho).minus(rho.times(hd)).scale(0, -1);
        for (CMatrix[] t : terms) {
            CMatrix a = t[0];
            CMatrix lr = t[1].times(rho);
            CMatrix rl = rho.times(t[1].adjoint());
            out = out.plus(lr.times(a)).minus(a.times(lr)).plus(a.times(rl)).minus(rl.times(a));
        }
        return out;
    }

    /** The real Hermitian-basis matrix of R (built once, d^2 applications). */
    public synchronized RealGenerator generator() {
        if (generator == null) {
            generator = RealGenerator.fromSuperoperator(h.space(), this::apply);
        }
        return generator;
    }

    /** The steady state by the one pipeline ({@link SteadyStates}), positivity reported, not enforced. */
    public SteadyState<DensityMatrix> steadyState(SteadyStateOptions options) {
        return SteadyStates.solve(new RedfieldGenerator(this), options);
    }

    /** {@link #steadyState(SteadyStateOptions)} with the default options. */
    public SteadyState<DensityMatrix> steadyState() {
        return steadyState(SteadyStateOptions.defaults());
    }

    /** This tensor as a {@link dev.steadfast.liouville.Generator} for the steady-state pipeline and manifold. */
    public RedfieldGenerator steadyStateGenerator() {
        return new RedfieldGenerator(this);
    }
}
