package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shard {@code index} of {@code count} ({@code --shard K/N}, 1 ≤ K ≤ N): the grid points whose
 * index i (row-major, see {@link Grid}) satisfies {@code i mod N = K − 1}. Dealing the points out
 * in turn spreads the expensive corner of a grid over every shard; the split depends only on the
 * grid and N, so any machine computes the same shard.
 *
 * @param index K, from 1
 * @param count N
 */
public record Shard(int index, int count) {
    /** The whole grid: 1/1. */
    public static final Shard ALL = new Shard(1, 1);
    /** Upper bound on N. */
    public static final int MAX_COUNT = 100_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
            throw new BadInputException("--shard " + index + "/" + count + ": K/N needs 1 <= K <= N <= " + MAX_COUNT);
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        String[] p = text.strip().split("/", -1);
        if (p.length != 2) {
            throw new BadInputException("--shard " + text + ": expected K/N, e.g. 2/8 (the second of eight shards)");
        }
        try {
            return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
        } catch (NumberFormatException e) {
            throw new BadInputException("--shard " + text + ": K and N must be whole numbers, as in 2/8");
        }
    }

    public boolean isAll() {
        return count == 1;
    }

    /** Whether grid point {@code point} belongs to this shard. */
    public boolean contains(int point) {
        return point % count == index - 1;
    }

    /** This shard's points of a grid of {@code size} points, in increasing order. */
    public List<Integer> points(int size) {
        List<Integer> out = new ArrayList<>();
        for (int i = index - 1; i < size; i += count) {
            out.add(i);
        }
        return out;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
