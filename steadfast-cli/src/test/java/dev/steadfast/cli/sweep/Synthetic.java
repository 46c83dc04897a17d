package dev.steadfast.cli.sweep;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A synthetic sweep for tests: measures are simple functions of the grid point, some points fail. */
final class Synthetic {
    static final List<String> MEASURES = List.of("sum", "product");

    private Synthetic() {
    }

    /** sum = x + y, product = x * y; x == 0.5 is "not unique", y == 3 throws. */
    static PointOutcome evaluate(Map<String, Double> p) {
        double x = p.getOrDefault("x", 0.0);
        double y = p.getOrDefault("y", 1.0);
        if (x == 0.5) {
            return PointOutcome.failure(PointStatus.NOT_UNIQUE, "kernel dimension 2, \"dark\" state", 0.0);
        }
        if (y == 3) {
            throw new IllegalStateException("solver broke down at y=3");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("sum", x + y);
        m.put("product", x * y);
        return PointOutcome.ok(m, 0.001);
    }

    static SweepSpec spec(Path dir, Grid grid, int threads, boolean resume, boolean overwrite, boolean plots) {
        return new SweepSpec("synthetic", "synthetic model text", grid, Map.of("c", 1.0), MEASURES, dir, threads,
                resume, overwrite, plots);
    }
}
