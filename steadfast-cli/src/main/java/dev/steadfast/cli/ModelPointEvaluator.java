package dev.steadfast.cli;

import dev.steadfast.cli.sweep.PointEvaluator;
import dev.steadfast.cli.sweep.PointOutcome;
import dev.steadfast.cli.sweep.PointStatus;
import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.cli.sweep.EvaluationPath;
import dev.steadfast.cli.sweep.Grid;
import dev.steadfast.model.Model;
import dev.steadfast.model.SolvedPoint;
import dev.steadfast.model.build.ParametricLindblad;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.model.TruncationCheck;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.NonUniqueSteadyStateException;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.system.InvalidSystemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluates sweep points by solving the model; a failure becomes the point's status and reason. */
final class ModelPointEvaluator implements PointEvaluator {
    /** The convergence column of a sweep of a truncated model. */
    static final String TRUNCATION_CHANGE = "truncation_change";
    private final Model model;
    private final Map<String, Double> fixed;
    private final SteadyStateOptions options;
    private final Path states;
    /** The model compiled for this sweep, or null: every point instantiated. */
    private final ParametricLindblad compiled;
    private final EvaluationPath path;
    /** Whether the truncation-change column is added from the convergence report. */
    private final boolean truncationColumn;

    ModelPointEvaluator(Model model, Map<String, Double> fixed, SteadyStateOptions options) {
        this(model, fixed, options, null);
    }

    /**
     * With {@code states} (or null): the directory where each ok point's steady state is written, as
     * .npy (a density matrix) or, for a Gaussian model, as .json (its moments, {@link MomentsFile}).
     */
    ModelPointEvaluator(Model model, Map<String, Double> fixed, SteadyStateOptions options, Path states) {
        this(model, fixed, options, states, new ParametricLindblad.Compilation.PerPoint("not compiled"));
    }

    /**
     * With the model compiled for the sweep ({@link Model#compileForSweep}): a compiled model
     * evaluates each point, falling back to instantiating the model at the points it does not
     * reproduce (invalid, not unique, failed), so that those report exactly as per-point ones.
     */
    ModelPointEvaluator(Model model, Map<String, Double> fixed, SteadyStateOptions options, Path states,
                        ParametricLindblad.Compilation compilation) {
        this.model = model;
        this.fixed = Map.copyOf(fixed);
        this.options = options;
        this.states = states;
        this.truncationColumn = columns(model).contains(TRUNCATION_CHANGE);
        if (compilation instanceof ParametricLindblad.Compilation.Compiled c) {
            this.compiled = c.model();
            this.path = new EvaluationPath(EvaluationPath.Kind.COMPILED, c.model().describe());
        } else {
            this.compiled = null;
            this.path = new EvaluationPath(EvaluationPath.Kind.PER_POINT,
                    ((ParametricLindblad.Compilation.PerPoint) compilation).reason());
        }
    }

    /**
     * Compiles {@code model} for a sweep over {@code grid} with these fixed parameters, checked at
     * the grid's first, middle and last points.
     */
    static ParametricLindblad.Compilation compile(Model model, Grid grid, Map<String, Double> fixed,
                                                 SteadyStateOptions options) {
        List<Map<String, Double>> checks = new ArrayList<>();
        for (int i : new int[] {0, grid.size() / 2, grid.size() - 1}) {
            Map<String, Double> o = new LinkedHashMap<>(fixed);
            o.putAll(grid.point(i));
            checks.add(o);
        }
        return model.compileForSweep(grid.names(), checks, options);
    }

    @Override
    public EvaluationPath evaluation() {
        return path;
    }

    /** {@code DIR/Th=0.5,Tc=1.0.npy}: the point's grid values in grid order. */
    static String stateFileName(Map<String, Double> point) {
        return stateFileName(point, ".npy");
    }

    /** The point's grid values in grid order, with the given extension. */
    static String stateFileName(Map<String, Double> point, String extension) {
        StringBuilder sb = new StringBuilder();
        point.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.append(extension).toString();
    }

    private void writeState(Map<String, Double> point, ModelInstance instance, PointResult r) throws IOException {
        if (states == null || !(r.steadyState() instanceof SteadyState.Unique<?> u)) {
            return;
        }
        if (u.state() instanceof GaussianState g) {
            MomentsFile.write(states.resolve(stateFileName(point, ".json")), g, MomentsFile.modeNames(instance));
        } else if (u.state() instanceof DensityMatrix rho) {
            Files.write(states.resolve(stateFileName(point)), StateFile.npy(rho.matrix()));
        }
    }

    @Override
    public PointOutcome evaluate(Map<String, Double> point) {
        long t0 = System.nanoTime();
        Map<String, Double> overrides = new LinkedHashMap<>(fixed);
        overrides.putAll(point);
        try {
            PointResult r = null;
            ModelInstance instance = null;
            if (compiled != null) {
                Optional<SolvedPoint> p = compiled.solve(overrides, options);
                if (p.isPresent()) {
                    r = new PointResult(overrides, p.get().measures(), p.get().steadyState(), p.get().convergence());
                }
            }
            if (r == null) {
                model.requireFits(overrides);
                instance = model.instantiate(overrides);
                r = PointSolver.solve(instance, options);
            }
            if (!r.unique()) {
                return PointOutcome.failure(PointStatus.NOT_UNIQUE, r.nonUniqueMessage(), seconds(t0));
            }
            writeState(point, instance, r);
            Map<String, Double> values = new LinkedHashMap<>(r.measures());
            if (truncationColumn && !r.measures().containsKey(TRUNCATION_CHANGE)) {
                values.put(TRUNCATION_CHANGE, r.convergence().stream().mapToDouble(TruncationCheck::maxChange).max().orElse(Double.NaN));
            }
            return PointOutcome.ok(values, seconds(t0));
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

    /**
     * The sweep's value columns: the model's measures, and for a truncated model (a hierarchy) the
     * convergence report's largest change of any measure at any coarser truncation.
     */
    static List<String> columns(Model m) {
        List<String> c = new ArrayList<>(m.measureNames());
        if (m.isTruncated() && !c.contains(TRUNCATION_CHANGE)) {
            c.add(TRUNCATION_CHANGE);
        }
        return List.copyOf(c);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
