package dev.steadfast.model;

import dev.steadfast.dynamics.Evolution;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the checks of a model's {@code reference:} block (§7 of the model format): one outcome per
 * check, shared by the catalogue tests and {@code steadfast reproduce}.
 *
 * <ul>
 *   <li>a steady check solves the model at its {@code at} point ({@link ModelInstance#solve}); the
 *       steady state must be unique;</li>
 *   <li>a check with {@code initial} and no {@code time} measures the state the initial state
 *       relaxes to ({@link ModelInstance#reachedFrom}, exact also when the steady state is not unique);</li>
 *   <li>a check with {@code initial} and {@code time} measures the state evolved for that time
 *       ({@link Evolution});</li>
 *   <li>{@code unique: false} adds one check that the solver reports a steady state that is not
 *       unique (measure {@value #NOT_UNIQUE}, expected 0 = not unique, got 1 when it was unique).</li>
 * </ul>
 *
 * A check whose computation throws fails with the exception's message as its note; nothing is thrown.
 */
public final class ReferenceChecks {
    /** The measure name of the check that a steady state is not unique. */
    public static final String NOT_UNIQUE = "unique";

    private ReferenceChecks() {
    }

    /**
     * The result of one check.
     *
     * @param model     the model's name
     * @param source    the reference's source text
     * @param check     the check (null for the uniqueness check of {@code unique: false})
     * @param measure   the measure name ({@value #NOT_UNIQUE} for the uniqueness check)
     * @param expected  the expected value
     * @param got       the computed value (NaN when it could not be computed)
     * @param tolerance the allowed absolute deviation
     * @param note      why the value could not be computed, or empty
     */
    public record Outcome(String model, String source, Reference.Check check, String measure, double expected, double got,
                          double tolerance, String note) {
        /** |got − expected| (NaN when nothing was computed). */
        public double difference() {
            return Math.abs(got - expected);
        }

        /** Whether the computed value lies within the tolerance. */
        public boolean passed() {
            return note.isEmpty() && difference() <= tolerance;
        }

        /** Where the check is taken: overrides, initial state and time, e.g. {@code g=0.05, from psi, t=0.2}; empty at the defaults. */
        public String where() {
            List<String> parts = new ArrayList<>();
            if (check != null) {
                check.at().forEach((k, v) -> parts.add(k + "=" + v));
                if (check.initial() != null) {
                    parts.add("from " + check.initial());
                }
                if (check.time() != null) {
                    parts.add("t=" + check.time());
                }
                if (check.isGibbs()) {
                    parts.add("Gibbs state at T=" + check.gibbs());
                }
            }
            return String.join(", ", parts);
        }
    }

    /** Every check of {@code model}'s reference block, in file order (the uniqueness check first). */
    public static List<Outcome> run(Model model) {
        Reference ref = model.referenceBlock();
        List<Outcome> out = new ArrayList<>();
        if (ref.unique() == Boolean.FALSE) {
            out.add(notUnique(model, ref));
        }
        Map<Map<String, Double>, SolvedPoint> solved = new HashMap<>();
        for (Reference.Check c : ref.checks()) {
            out.add(run(model, ref, c, solved));
        }
        return out;
    }

    private static Outcome notUnique(Model model, Reference ref) {
        try {
            SolvedPoint p = model.instantiate(Map.of()).solve(SteadyStateOptions.defaults());
            return new Outcome(model.name(), ref.source(), null, NOT_UNIQUE, 0, p.isUnique() ? 1 : 0, 0, "");
        } catch (ModelException | RuntimeException e) {
            return new Outcome(model.name(), ref.source(), null, NOT_UNIQUE, 0, Double.NaN, 0, message(e));
        }
    }

    private static Outcome run(Model model, Reference ref, Reference.Check c, Map<Map<String, Double>, SolvedPoint> solved) {
        try {
            double got = c.isGibbs() ? model.instantiate(c.at()).gibbs(c.gibbs()).measures().get(c.measure())
                    : c.isSteady() ? steady(model, c, solved) : fromInitial(model, c);
            return new Outcome(model.name(), ref.source(), c, c.measure(), c.value(), got, c.tolerance(), "");
        } catch (ModelException | RuntimeException e) {
            return new Outcome(model.name(), ref.source(), c, c.measure(), c.value(), Double.NaN, c.tolerance(), message(e));
        }
    }

    private static double steady(Model model, Reference.Check c, Map<Map<String, Double>, SolvedPoint> solved)
            throws ModelException {
        SolvedPoint p = solved.get(c.at());
        if (p == null) {
            p = model.instantiate(c.at()).solve(SteadyStateOptions.defaults());
            solved.put(c.at(), p);
        }
        if (!p.isUnique()) {
            throw new IllegalStateException("the steady state is not unique at " + c.at());
        }
        return p.measures().get(c.measure());
    }

    private static double fromInitial(Model model, Reference.Check c) throws ModelException {
        ModelInstance inst = model.instantiate(c.at());
        DensityMatrix rho0 = inst.initialState(c.initial());
        if (c.time() == null) {
            return inst.reachedFrom(rho0).measures().get(c.measure());
        }
        DensityMatrix rho = Evolution.of(inst.generator()).from(rho0).at(new double[] {c.time()}).state(0);
        return inst.measure(rho).get(c.measure());
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
