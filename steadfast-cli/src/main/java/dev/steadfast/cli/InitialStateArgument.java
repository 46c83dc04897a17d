package dev.steadfast.cli;

import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.space.SiteKind;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --initial STATE} argument of {@code evolve} and {@code steady}, turned into a checked
 * density matrix on the model's space:
 * <ul>
 *   <li>{@code q1=1,q2=0}: the product state with these levels (unlisted sites in level 0);</li>
 *   <li>{@code bell_phi_plus(a,b)} (also {@code bell_phi_minus}, {@code bell_psi_plus},
 *       {@code bell_psi_minus}): a Bell state of two qubits, the other sites in level 0;</li>
 *   <li>{@code gibbs(T)} (synonym {@code thermal(T)}): the Gibbs state of the model's H at temperature T;</li>
 *   <li>{@code steady(k=v,...)}: the steady state of the same model with these parameters changed
 *       (a quench); it must be unique;</li>
 *   <li>{@code file:PATH}: a density matrix in a JSON file ({@link DensityMatrixFile});</li>
 *   <li>{@code NAME}: a state of the model's {@code initial_states:}.</li>
 * </ul>
 * Anything else, or a state that is not valid, is a {@link BadInputException} (exit 2).
 */
final class InitialStateArgument {
    private static final Pattern BELL = Pattern.compile("(bell_(?:phi|psi)_(?:plus|minus))\\((.*)\\)");
    private static final Pattern CALL = Pattern.compile("(gibbs|thermal|steady)\\((.*)\\)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final String FORMS = "q1=1,q2=0 (levels), bell_psi_plus(q1,q2), gibbs(T) (or thermal(T)), steady(k=v,...), file:PATH, "
            + "or a name from the model's initial_states";

    private InitialStateArgument() {
    }

    /**
     * The state {@code text} of the model's kind: parsed here for full-space models (the forms
     * above), by the model for an ensemble (ground, excited, dicke(K), coherent(theta, phi)). A bad
     * state is a {@link BadInputException} naming the option.
     */
    static Object resolve(String text, Model model, Map<String, Double> overrides, ModelInstance instance)
            throws ModelException {
        if (instance.kind() instanceof dev.steadfast.model.GaussianModel gaussian && text.strip().startsWith("file:")) {
            // the moments a Gaussian model's --state wrote
            try {
                return MomentsFile.read(Path.of(text.strip().substring(5)), gaussian.modeNames());
            } catch (IllegalArgumentException e) {
                throw bad(text, e.getMessage());
            }
        }
        try {
            return instance.initialState(text, t -> {
                try {
                    return parse(t, model, overrides, instance);
                } catch (ModelException e) {
                    throw new ModelStateFailure(e);
                }
            });
        } catch (ModelStateFailure e) {
            throw e.cause;       // a state of the model's initial_states that is invalid here: its own file and line
        } catch (ModelException e) {
            throw bad(text, e.problem());
        }
    }

    /** Carries a full-space parse's ModelException (which names the model file) past the ensemble's. */
    private static final class ModelStateFailure extends RuntimeException {
        private final transient ModelException cause;

        ModelStateFailure(ModelException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    /**
     * The state {@code text} on {@code instance}'s space; {@code model} and {@code overrides} give
     * the parameter point a {@code steady(...)} quench starts from.
     */
    static DensityMatrix parse(String text, Model model, Map<String, Double> overrides, ModelInstance instance)
            throws ModelException {
        String s = text.strip();
        Space space = instance.space();
        try {
            if (s.startsWith("file:")) {
                return DensityMatrixFile.read(Path.of(s.substring(5)), space);
            }
            Matcher bell = BELL.matcher(s);
            if (bell.matches()) {
                return bell(space, bell.group(1), bell.group(2));
            }
            Matcher call = CALL.matcher(s);
            if (call.matches()) {
                return !call.group(1).equals("steady") ? thermal(instance, call.group(1), call.group(2)) : steady(model, overrides, call.group(2));
            }
            if (NAME.matcher(s).matches()) {
                if (!instance.initialStateNames().contains(s)) {
                    throw bad(text, "the model has no initial state named '" + s + "' (its initial_states: "
                            + (instance.initialStateNames().isEmpty() ? "none" : String.join(", ", instance.initialStateNames())) + ")");
                }
                return instance.initialState(s);
            }
            if (s.contains("=")) {
                return product(space, s, text);
            }
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
        throw bad(text, "not a state; write " + FORMS);
    }

    private static DensityMatrix product(Space space, String s, String text) {
        int[] levels = new int[space.size()];
        for (String part : s.split(",")) {
            String[] kv = part.split("=", 2);
            String site = kv[0].strip();
            int k = space.indexOf(site);
            if (k < 0) {
                throw bad(text, "unknown site '" + site + "' (sites: " + siteNames(space) + ")");
            }
            int level;
            try {
                level = Integer.parseInt(kv[1].strip());
            } catch (NumberFormatException e) {
                throw bad(text, "the level of " + site + " must be an integer, got '" + kv[1].strip() + "'");
            }
            if (level < 0 || level >= space.siteDimension(k)) {
                throw bad(text, "level " + level + " of " + site + " is out of range 0.." + (space.siteDimension(k) - 1));
            }
            levels[k] = level;
        }
        return InitialStates.product(space, levels);
    }

    private static DensityMatrix bell(Space space, String name, String args) {
        String[] sites = args.split(",");
        if (sites.length != 2) {
            throw new IllegalArgumentException(name + " takes two qubits: " + name + "(q1,q2)");
        }
        int a = qubit(space, sites[0].strip());
        int b = qubit(space, sites[1].strip());
        if (a == b) {
            throw new IllegalArgumentException(name + " needs two different qubits");
        }
        double[] amp = States.Bell.valueOf(name.substring(5).toUpperCase(Locale.ROOT)).amplitudes();
        int d = space.dimension();
        double[] re = new double[d];
        int[] levels = new int[space.size()];
        for (int la = 0; la < 2; la++) {
            for (int lb = 0; lb < 2; lb++) {
                levels[a] = la;
                levels[b] = lb;
                re[space.basisIndex(levels)] += amp[2 * la + lb];
            }
        }
        return InitialStates.of(States.pure(space, re, new double[d]));
    }

    private static int qubit(Space space, String site) {
        int k = space.indexOf(site);
        if (k < 0) {
            throw new IllegalArgumentException("unknown site '" + site + "' (sites: " + siteNames(space) + ")");
        }
        if (space.site(k).kind() != SiteKind.QUBIT) {
            throw new IllegalArgumentException("a Bell state needs qubits, but " + site + " is not one");
        }
        return k;
    }

    private static DensityMatrix thermal(ModelInstance instance, String name, String arg) {
        double t = number(arg, name + "(T): the temperature");
        return InitialStates.thermal(instance.hamiltonian(), t);
    }

    private static DensityMatrix steady(Model model, Map<String, Double> overrides, String args) throws ModelException {
        Map<String, Double> quench = new LinkedHashMap<>(overrides);
        if (!args.isBlank()) {
            for (String part : args.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("steady(...) takes NAME=VALUE pairs, got '" + part.strip() + "'");
                }
                String name = kv[0].strip();
                if (!model.parameterNames().contains(name)) {
                    throw new IllegalArgumentException("steady(...): the model has no parameter '" + name + "' (its parameters: "
                            + String.join(", ", model.parameterNames()) + ")");
                }
                quench.put(name, number(kv[1], "steady(...): the value of " + name));
            }
        }
        dev.steadfast.model.SolvedPoint p = model.instantiate(quench).solve();
        if (!p.isUnique()) {
            throw new IllegalArgumentException("steady(" + args + "): the steady state there is not unique ("
                    + p.steadyState().describe() + "); a quench needs a unique steady state");
        }
        return p.rho();
    }

    /** A number or a number expression such as {@code pi/4} ({@link NumberArgument}). */
    private static double number(String s, String what) {
        try {
            return NumberArgument.parse(s, what);
        } catch (BadInputException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + s.strip() + "'");
        }
    }

    private static String siteNames(Space space) {
        return String.join(", ", space.sites().stream().map(x -> x.name()).toList());
    }

    private static BadInputException bad(String text, String problem) {
        return new BadInputException("--initial " + text + ": " + problem);
    }
}
