package dev.steadfast.bench;

import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.measure.Measures;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;

/**
 * Times the 30x30 two-qubit sweep of sweep_two_qubits.py through the library API, written as the
 * QuTiP script is: the operators are built once, and each point forms H = H0 + g V and the two
 * baths, solves the steady state and evaluates the concurrence, both heat currents and the
 * population of qubit 1. Prints one line per pass (the first passes include JIT compilation).
 */
public final class SweepBench {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Space space = Space.qubits("q", 2);
        Operator s1 = Operators.sigmaMinus(space, "q[1]");
        Operator s2 = Operators.sigmaMinus(space, "q[2]");
        Operator h0 = Operators.sigmaZ(space, "q[1]").plus(Operators.sigmaZ(space, "q[2]")).scale(0.5);
        Operator v = s1.dag().times(s2).plus(s1.times(s2.dag()));
        Operator sz1 = Operators.sigmaZ(space, "q[1]");
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            double maxC = 0;
            double checksum = 0;
            for (int a = 0; a < n; a++) {
                double th = 0.05 + (2 - 0.05) * a / (n - 1);
                for (int b = 0; b < n; b++) {
                    double g = 0.001 + (0.1 - 0.001) * b / (n - 1);
                    OpenSystem sys = new OpenSystem(h0.plus(v.scale(g)), List.of(new ThermalBath("hot", s1, 1.0, th, 0.01),
                            new ThermalBath("cold", s2, 1.0, 0.05, 0.01)));
                    DensityMatrix rho = SteadyStates.solve(sys).rho();
                    double c = Measures.concurrence(rho, 0, 1);
                    double jh = HeatCurrents.heatCurrent(sys, rho, "hot");
                    double jc = HeatCurrents.heatCurrent(sys, rho, "cold");
                    double z = rho.expect(sz1);
                    maxC = Math.max(maxC, c);
                    checksum += jh + jc + z;
                }
            }
            double dt = (System.nanoTime() - t0) * 1e-9;
            System.out.printf("points=%d seconds=%.3f per_point_us=%.1f maxC=%.6f checksum=%.6e%n", n * n, dt, 1e6 * dt / (n * n), maxC, checksum);
        }
    }
}
