package dev.steadfast.bench;

import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.liouville.SecularPreconditioner;
import dev.steadfast.system.OpenSystem;

/** Scratch: GMRES with the secular preconditioner on the chain. */
public final class SecularExperiment {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int restart = Integer.parseInt(args[1]);
        OpenSystem sys = BenchModels.xxChain(n);
        Liouvillian l = Liouvillian.of(sys);
        int[] q = ChargeSymmetry.detect(sys).orElseThrow();
        HermitianBasis basis = HermitianBasis.chargeNeutral(q);
        long t0 = System.nanoTime();
        RealCsc m = new HermitianAssembler(l, basis).assemble();
        int[] diag = basis.diagonalCoordinates();
        int d = diag.length;
        System.out.printf("assembled n=%d nnz=%d in %.3f s%n", m.cols(), m.nnz(), (System.nanoTime() - t0) * 1e-9);
        t0 = System.nanoTime();
        SecularPreconditioner p = new SecularPreconditioner(sys, l, basis, q);
        System.out.printf("secular built %.3f s%n", (System.nanoTime() - t0) * 1e-9);
        LinearOperator op = new LinearOperator() {
            public int size() { return m.cols(); }
            public void apply(double[] x, double[] y) {
                m.multiply(x, y);
                double tr = 0;
                for (int c : diag) tr += x[c];
                for (int c : diag) y[c] += tr / d;
            }
        };
        double[] b = new double[m.cols()];
        for (int c : diag) b[c] = 1.0 / d;
        double[] x0 = new double[m.cols()];
        t0 = System.nanoTime();
        p.apply(b, x0);
        System.out.printf("one application %.3f s%n", (System.nanoTime() - t0) * 1e-9);
        t0 = System.nanoTime();
        KrylovResult r = new Gmres(restart, 5000, 1e-11).solve(op, p, b, x0);
        System.out.printf("gmres(%d)+secular iters=%d rel=%.2e conv=%s %.3f s%n", restart, r.iterations(), r.relativeResidual(), r.converged(), (System.nanoTime() - t0) * 1e-9);
        double tr = 0;
        for (int c : diag) tr += r.x()[c];
        System.out.println("trace " + tr);
    }
}
