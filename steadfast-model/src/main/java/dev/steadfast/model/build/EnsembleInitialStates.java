package dev.steadfast.model.build;

import dev.steadfast.ensemble.DickeLadders;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleStates;
import dev.steadfast.model.ModelException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initial states of a permutation-invariant ensemble model ({@code {ensemble: N}}), written as
 * text: {@code ground}, {@code excited}, {@code dicke(K)} (K members excited, a symmetric Dicke
 * state) or {@code coherent(theta, phi)} (every member in cos(θ/2)|0⟩ + e^{iφ} sin(θ/2)|1⟩, a
 * spin coherent state). The states themselves come from {@link EnsembleStates}.
 */
public final class EnsembleInitialStates {
    private static final Pattern DICKE = Pattern.compile("dicke\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern COHERENT = Pattern.compile("coherent\\(\\s*([-+0-9.eE]+)\\s*,\\s*([-+0-9.eE]+)\\s*\\)");

    private EnsembleInitialStates() {
    }

    /**
     * The state {@code text} names (surrounding blanks ignored).
     *
     * @param ladders the Dicke ladders of the model's ensemble
     * @param model   the model's name, for messages
     * @throws ModelException when {@code text} is none of the forms, or K is not in 0..N; its
     *                        {@link ModelException#problem()} says which and lists the forms
     */
    public static EnsembleState parse(String text, DickeLadders ladders, String model) throws ModelException {
        String s = text.trim();
        if (s.equals("ground")) {
            return EnsembleStates.ground(ladders);
        }
        if (s.equals("excited")) {
            return EnsembleStates.excited(ladders);
        }
        Matcher d = DICKE.matcher(s);
        if (d.matches()) {
            int k = Integer.parseInt(d.group(1));
            if (k > ladders.members()) {
                throw error(text, model, model + " has " + ladders.members() + " members, so dicke(K) needs K in 0.."
                        + ladders.members());
            }
            return EnsembleStates.dicke(ladders, k);
        }
        Matcher c = COHERENT.matcher(s);
        if (c.matches()) {
            try {
                return EnsembleStates.coherent(ladders, Double.parseDouble(c.group(1)), Double.parseDouble(c.group(2)));
            } catch (NumberFormatException e) {
                throw error(text, model, "coherent(theta, phi) takes two numbers");
            }
        }
        throw error(text, model, model + " is a permutation-invariant ensemble; its initial states are ground, excited, "
                + "dicke(K) (K members excited, a symmetric Dicke state) or coherent(theta, phi) (every member in "
                + "cos(theta/2)|0> + e^(i phi) sin(theta/2)|1>)");
    }

    private static ModelException error(String text, String model, String problem) {
        return new ModelException(model, 0, "initial state '" + text + "'", problem);
    }
}
