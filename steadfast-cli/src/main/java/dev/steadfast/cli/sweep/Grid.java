package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Cartesian product of grid axes. Points are numbered 0..size()-1 in row-major order: the
 * first axis varies slowest, the last fastest.
 */
public final class Grid {
    /** Upper bound on the number of points of a sweep. */
    public static final long MAX_POINTS = 10_000_000;

    private final List<GridAxis> axes;
    private final int size;

    public Grid(List<GridAxis> axes) {
        if (axes.isEmpty()) {
            throw new BadInputException("a sweep needs at least one --grid");
        }
        Set<String> names = new HashSet<>();
        long n = 1;
        for (GridAxis a : axes) {
            if (!names.add(a.name())) {
                throw new BadInputException("--grid " + a + ": the parameter '" + a.name() + "' has two grids");
            }
            n *= a.size();
            if (n > MAX_POINTS) {
                throw new BadInputException("the grid has more than " + MAX_POINTS + " points");
            }
        }
        this.axes = List.copyOf(axes);
        this.size = (int) n;
    }

    /** Parses each {@code name=spec} with {@link GridAxis#parse(String)}. */
    public static Grid parse(List<String> specs) {
        List<GridAxis> axes = new ArrayList<>();
        for (String s : specs) {
            axes.add(GridAxis.parse(s));
        }
        return new Grid(axes);
    }

    public List<GridAxis> axes() {
        return axes;
    }

    public List<String> names() {
        return axes.stream().map(GridAxis::name).toList();
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** The axis indices of point {@code index}. */
    public int[] indices(int index) {
        int[] idx = new int[axes.size()];
        int rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int n = axes.get(a).size();
            idx[a] = rest % n;
            rest /= n;
        }
        return idx;
    }

    /** The values of point {@code index}, one per axis. */
    public double[] values(int index) {
        int[] idx = indices(index);
        double[] v = new double[idx.length];
        for (int a = 0; a < idx.length; a++) {
            v[a] = axes.get(a).value(idx[a]);
        }
        return v;
    }

    /** The point as parameter name → value, in axis order. */
    public Map<String, Double> point(int index) {
        double[] v = values(index);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int a = 0; a < v.length; a++) {
            m.put(axes.get(a).name(), v[a]);
        }
        return m;
    }

    /** A map from a point's values to its index, for matching rows read back from a file. */
    public Map<List<Double>, Integer> indexByValues() {
        Map<List<Double>, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
            List<Double> key = new ArrayList<>();
            for (double v : values(i)) {
                key.add(v);
            }
            m.put(key, i);
        }
        return m;
    }

    @Override
    public String toString() {
        return String.join(" ", axes.stream().map(GridAxis::toString).toList());
    }
}
