package dev.steadfast.cli;

import dev.steadfast.cli.sweep.PointEvaluator;
import dev.steadfast.cli.sweep.PointOutcome;
import dev.steadfast.cli.sweep.PointStatus;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.NonUniqueSteadyStateException;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.system.InvalidSystemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Evaluates sweep points by solving the model; a failure becomes the point's status and reason. */
final class ModelPointEvaluator implements PointEvaluator {
    private final Model model;
    private final Map<String, Double> fixed;
    private final SteadyStateOptions options;
    private final Path states;

    ModelPointEvaluator(Model model, Map<String, Double> fixed, SteadyStateOptions options) {
        this(model, fixed, options, null);
    }

    /** With {@code states} (or null): the directory where each ok point's steady state is written as .npy. */
    ModelPointEvaluator(Model model, Map<String, Double> fixed, SteadyStateOptions options, Path states) {
        this.model = model;
        this.fixed = Map.copyOf(fixed);
        this.options = options;
        this.states = states;
    }

    /** {@code DIR/Th=0.5,Tc=1.0.npy}: the point's grid values in grid order. */
    static String stateFileName(Map<String, Double> point) {
        StringBuilder sb = new StringBuilder();
        point.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.append(".npy").toString();
    }

    private void writeState(Map<String, Double> point, PointResult r) throws IOException {
        if (states != null && r.steadyState() instanceof SteadyState.Unique<?> u && u.state() instanceof DensityMatrix rho) {
            Files.write(states.resolve(stateFileName(point)), StateFile.npy(rho.matrix()));
        }
    }

    @Override
    public PointOutcome evaluate(Map<String, Double> point) {
        long t0 = System.nanoTime();
        Map<String, Double> overrides = new LinkedHashMap<>(fixed);
        overrides.putAll(point);
        try {
            PointResult r = PointSolver.solve(model, overrides, options);
            if (!r.unique()) {
                return PointOutcome.failure(PointStatus.NOT_UNIQUE, r.nonUniqueMessage(), seconds(t0));
            }
            writeState(point, r);
            return PointOutcome.ok(r.measures(), seconds(t0));
        } catch (ModelException | InvalidSystemException | MeasureException e) {
            return PointOutcome.failure(PointStatus.INVALID, e.getMessage(), seconds(t0));
        } catch (NonUniqueSteadyStateException e) {
            return PointOutcome.failure(PointStatus.NOT_UNIQUE, e.getMessage(), seconds(t0));
        } catch (SteadyStateException e) {
            return PointOutcome.failure(PointStatus.FAILED, e.getMessage(), seconds(t0));
        } catch (IOException e) {
            return PointOutcome.failure(PointStatus.FAILED, "cannot write the state: " + e.getMessage(), seconds(t0));
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
