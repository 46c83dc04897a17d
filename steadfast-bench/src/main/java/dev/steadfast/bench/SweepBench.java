package dev.steadfast.bench;

import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.measure.Measures;
import dev.steadfast.operator.Operators;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;

/** Times the 30x30 two-qubit sweep of sweep_two_qubits.py through the library API. */
public final class SweepBench {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            double maxC = 0;
            double checksum = 0;
            for (int a = 0; a < n; a++) {
                double th = 0.05 + (2 - 0.05) * a / (n - 1);
                for (int b = 0; b < n; b++) {
                    double g = 0.001 + (0.1 - 0.001) * b / (n - 1);
                    OpenSystem sys = BenchModels.twoQubits(th, g);
                    DensityMatrix rho = SteadyStates.solve(sys).rho();
                    double c = Measures.concurrence(rho, 0, 1);
                    double jh = HeatCurrents.heatCurrent(sys, rho, "hot");
                    double jc = HeatCurrents.heatCurrent(sys, rho, "cold");
                    double z = rho.expect(Operators.sigmaZ(sys.space(), "q[1]"));
                    maxC = Math.max(maxC, c);
                    checksum += jh + jc + z;
                }
            }
            double dt = (System.nanoTime() - t0) * 1e-9;
            System.out.printf("points=%d seconds=%.3f per_point_us=%.1f maxC=%.6f checksum=%.6e%n", n * n, dt, 1e6 * dt / (n * n), maxC, checksum);
        }
    }
}
