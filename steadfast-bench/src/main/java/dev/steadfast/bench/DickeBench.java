package dev.steadfast.bench;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.ensemble.EnsembleState;

/**
 * Benchmark entry point: the steady state of the model of {@code bench/qutip/dicke_steady.py}
 * (H = jz + 0.5 jx; collective emission 1, local emission 1, local pumping 0.5, PIQS local
 * dephasing 0.1, i.e. our rate 0.025) for the N given as arguments (default 40 100 200).
 * Prints one line per N: seconds, unknowns, nonzeros of the generator and of its LU factors,
 * residual, {@code <jz>/N} and {@code <jz^2>}. Up to N = 60 the time is the median of three solves
 * after a warm-up solve of the same size (the steady-state cost, without JIT compilation); larger
 * N are solved once. Times are measured, never asserted.
 *
 * <p>Run: {@code Bench dicke 40 100 200}; the model is {@link BenchModels#dicke}.
 */
public final class DickeBench {
    private DickeBench() {
    }

    public static void main(String[] args) {
        int[] ns = args.length == 0 ? new int[] {40, 100, 200} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        // warm-up so that the first timing does not include JIT compilation of the assembler and LU
        dev.steadfast.steady.SteadyStates.solve(BenchModels.dicke(30)); // takes the GMRES route, like the large N
        for (int n : ns) {
            // small cases: one warm-up solve at this size, then the median of three (JIT-compiled) solves
            int reps = n <= 60 ? 3 : 1;
            if (n <= 60) {
                dev.steadfast.steady.SteadyStates.solve(BenchModels.dicke(n));
            }
            double[] seconds = new double[reps];
            dev.steadfast.steady.SteadyState.Unique<EnsembleState> ss = null;
            for (int r = 0; r < reps; r++) {
                ss = (dev.steadfast.steady.SteadyState.Unique<EnsembleState>) dev.steadfast.steady.SteadyStates.solve(BenchModels.dicke(n));
                seconds[r] = ss.cost().seconds();
            }
            java.util.Arrays.sort(seconds);
            var d = ss.cost();
            EnsembleState rho = ss.rho();
            CollectiveOperator jz = CollectiveOperator.jz();
            System.out.printf("N=%d seconds=%.3f unknowns=%d nnz=%d luNnz=%d cond=%.2g residual=%.2g jz_per_N=%.10f jz2=%.8f usedMB=%d method=%s%n",
                    n, seconds[reps / 2], d.unknowns(), d.nonzeros(), d.factorNonzeros(), d.conditionEstimate(), ss.certificate().residual(),
                    rho.expect(jz) / n, rho.expect(jz.times(jz)),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, ss.route().describe());
        }
    }
}
