package dev.steadfast.model.build;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modes of a model whose sites are all oscillators ({@code c: oscillator},
 * {@code r: {oscillator: N}} for {@code r[1..N]}), numbered 0.. in file order (an array's elements
 * in index order).
 *
 * @param offsets site name → index of its first mode
 * @param sizes   site name → array length, or 0 for a single oscillator
 * @param modes   the number of modes
 */
record OscillatorSites(Map<String, Integer> offsets, Map<String, Integer> sizes, int modes) {

    /** Whether every site of the model is an oscillator (then the model is Gaussian). */
    static boolean isGaussian(ModelSpec spec) {
        return !spec.sites().isEmpty() && spec.sites().stream().allMatch(Specs.SiteDecl::isOscillator);
    }

    static OscillatorSites of(ModelSpec spec, Map<String, Double> params) throws ModelException {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int next = 0;
        Evaluator ev = new Evaluator(params, null);
        for (Specs.SiteDecl s : spec.sites()) {
            int size = 0;
            if (s.size() != null) {
                try {
                    size = ev.integer(s.size().expr(), "the number of oscillators");
                } catch (ExprException e) {
                    throw new ModelException(spec.source(), s.line(), "sites." + s.name(), e.getMessage());
                }
                if (size < 1) {
                    throw new ModelException(spec.source(), s.line(), "sites." + s.name(), "an array of oscillators "
                            + "needs at least one, got " + size);
                }
            }
            offsets.put(s.name(), next);
            sizes.put(s.name(), size);
            next += Math.max(1, size);
        }
        return new OscillatorSites(offsets, sizes, next);
    }

    boolean isSite(String name) {
        return offsets.containsKey(name);
    }

    /**
     * The mode a site argument names: {@code c} for a single oscillator, {@code r[i]} (1-based) for
     * an element of an array.
     */
    int mode(Expr arg, Evaluator ev) throws ExprException {
        if (arg instanceof Expr.Name n && sizes.containsKey(n.name())) {
            if (sizes.get(n.name()) > 0) {
                throw new ExprException(n.name() + " is an array of oscillators; name one, e.g. " + n.name() + "[1]", n.pos());
            }
            return offsets.get(n.name());
        }
        if (arg instanceof Expr.Indexed ix && sizes.containsKey(ix.name())) {
            int size = sizes.get(ix.name());
            if (size == 0) {
                throw new ExprException(ix.name() + " is a single oscillator, not an array", ix.pos());
            }
            int i = ev.integer(ix.index(), "an index");
            if (i < 1 || i > size) {
                throw new ExprException("index " + i + " is outside " + ix.name() + "[1.." + size + "]", ix.pos());
            }
            return offsets.get(ix.name()) + i - 1;
        }
        throw new ExprException("expected an oscillator (sites: " + String.join(", ", offsets.keySet()) + ")", arg.pos());
    }

    /** The modes named by a list of site arguments (an array name alone means all its elements). */
    int[] modes(List<Expr> args, Evaluator ev) throws ExprException {
        List<Integer> out = new ArrayList<>();
        for (Expr a : args) {
            if (a instanceof Expr.Name n && sizes.getOrDefault(n.name(), 0) > 0) {
                for (int k = 0; k < sizes.get(n.name()); k++) {
                    out.add(offsets.get(n.name()) + k);
                }
            } else {
                out.add(mode(a, ev));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The name of a mode, e.g. {@code c} or {@code r[3]}. */
    String name(int mode) {
        String best = null;
        for (Map.Entry<String, Integer> e : offsets.entrySet()) {
            if (e.getValue() <= mode) {
                best = e.getKey();
            }
        }
        int size = sizes.get(best);
        return size == 0 ? best : best + "[" + (mode - offsets.get(best) + 1) + "]";
    }

    /** Site names in file order. */
    List<String> names() {
        return List.copyOf(offsets.keySet());
    }

    /** One name per mode, in mode (phase-space) order: {@code c}, {@code r[1]}, {@code r[2]}, ... */
    List<String> modeNames() {
        List<String> out = new ArrayList<>(modes);
        for (Map.Entry<String, Integer> e : offsets.entrySet()) {
            int size = sizes.get(e.getKey());
            if (size == 0) {
                out.add(e.getKey());
            }
            for (int i = 1; i <= size; i++) {
                out.add(e.getKey() + "[" + i + "]");
            }
        }
        return List.copyOf(out);
    }
}
