package dev.steadfast.bench;

import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.system.OpenSystem;

/** Times the assembly of the full (no symmetry) chain Liouvillian: {@code Bench assemble N...}. */
public final class AssemblyBench {
    private AssemblyBench() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            int n = Integer.parseInt(a);
            OpenSystem sys = BenchModels.xxChain(n);
            long t0 = System.nanoTime();
            Liouvillian l = Liouvillian.of(sys);
            HermitianBasis basis = HermitianBasis.full(l.hilbertDimension());
            RealCsc m = new HermitianAssembler(l, basis).assemble();
            double s = (System.nanoTime() - t0) * 1e-9;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("N=%d liouville_dimension=%d nnz=%d seconds=%.3f matrixMB=%.0f heapMB=%d%n", n, m.cols(), m.nnz(), s,
                    (m.nnz() * 12.0 + m.cols() * 4.0) / (1 << 20), (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }
}
