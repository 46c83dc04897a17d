package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that shard directories cover a grid exactly once: every shard K/N present once, every
 * row in the shard it claims, no point twice, no point missing. Every problem found is reported
 * together, with the missing points and the command that completes a shard.
 */
final class ShardCoverage {
    private ShardCoverage() {
    }

    /** The rows of all the shards, or a BadInputException listing every gap and overlap. */
    static List<ResultRow> check(Grid grid, List<ShardDirectory> shards, int listed) throws IOException {
        int n = shards.get(0).shard().count();
        Map<Integer, ShardDirectory> byIndex = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<ResultRow> all = new ArrayList<>();
        for (ShardDirectory s : shards) {
            ShardDirectory twin = byIndex.putIfAbsent(s.shard().index(), s);
            if (twin != null) {
                problems.add("shard " + s.shard() + " is given twice: " + twin.dir() + " and " + s.dir());
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            for (ResultRow r : s.rows(grid)) {
                if (!s.shard().contains(r.index())) {
                    problems.add(s.dir() + ": the point " + grid.point(r.index()) + " does not belong to shard "
                            + s.shard());
                    continue;
                }
                seen.add(r.index());
                all.add(r);
            }
            List<Integer> missing = new ArrayList<>();
            for (int i : s.shard().points(grid.size())) {
                if (!seen.contains(i)) {
                    missing.add(i);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(s.dir() + " (shard " + s.shard() + ") is incomplete: " + missing.size() + " of its "
                        + s.shard().points(grid.size()).size() + " points are missing, " + list(grid, missing, listed)
                        + "; complete it with the same `steadfast sweep` command and --resume");
            }
        }
        for (int k = 1; k <= n; k++) {
            if (!byIndex.containsKey(k)) {
                Shard absent = new Shard(k, n);
                List<Integer> pts = absent.points(grid.size());
                problems.add("shard " + absent + " is missing (" + pts.size() + " points, " + list(grid, pts, listed)
                        + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("merge: not merged, the shards do not cover the grid exactly once:\n  "
                    + String.join("\n  ", problems));
        }
        return all;
    }

    private static String list(Grid grid, List<Integer> points, int listed) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(listed, points.size()); i++) {
            shown.add(grid.point(points.get(i)).toString());
        }
        return (points.size() > listed ? "first " : "") + String.join(" ", shown);
    }
}
