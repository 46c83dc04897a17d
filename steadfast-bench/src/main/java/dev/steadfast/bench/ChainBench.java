package dev.steadfast.bench;

import dev.steadfast.operator.Operators;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;

/** Times the boundary-driven chain of chain_steady.py: {@code ChainBench N...}. */
public final class ChainBench {
    private ChainBench() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            int n = Integer.parseInt(a);
            long t0 = System.nanoTime();
            OpenSystem sys = BenchModels.xxChain(n);
            SteadyState ss = SteadyStates.solve(sys);
            double total = (System.nanoTime() - t0) * 1e-9;
            double current = ss.rho().expect(BenchModels.chainCurrent(sys.space()));
            var d = ss.diagnostics();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("N=%d seconds=%.3f solver_seconds=%.3f current=%.10e unknowns=%d nnz=%d lu_nnz=%d residual=%.2e mineig=%.2e cond=%.2e usedMB=%d method=%s%n",
                    n, total, d.seconds(), current, d.dimension(), d.nonzeros(), d.factorNonzeros(), d.residual(),
                    d.minEigenvalue(), d.conditionEstimate(), (rt.totalMemory() - rt.freeMemory()) >> 20, d.method());
        }
    }
}
