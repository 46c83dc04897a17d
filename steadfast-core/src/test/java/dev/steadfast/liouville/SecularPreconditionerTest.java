package dev.steadfast.liouville;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Eigensystem;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.LindbladDissipator;
import java.util.ArrayList;
import java.util.Random;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the secular approximation is exact (a thermal harmonic ladder: every jump connects
 * eigenstates of H), the preconditioner is the exact inverse of the normalised generator, so
 * applying it to 1/d gives the steady state: the Gibbs state.
 */
class SecularPreconditionerTest {

    @ParameterizedTest
    @CsvSource({"1.0, 0.7, 0.2", "0.5, 2.0, 1.0", "2.0, 0.3, 0.05"})
    void exactForAThermalOscillator(double w, double temperature, double rate) {
        Space s = Space.of(Site.boson("c", 12));
        Operator h = Operators.number(s, "c").scale(w);
        OpenSystem sys = new OpenSystem(h, List.of(new ThermalBath("bath", Operators.destroy(s, "c"), w, temperature, rate)));
        Liouvillian l = Liouvillian.of(sys);
        int[] q = ChargeSymmetry.detect(sys).orElseThrow();
        HermitianBasis basis = HermitianBasis.chargeNeutral(q);
        SecularPreconditioner p = new SecularPreconditioner(sys, l, basis, q);
        int[] diag = basis.diagonalCoordinates();
        double[] u = new double[basis.size()];
        for (int c : diag) {
            u[c] = 1.0 / diag.length;
        }
        double[] x = new double[basis.size()];
        p.apply(u, x);
        // truncated thermal ladder: p_n proportional to exp(-n w / T) on the kept levels
        double z = 0;
        for (int n = 0; n < diag.length; n++) {
            z += Math.exp(-n * w / temperature);
        }
        for (int n = 0; n < diag.length; n++) {
            assertEquals(Math.exp(-n * w / temperature) / z, x[diag[n]], 1e-12);
        }
    }

    /**
     * The preconditioner inverts the secular generator M_sec: built here independently from its
     * definition (class comment) with dense complex algebra in the eigenbasis of each charge block
     * (complex eigenvectors, no real form, no BLAS), M_sec is applied to a random Hermitian X and
     * the preconditioner must give X back. Generic couplings keep every block's spectrum simple, so
     * the eigenbasis (and M_sec) is unique up to phases, which M_sec does not see. A real
     * Hamiltonian exercises the real-form products, a complex one (hopping with a phase) the
     * complex path; both with charge blocks and on the full space.
     */
    @ParameterizedTest
    @CsvSource({"0.0, true", "0.7, true", "0.0, false", "0.7, false"})
    void invertsTheSecularGenerator(double phase, boolean useCharge) {
        int n = 4;
        Random rnd = new Random(3);
        Space s = Space.qubits("r", n);
        Operator h = Operator.zero(s);
        for (int i = 1; i <= n; i++) {
            h = h.plus(Operators.sigmaZ(s, "r[" + i + "]").scale(0.5 + 0.3 * rnd.nextDouble()));
        }
        for (int i = 1; i < n; i++) {
            Operator hop = Operators.sigmaPlus(s, "r[" + i + "]").times(Operators.sigmaMinus(s, "r[" + (i + 1) + "]"))
                    .scale(0.1 + 0.2 * rnd.nextDouble(), 0);
            Operator ph = hop.scale(Math.cos(phase * i), Math.sin(phase * i));
            h = h.plus(ph).plus(ph.dag());
        }
        List<Dissipator> d = new ArrayList<>();
        d.add(new LindbladDissipator("loss", Operators.sigmaMinus(s, "r[1]"), 0.07));
        d.add(new LindbladDissipator("gain", Operators.sigmaPlus(s, "r[" + n + "]"), 0.04));
        d.add(new LindbladDissipator("dephasing", Operators.sigmaZ(s, "r[2]"), 0.02));
        OpenSystem sys = new OpenSystem(h, d);
        Liouvillian l = Liouvillian.of(sys);
        int[] q = useCharge ? ChargeSymmetry.detect(sys).orElseThrow() : null;
        HermitianBasis basis = useCharge ? HermitianBasis.chargeNeutral(q) : HermitianBasis.full(s.dimension());
        SecularPreconditioner p = new SecularPreconditioner(sys, l, basis, q);

        int dim = s.dimension();
        int[] charge = q == null ? new int[dim] : q;
        // block-diagonal unitary of eigenvectors and the energies, block by block
        CMatrix hm = sys.hamiltonian().matrix().toDense();
        CMatrix v = new CMatrix(dim, dim);
        double[] energy = new double[dim];
        for (int c : java.util.Arrays.stream(charge).distinct().toArray()) {
            int[] states = java.util.stream.IntStream.range(0, dim).filter(i -> charge[i] == c).toArray();
            CMatrix hb = new CMatrix(states.length, states.length);
            for (int a = 0; a < states.length; a++) {
                for (int b = 0; b < states.length; b++) {
                    hb.set(a, b, hm.re(states[a], states[b]), hm.im(states[a], states[b]));
                }
            }
            Eigensystem e = HermitianEigen.decompose(hb);
            for (int a = 0; a < states.length; a++) {
                energy[states[a]] = e.values()[a];
                for (int b = 0; b < states.length; b++) {
                    v.set(states[a], states[b], e.vectors().re(a, b), e.vectors().im(a, b));
                }
            }
        }
        List<CMatrix> jumps = new ArrayList<>();
        for (SparseCMatrix j : l.scaledJumps()) {
            jumps.add(v.adjoint().times(j.toDense()).times(v));
        }
        double[] gamma = new double[dim];
        for (CMatrix j : jumps) {
            for (int e = 0; e < dim; e++) {
                for (int m = 0; m < dim; m++) {
                    gamma[m] += j.re(e, m) * j.re(e, m) + j.im(e, m) * j.im(e, m);
                }
            }
        }
        // a random Hermitian X with the block structure of the basis, in the eigenbasis: Y = V^dag X V
        double[] xc = new double[basis.size()];
        for (int i = 0; i < xc.length; i++) {
            xc[i] = rnd.nextGaussian();
        }
        CMatrix x = basis.toMatrix(xc);
        CMatrix y = v.adjoint().times(x).times(v);
        // M_sec in the eigenbasis
        CMatrix out = new CMatrix(dim, dim);
        double trace = y.traceRe();
        for (int e = 0; e < dim; e++) {
            for (int f = 0; f < dim; f++) {
                if (charge[e] != charge[f]) {
                    continue;
                }
                if (e == f) {
                    double pe = trace / dim - gamma[e] * y.re(e, e);
                    for (int m = 0; m < dim; m++) {
                        for (CMatrix j : jumps) {
                            pe += (j.re(e, m) * j.re(e, m) + j.im(e, m) * j.im(e, m)) * y.re(m, m);
                        }
                    }
                    out.set(e, e, pe, 0);
                } else {
                    double cr = -0.5 * (gamma[e] + gamma[f]);
                    double ci = -(energy[e] - energy[f]);
                    for (CMatrix j : jumps) {
                        // J_ee conj(J_ff)
                        cr += j.re(e, e) * j.re(f, f) + j.im(e, e) * j.im(f, f);
                        ci += j.im(e, e) * j.re(f, f) - j.re(e, e) * j.im(f, f);
                    }
                    out.set(e, f, cr * y.re(e, f) - ci * y.im(e, f), cr * y.im(e, f) + ci * y.re(e, f));
                }
            }
        }
        double[] r = basis.coordinates(v.times(out).times(v.adjoint()));
        double[] z = new double[basis.size()];
        p.apply(r, z);
        double err = 0;
        double size = 0;
        for (int i = 0; i < z.length; i++) {
            err = Math.max(err, Math.abs(z[i] - xc[i]));
            size = Math.max(size, Math.abs(xc[i]));
        }
        assertTrue(err <= 1e-9 * size, "P(M_sec X) differs from X by " + err);
    }
}
