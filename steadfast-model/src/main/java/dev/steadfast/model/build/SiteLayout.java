package dev.steadfast.model.build;

import dev.steadfast.space.Space;
import java.util.List;
import java.util.Map;

/**
 * The sites of a model at one parameter point: the space (site order = tensor order) and the
 * arrays, each a run of consecutive sites {@code name[1] .. name[size]}.
 *
 * @param space  the composite space
 * @param arrays array name to its first site index and size
 */
public record SiteLayout(Space space, Map<String, int[]> arrays) {

    public boolean isArray(String name) {
        return arrays.containsKey(name);
    }

    /** Size of the named array. */
    public int arraySize(String name) {
        return arrays.get(name)[1];
    }

    /** Site index of {@code name[i]} (1-based i, already range-checked). */
    public int element(String name, int i) {
        return arrays.get(name)[0] + i - 1;
    }

    /** All site indices of an array, in order. */
    public int[] arraySites(String name) {
        int[] a = arrays.get(name);
        int[] out = new int[a[1]];
        for (int k = 0; k < a[1]; k++) {
            out[k] = a[0] + k;
        }
        return out;
    }

    /** The names a user may refer to: single sites and arrays. */
    public List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>(arrays.keySet());
        space.sites().stream().map(s -> s.name()).filter(n -> !n.contains("[")).forEach(out::add);
        return out;
    }
}
