package dev.steadfast.cli;

import dev.steadfast.cli.sweep.Grid;
import dev.steadfast.cli.sweep.PlainProgress;
import dev.steadfast.cli.sweep.ProgressReporter;
import dev.steadfast.cli.sweep.Shard;
import dev.steadfast.cli.sweep.Sweep;
import dev.steadfast.cli.sweep.SweepSpec;
import dev.steadfast.cli.sweep.TerminalProgress;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.build.ParametricLindblad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadfast sweep MODEL --grid ... --out DIR}: steady states over a parameter grid. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {
            "Solve a model at every point of a parameter grid, in parallel.",
            "Writes DIR/results.csv (one row per point, as points finish), DIR/summary.json, DIR/sweep.json "
                + "(the sweep's fingerprint, checked by --resume) and DIR/<measure>.png (a line plot for one grid "
                + "axis, a heat map for two).",
            "Grids: NAME=START:STOP:COUNT (COUNT values from START to STOP inclusive), "
                + "NAME=log:START:STOP:COUNT (evenly spaced in log10), NAME=V1,V2,... (these values)."},
        footer = {"", "Example: steadfast sweep thermal-entanglement-machine --grid Th=0:10:21 --grid g=log:0.001:1:21 --out out/"})
final class SweepCommand implements Callable<Integer> {
    /** How progress is shown on stderr. */
    enum Progress { auto, bar, lines, none }

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--grid", required = true, paramLabel = "NAME=SPEC",
            description = "A grid axis (repeatable; the first axis varies slowest).")
    List<String> grids = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if needed).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Points solved at once; default: all cores.")
    Integer threads;

    @Option(names = "--resume", description = "Complete the sweep already started in DIR (same model, grid and --set).")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace the sweep already in DIR (its results, summary, fingerprint and plots are removed) instead of refusing.")
    boolean overwrite;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = "Compute only shard K of N (the points whose index is K-1 modulo N) into DIR; "
                + "`steadfast merge` joins the shards. Default: the whole grid.")
    Shard shard = Shard.ALL;

    @Mixin
    MethodChoice method;

    @Option(names = "--states", paramLabel = "DIR",
            description = "Also write the steady state of every ok point to DIR/<name=value,...>.npy (complex128); "
                + "a Gaussian model (oscillators): its moments, DIR/<name=value,...>.json. Not for ensemble models.")
    Path states;

    @Option(names = "--per-point", description = "Instantiate the model from its expressions at every point instead of "
                + "compiling it once into a parametric generator (slower; the results agree to rounding). summary.json "
                + "records which ran (evaluation: compiled or per_point, and why).")
    boolean perPoint;

    @Option(names = "--no-plots", description = "Do not draw the PNG plots.")
    boolean noPlots;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else a line every few seconds), bar, lines or none.")
    Progress progress;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new BadInputException("--threads " + n + ": must be at least 1");
        }
        if (resume && overwrite) {
            throw new BadInputException("--resume and --overwrite contradict each other: choose one");
        }
        Model m = model.resolve();
        Grid grid = Grid.parse(grids);
        checkParameters(m, grid, model.overrides());
        Map<String, Double> set = model.overrides();
        ParametricLindblad.Compilation compilation = perPoint
                ? new ParametricLindblad.Compilation.PerPoint("--per-point was given")
                : ModelPointEvaluator.compile(m, grid, set, method.options());
        if (!m.sitesDependOn(grid.names())) {
            requirePointFits(m, grid, 0);   // the same space at every point
        } else {
            for (int i = 0; i < grid.size(); i++) {
                requirePointFits(m, grid, i);
            }
        }
        SweepSpec sweep = new SweepSpec(m.name(), m.sourceText(), grid, set, ModelPointEvaluator.columns(m), out, n, resume,
                overwrite, !noPlots, shard, spec.root().version()[0]);
        if (states != null) {
            prepareStates(m, grid, set);
        }
        Sweep.Report report = Sweep.run(sweep, new ModelPointEvaluator(m, set, method.options(), states, compilation), this::progressReporter);
        print(m.name(), n, report);
        return ExitCodes.OK;
    }

    /** Every swept or fixed parameter is one of the model's, and none is both. */
    static void checkParameters(Model m, Grid grid, Map<String, Double> overrides) {
        List<String> known = m.parameterNames();
        for (String name : grid.names()) {
            if (!known.contains(name)) {
                throw new BadInputException("--grid " + name + "=...: the model " + m.name() + " has no parameter '"
                        + name + "' (its parameters: " + String.join(", ", known) + ")");
            }
            if (overrides.containsKey(name)) {
                throw new BadInputException("'" + name + "' is both swept (--grid) and fixed (--set)");
            }
        }
        for (String name : overrides.keySet()) {
            if (!known.contains(name)) {
                throw new BadInputException("--set " + name + "=...: the model " + m.name() + " has no parameter '"
                        + name + "' (its parameters: " + String.join(", ", known) + ")");
            }
        }
    }

    /** {@code --states DIR}: refuses an ensemble model (no full-space state) and creates the directory. */
    private void prepareStates(Model m, Grid grid, Map<String, Double> set) {
        Map<String, Double> first = new LinkedHashMap<>(set);
        first.putAll(grid.point(0));
        boolean ensemble;
        try {
            ensemble = m.instantiate(first).isEnsemble();
        } catch (ModelException e) {
            ensemble = false;     // the point is invalid: the sweep reports it
        }
        if (ensemble) {
            throw new BadInputException("--states: an ensemble model's state lives on its Dicke ladders, not on the full "
                    + "tensor space; --states writes full-space density matrices (or the moments of a Gaussian model) only");
        }
        try {
            java.nio.file.Files.createDirectories(states);
        } catch (java.io.IOException e) {
            throw new BadInputException("--states " + states + ": cannot create the directory (" + e.getMessage() + ")");
        }
    }

    /** Refuses at once a grid with a point whose Hilbert space cannot fit (no allocation). */
    private void requirePointFits(Model m, Grid grid, int i) throws ModelException {
        Map<String, Double> overrides = new LinkedHashMap<>(model.overrides());
        overrides.putAll(grid.point(i));
        m.requireFits(overrides);
    }

    private ProgressReporter progressReporter(int total, int pending, int alreadyDone) {
        PrintWriter err = spec.commandLine().getErr();
        Progress mode = progress == Progress.auto ? (Terminal.stderrIsTerminal() ? Progress.bar : Progress.lines) : progress;
        return switch (mode) {
            case bar -> new TerminalProgress(System.err, pending, alreadyDone);
            case lines -> new PlainProgress(err, total, alreadyDone, LINE_INTERVAL_NANOS, System::nanoTime);
            default -> ProgressReporter.silent();
        };
    }

    private void print(String model, int n, Sweep.Report r) {
        PrintWriter o = spec.commandLine().getOut();
        String what = shard.isAll() ? "sweep of " + model : "shard " + shard + " of the sweep of " + model;
        o.println(String.format(Locale.ROOT, "%s: %d points (%d computed now), %d not ok, %.2f s on %d thread%s",
                what, r.points(), r.computed(), r.failures(), r.seconds(), n, n == 1 ? "" : "s"));
        r.files().forEach(f -> o.println("wrote " + f));
        r.notes().forEach(note -> o.println("note: " + note));
        o.flush();
    }
}
