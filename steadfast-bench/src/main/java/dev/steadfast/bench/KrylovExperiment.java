package dev.steadfast.bench;

import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.Ilu0;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.system.OpenSystem;

/** Scratch experiment: iterations of GMRES with various preconditioners on the chain. */
public final class KrylovExperiment {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int restart = Integer.parseInt(args[1]);
        OpenSystem sys = BenchModels.xxChain(n);
        Liouvillian l = Liouvillian.of(sys);
        HermitianBasis basis = HermitianBasis.chargeNeutral(ChargeSymmetry.detect(sys).orElseThrow());
        long t0 = System.nanoTime();
        int tr = basis.diagonalCoordinates()[0];
        RealCsc m = new HermitianAssembler(l, basis).assemble(tr);
        System.out.printf("assembled n=%d nnz=%d in %.3f s%n", m.cols(), m.nnz(), (System.nanoTime() - t0) * 1e-9);
        double[] b = new double[m.cols()];
        b[tr] = 1;
        t0 = System.nanoTime();
        Ilu0 ilu = new Ilu0(m);
        System.out.printf("ilu0 %.3f s%n", (System.nanoTime() - t0) * 1e-9);
        for (int sdim : new int[] {}) {
            t0 = System.nanoTime();
            KrylovResult r = new dev.steadfast.linalg.Idrs(sdim, 20000, 1e-10).solve(LinearOperator.of(m), ilu, b, null);
            System.out.printf("idr(%d)+ilu0 iters=%d rel=%.2e conv=%s %.3f s%n", sdim, r.iterations(), r.relativeResidual(), r.converged(), (System.nanoTime() - t0) * 1e-9);
        }
        if (args.length < 3) {
            t0 = System.nanoTime();
            KrylovResult r = new Gmres(restart, 20000, 1e-10).solve(LinearOperator.of(m), ilu, b, null);
            System.out.printf("gmres(%d)+ilu0 iters=%d rel=%.2e conv=%s %.3f s%n", restart, r.iterations(), r.relativeResidual(), r.converged(), (System.nanoTime() - t0) * 1e-9);
            return;
        }
        double tau = Double.parseDouble(args[2]);
        int fill = Integer.parseInt(args[3]);
        t0 = System.nanoTime();
        dev.steadfast.linalg.Ilut ilut = new dev.steadfast.linalg.Ilut(m, tau, fill);
        System.out.printf("ilut nnz=%d %.3f s%n", ilut.nonzeros(), (System.nanoTime() - t0) * 1e-9);
        for (Preconditioner p : new Preconditioner[] {ilut, ilu}) {
            t0 = System.nanoTime();
            KrylovResult r = new Gmres(restart, 20000, 1e-10).solve(LinearOperator.of(m), p, b, null);
            System.out.printf("gmres(%d) iters=%d rel=%.2e conv=%s %.3f s%n", restart, r.iterations(), r.relativeResidual(), r.converged(), (System.nanoTime() - t0) * 1e-9);
        }
    }
}
