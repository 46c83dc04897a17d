package dev.steadfast.global;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.linalg.SparseCMatrixBuilder;
import dev.steadfast.operator.Operator;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.DaviesChannel;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * Global master equations of a system H weakly coupled to thermal baths ({@link GlobalBath}),
 * derived in the eigenbasis of H (Born–Markov; Breuer &amp; Petruccione ch. 3).
 *
 * <p><b>Davies (secular) form</b>, {@link #davies}: a Lindblad equation
 * {@code d rho/dt = -i[H + H_LS, rho] + sum_baths sum_w gamma(w) (A(w) rho A(w)† - 1/2 {A(w)†A(w), rho})}
 * with the Bohr components {@code A(w) = sum_{e'-e=w} P(e) A P(e')} at every Bohr frequency w
 * (degenerate levels and frequencies grouped within {@link DaviesOptions#energyTolerance()}),
 * the rates gamma(w) of {@link SpectralDensity} (w = 0: pure dephasing at gamma(0)), and the
 * optional Lamb shift {@code H_LS = sum_w S(w) A(w)†A(w)}. Any bath, or all baths at one
 * temperature, has the Gibbs state of H as a steady state (detailed balance). The result is an
 * ordinary {@link OpenSystem}; each channel carries its bath's name. A w = 0 channel with an
 * infinite rate (flat bath at T > 0) is rejected unless A(0) is proportional to the identity.
 *
 * <p><b>Bloch–Redfield</b>, {@link #blochRedfield}: the same Born–Markov equation without the
 * secular approximation,
 * <pre>
 *   d rho/dt = -i[H, rho] + sum_baths ( [Lambda rho, A] + [A, rho Lambda†] ),
 *   Lambda = sum_{w} Gamma(w) A(w),   i.e. Lambda_ab = Gamma(E_b - E_a) A_ab in the eigenbasis,
 *   Gamma(w) = gamma(w)/2 + i S(w),
 * </pre>
 * from {@code d rho/dt = sum_{w,w'} Gamma(w) (A(w) rho A(w')† - A(w')† A(w) rho) + h.c.} and
 * {@code sum_w' A(w')† = A}. It keeps the principal-value (shift) part S, which is what produces
 * steady-state coherences for couplings that are neither purely transverse nor purely longitudinal
 * (Guarnieri et al. 2018). It is not of Lindblad form and need not preserve positivity.
 */
public final class GlobalMasterEquation {
    private GlobalMasterEquation() {
    }

    public static OpenSystem davies(Operator h, List<GlobalBath> baths) {
        return davies(h, baths, DaviesOptions.defaults());
    }

    public static OpenSystem davies(Operator h, List<GlobalBath> baths, DaviesOptions options) {
        checkSpaces(h, baths);
        BohrDecomposition bohr = new BohrDecomposition(h.toDense(), options.energyTolerance());
        int d = h.space().dimension();
        CMatrix lamb = new CMatrix(d, d);
        List<DaviesChannel> dissipators = new ArrayList<>();
        for (GlobalBath bath : baths) {
            for (BohrDecomposition.Component c : bohr.components(bath.coupling().toDense())) {
                double w = c.frequency();
                CMatrix a = c.operator();
                double rate = bath.density().rate(w, bath.temperature());
                boolean trivial = w == 0 && isMultipleOfIdentity(a);
                if (!trivial && rate > 0) {
                    if (Double.isInfinite(rate)) {
                        throw new InvalidSystemException(bath.name(), "the zero-frequency (pure dephasing) rate of this "
                                + "spectral density is infinite at T = " + bath.temperature() + " and the coupling has a "
                                + "nonzero w = 0 component; use a spectral density with J(w) -> 0 as w -> 0 (ohmic)");
                    }
                    dissipators.add(new DaviesChannel(bath.name(), toOperator(h, a), rate, w, bath.temperature()));
                }
                if (options.lambShift()) {
                    double s = bath.density().shift(w, bath.temperature());
                    lamb = lamb.plus(a.adjoint().times(a).scale(s, 0));
                }
            }
        }
        Operator hs = options.lambShift() ? h.plus(toOperator(h, lamb.hermitianPart())) : h;
        return new OpenSystem(hs, dissipators);
    }

    /** The Bloch–Redfield generator (see the class comment). */
    public static BlochRedfield blochRedfield(Operator h, List<GlobalBath> baths) {
        return blochRedfield(h, baths, DaviesOptions.defaults().energyTolerance());
    }

    public static BlochRedfield blochRedfield(Operator h, List<GlobalBath> baths, double energyTolerance) {
        return blochRedfield(h, baths, energyTolerance, true);
    }

    /**
     * The Bloch–Redfield generator, with ({@code principalValue}, the default) or without the
     * principal-value part S(ω) of Γ(ω) = γ(ω)/2 + i S(ω). Without it, Γ = γ/2 is the tensor of
     * QuTiP's {@code brmesolve}/{@code bloch_redfield_tensor}, which drop S: the Lamb shifts and the
     * steady-state coherences that S alone produces (Guarnieri et al. 2018) are then absent.
     */
    public static BlochRedfield blochRedfield(Operator h, List<GlobalBath> baths, double energyTolerance, boolean principalValue) {
        checkSpaces(h, baths);
        BohrDecomposition bohr = new BohrDecomposition(h.toDense(), energyTolerance);
        int d = h.space().dimension();
        List<CMatrix[]> terms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (GlobalBath bath : baths) {
            names.add(bath.name());
            CMatrix ae = bohr.eigen().toEigenbasis(bath.coupling().toDense());
            CMatrix lam = new CMatrix(d, d);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double re = ae.re(a, b);
                    double im = ae.im(a, b);
                    if (re == 0 && im == 0) {
                        continue;
                    }
                    double w = bohr.energy(b) - bohr.energy(a);
                    if (Math.abs(w) <= bohr.tolerance()) {
                        w = 0;
                    }
                    double g = bath.density().rate(w, bath.temperature());
                    if (Double.isInfinite(g)) {
                        throw new InvalidSystemException(bath.name(), "infinite zero-frequency rate for this spectral density "
                                + "at T = " + bath.temperature() + "; use a spectral density with J(w) -> 0 as w -> 0 (ohmic)");
                    }
                    double gr = 0.5 * g;
                    double gi = principalValue ? bath.density().shift(w, bath.temperature()) : 0;
                    lam.set(a, b, gr * re - gi * im, gr * im + gi * re);
                }
            }
            terms.add(new CMatrix[] {bath.coupling().toDense(), bohr.eigen().fromEigenbasis(lam)});
        }
        return new BlochRedfield(h, terms, names);
    }

    private static boolean isMultipleOfIdentity(CMatrix a) {
        int d = a.rows();
        double tr = a.traceRe() / d;
        double ti = a.traceIm() / d;
        CMatrix diff = a.minus(CMatrix.identity(d).scale(tr, ti));
        return diff.frobeniusNorm() <= 1e-12 * Math.max(1, a.frobeniusNorm());
    }

    /** The dense matrix as an operator, dropping entries below 1e-14 of the largest (rounding noise). */
    static Operator toOperator(Operator like, CMatrix m) {
        double max = 0;
        for (int k = 0; k < m.re().length; k++) {
            max = Math.max(max, Math.hypot(m.re()[k], m.im()[k]));
        }
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(m.rows(), m.cols());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                if (Math.hypot(m.re(i, j), m.im(i, j)) > 1e-14 * max) {
                    b.add(i, j, m.re(i, j), m.im(i, j));
                }
            }
        }
        return new Operator(like.space(), b.build());
    }

    private static void checkSpaces(Operator h, List<GlobalBath> baths) {
        for (GlobalBath b : baths) {
            if (!b.coupling().space().equals(h.space())) {
                throw new InvalidSystemException(b.name(), "coupling acts on " + b.coupling().space()
                        + " but the Hamiltonian acts on " + h.space());
            }
        }
    }
}
