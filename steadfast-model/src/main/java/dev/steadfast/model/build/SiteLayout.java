package dev.steadfast.model.build;

import dev.steadfast.space.Space;
import java.util.List;
import java.util.Map;

/**
 * The sites of a model at one parameter point: the space (site order = tensor order) and the
 * arrays, each a run of consecutive sites {@code name[1] .. name[size]}; or, for a model whose
 * only site is a permutation-invariant ensemble, the ensemble's name and size (and no space).
 *
 * @param space    the composite space, or null for an ensemble model
 * @param arrays   array name to its first site index and size
 * @param ensemble the ensemble's name, or null
 * @param members  the ensemble's number of members (0 without an ensemble)
 */
public record SiteLayout(Space space, Map<String, int[]> arrays, String ensemble, int members) {

    public SiteLayout(Space space, Map<String, int[]> arrays) {
        this(space, arrays, null, 0);
    }

    /** The layout of a model whose only site is the ensemble {@code name} of {@code members} qubits. */
    public static SiteLayout ensemble(String name, int members) {
        return new SiteLayout(null, Map.of(), name, members);
    }

    public boolean isEnsembleModel() {
        return ensemble != null;
    }

    public boolean isArray(String name) {
        return arrays.containsKey(name);
    }

    /** True when {@code name} is a single site, an array or the ensemble. */
    public boolean isSiteName(String name) {
        return isArray(name) || name.equals(ensemble) || (space != null && space.indexOf(name) >= 0);
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

    /** The names a user may refer to: single sites, arrays and the ensemble. */
    public List<String> names() {
        if (ensemble != null) {
            return List.of(ensemble);
        }
        java.util.List<String> out = new java.util.ArrayList<>(arrays.keySet());
        space.sites().stream().map(s -> s.name()).filter(n -> !n.contains("[")).forEach(out::add);
        return out;
    }
}
