package dev.steadfast.bench;

import dev.steadfast.dynamics.ExponentialTimings;
import dev.steadfast.linalg.LinalgTimings;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
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
 * Hand-written numerics against the libraries on the class path ({@code Bench numerics}), the
 * measurements behind the "hand-written numerics" table of docs/dependencies.md. Each line is
 * {@code key=value}: the median time of one call after warm-up (see {@link Timing}).
 * Run: {@code Bench numerics [lu] [eigh] [expm] [discord]}.
 */
public final class NumericsBench {
    private NumericsBench() {
    }

    /** Runs the parts named in {@code args} (lu, eigh, expm, discord), all of them when none is named. */
    public static void main(String[] args) {
        java.util.Set<String> parts = args.length == 0 ? java.util.Set.of("lu", "eigh", "expm", "discord") : java.util.Set.of(args);
        OpenSystem machine = twoQubitMachine();
        OpenSystem chain = BenchModels.xxChain(3);
        if (parts.contains("lu")) {
            lu(machine, chain);
        }
        if (parts.contains("eigh")) {
            for (int n : new int[] {3, 4, 5, 6, 8, 12, 16, 32}) {
                System.out.println(LinalgTimings.hermitianEigen(n));
            }
        }
        if (parts.contains("expm")) {
            expm(machine, chain);
        }
        if (parts.contains("discord")) {
            DensityMatrix rho = SteadyStates.solve(machine).rho();
            double value = Measures.discord(rho, 0, 1);
            double us = Timing.medianNanos(() -> Measures.discord(rho, 0, 1), 3000, 41) * 1e-3;
            System.out.printf("discord case=machine_steady_state value=%.15g us=%.1f%n", value, us);
        }
        System.out.printf("sink=%.3g%n", Timing.sink);
    }

    private static void lu(OpenSystem machine, OpenSystem chain) {
        int[] charge = ChargeSymmetry.detect(machine).orElseThrow();
        System.out.println(LinalgTimings.denseLu("machine_sector", bordered(machine, HermitianBasis.chargeNeutral(charge))));
        System.out.println(LinalgTimings.denseLu("machine_full", bordered(machine, HermitianBasis.full(4))));
        System.out.println(LinalgTimings.denseLu("chain3_full", bordered(chain, HermitianBasis.full(8))));
    }

    private static void expm(OpenSystem machine, OpenSystem chain) {
        RealCsc machineL = new HermitianAssembler(Liouvillian.of(machine), HermitianBasis.full(4)).assemble();
        RealCsc chainL = new HermitianAssembler(Liouvillian.of(chain), HermitianBasis.full(8)).assemble();
        for (double t : new double[] {0.1, 10}) {
            System.out.println(ExponentialTimings.exponential("machine_full", machineL, HermitianBasis.full(4).diagonalCoordinates(), t));
            System.out.println(ExponentialTimings.exponential("chain3_full", chainL, HermitianBasis.full(8).diagonalCoordinates(), t));
        }
    }

    /** The two-qubit thermal machine of {@link SweepBench} at one point (T_hot = 1, g = 0.05). */
    static OpenSystem twoQubitMachine() {
        Space space = Space.qubits("q", 2);
        Operator s1 = Operators.sigmaMinus(space, "q[1]");
        Operator s2 = Operators.sigmaMinus(space, "q[2]");
        Operator h = Operators.sigmaZ(space, "q[1]").plus(Operators.sigmaZ(space, "q[2]")).scale(0.5)
                .plus(s1.dag().times(s2).plus(s1.times(s2.dag())).scale(0.05));
        return new OpenSystem(h, List.of(new ThermalBath("hot", s1, 1.0, 1.0, 0.01),
                new ThermalBath("cold", s2, 1.0, 0.05, 0.01)));
    }

    /** The bordered real generator (trace row replacing the first diagonal coordinate's row). */
    static RealCsc bordered(OpenSystem system, HermitianBasis basis) {
        HermitianAssembler assembler = new HermitianAssembler(Liouvillian.of(system), basis);
        return assembler.assemble(basis.diagonalCoordinates()[0]);
    }
}
