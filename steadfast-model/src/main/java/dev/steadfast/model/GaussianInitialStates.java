package dev.steadfast.model;

import dev.steadfast.gaussian.GaussianState;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The initial states of a Gaussian model, written as text: {@code vacuum}; {@code thermal(c1=n1, ...)}
 * (each listed mode in a thermal state of mean occupation n ≥ 0, covariance (n + ½) I); and
 * {@code coherent(c1=a1, ...)} (each listed mode in the coherent state of real amplitude ⟨a⟩ = a:
 * ⟨x⟩ = √2 a, vacuum covariance). Unlisted modes are in the vacuum. Quadratures interleaved,
 * x = (a + a†)/√2 (the package convention of {@code dev.steadfast.gaussian}). The command line also
 * reads {@code file:PATH}, the moments its {@code --state} wrote.
 */
final class GaussianInitialStates {
    private static final Pattern CALL = Pattern.compile("(thermal|coherent)\\((.*)\\)");

    private GaussianInitialStates() {
    }

    static GaussianState parse(String text, List<String> modes, String model) throws ModelException {
        String s = text.strip();
        int n = modes.size();
        double[] means = new double[2 * n];
        double[][] v = new double[2 * n][2 * n];
        for (int i = 0; i < 2 * n; i++) {
            v[i][i] = 0.5;
        }
        if (s.equals("vacuum") || s.equals("ground")) {
            return new GaussianState(means, v);
        }
        Matcher m = CALL.matcher(s);
        if (!m.matches()) {
            throw bad(model, text, "a Gaussian model's initial state is vacuum, thermal(c=n, ...), coherent(c=a, ...) or file:PATH (moments written by --state)");
        }
        boolean thermal = m.group(1).equals("thermal");
        for (String part : m.group(2).split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw bad(model, text, "write " + m.group(1) + "(" + modes.get(0) + "=value, ...)");
            }
            int k = modes.indexOf(kv[0].strip());
            if (k < 0) {
                throw bad(model, text, "unknown oscillator '" + kv[0].strip() + "' (oscillators: " + String.join(", ", modes) + ")");
            }
            double value = number(model, text, kv[1]);
            if (thermal) {
                if (!(value >= 0)) {
                    throw bad(model, text, "a mean occupation must be >= 0, got " + value);
                }
                v[2 * k][2 * k] = value + 0.5;
                v[2 * k + 1][2 * k + 1] = value + 0.5;
            } else {
                means[2 * k] = Math.sqrt(2) * value;
            }
        }
        return new GaussianState(means, v);
    }

    private static double number(String model, String text, String s) throws ModelException {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(model, text, "'" + s.strip() + "' is not a number");
    }

    private static ModelException bad(String model, String text, String problem) {
        return new ModelException(model, 0, "initial state '" + text.strip() + "'", problem);
    }
}
