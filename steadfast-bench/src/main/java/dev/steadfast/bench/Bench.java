package dev.steadfast.bench;

import java.util.Arrays;

/**
 * The benchmark entry point: {@code Bench chain N...}, {@code Bench sweep [n] [repetitions]},
 * {@code Bench dicke N...}, {@code Bench assemble N...}, {@code Bench numerics}. Each prints one {@code key=value} line per case so that
 * {@code bench/compare.py} can put it beside QuTiP's numbers measured in the same run. Times are
 * measured here and reported, never asserted by tests.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: Bench chain N... | sweep [n] [repetitions] | dicke N... | assemble N... | numerics");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "chain" -> ChainBench.main(rest);
            case "sweep" -> SweepBench.main(rest);
            case "dicke" -> DickeBench.main(rest);
            case "assemble" -> AssemblyBench.main(rest);
            case "numerics" -> NumericsBench.main(rest);
            default -> {
                System.err.println("unknown benchmark '" + args[0] + "': use chain, sweep or dicke");
                System.exit(2);
            }
        }
    }
}
