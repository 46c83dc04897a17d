package dev.steadfast.system;

import dev.steadfast.space.Space;

/** The total excitation {@code q(s) = sum over sites of the level} of each basis state. */
public final class Excitations {
    private Excitations() {
    }

    public static int[] of(Space space) {
        int d = space.dimension();
        int[] q = new int[d];
        for (int s = 0; s < d; s++) {
            int sum = 0;
            for (int k = 0; k < space.size(); k++) {
                sum += space.level(s, k);
            }
            q[s] = sum;
        }
        return q;
    }
}
