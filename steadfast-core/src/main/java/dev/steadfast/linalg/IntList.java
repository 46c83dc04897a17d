package dev.steadfast.linalg;

import java.util.Arrays;

/** A growable list of primitive ints (no boxing). */
public final class IntList {
    private int[] data;
    private int size;

    public IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    public int get(int k) { return data[k]; }
    public int size() { return size; }
    public void clear() { size = 0; }
    public int[] toArray() { return Arrays.copyOf(data, size); }
}
