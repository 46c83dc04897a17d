package dev.steadfast.linalg;

import java.util.Arrays;

/** A growable list of primitive doubles (no boxing). */
public final class DoubleList {
    private double[] data;
    private int size;

    public DoubleList(int capacity) {
        data = new double[Math.max(4, capacity)];
    }

    public void add(double v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    public double get(int k) { return data[k]; }
    public int size() { return size; }
    public void clear() { size = 0; }
    public double[] toArray() { return Arrays.copyOf(data, size); }
}
