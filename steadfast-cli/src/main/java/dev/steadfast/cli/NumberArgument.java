package dev.steadfast.cli;

import dev.steadfast.model.build.Evaluator;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import java.util.Map;

/**
 * A number on the command line written in the model expression language: {@code 0.5},
 * {@code pi/4}, {@code 2*pi/3}, {@code sqrt(2)}, {@code max(0.1, 1e-3)} (no parameters, no operators).
 */
public final class NumberArgument {
    private NumberArgument() {
    }

    /**
     * The finite real value of {@code text}.
     *
     * @param what names the argument in the error, e.g. {@code --set th=pi/x}
     * @throws BadInputException when the text is not a finite real number expression
     */
    public static double parse(String text, String what) {
        try {
            double v = new Evaluator(Map.of(), null).real(Parser.parse(text.strip()), "the value");
            if (Double.isFinite(v)) {
                return v;
            }
            throw new BadInputException(what + ": the value is not finite (" + v + ")");
        } catch (ExprException e) {
            throw new BadInputException(what + ": " + e.getMessage());
        }
    }
}
