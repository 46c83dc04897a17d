package dev.steadfast.bench;

import dev.steadfast.operator.Operators;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;

/**
 * Times the boundary-driven chain of chain_steady.py: {@code ChainBench N...}. Up to N = 9 the
 * solver time is the median of three solves after a warm-up solve of the same size.
 */
public final class ChainBench {
    private ChainBench() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            int n = Integer.parseInt(a);
            // up to N = 9: a warm-up solve, then the median of three (the cost without JIT compilation)
            int reps = n <= 9 ? 3 : 1;
            if (n <= 9) {
                SteadyStates.solve(BenchModels.xxChain(n));
            }
            double[] seconds = new double[reps];
            SteadyState.Unique<DensityMatrix> ss = null;
            OpenSystem sys = null;
            double total = 0;
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                sys = BenchModels.xxChain(n);
                ss = (SteadyState.Unique<DensityMatrix>) SteadyStates.solve(sys);
                total = (System.nanoTime() - t0) * 1e-9;
                seconds[r] = ss.cost().seconds();
            }
            java.util.Arrays.sort(seconds);
            double current = ss.rho().expect(BenchModels.chainCurrent(sys.space()));
            var d = ss.cost();
            var c = ss.certificate();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("N=%d seconds=%.3f solver_seconds=%.3f current=%.10e unknowns=%d nnz=%d lu_nnz=%d residual=%.2e mineig=%.2e cond=%.2e usedMB=%d method=%s%n",
                    n, total, seconds[reps / 2], current, d.unknowns(), d.nonzeros(), d.factorNonzeros(), c.residual(),
                    c.minEigenvalue(), d.conditionEstimate(), (rt.totalMemory() - rt.freeMemory()) >> 20, ss.route().describe());
        }
    }
}
