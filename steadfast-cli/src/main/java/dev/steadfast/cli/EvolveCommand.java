package dev.steadfast.cli;

import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadfast evolve MODEL --initial STATE --times 0:T:n --out DIR}: the master equation in time. */
@Command(name = "evolve", mixinStandardHelpOptions = true,
        description = {
            "Integrate the master equation from an initial state and evaluate the model's measures at each time.",
            "Writes DIR/evolution.csv (time, then the measures), DIR/<measure>.png (a line plot per measure) and "
                + "DIR/summary.json (method, steps, seconds, and the sudden deaths and births of every measure).",
            "STATE: " + InitialStateArgument.FORMS + "."},
        footer = {"", "Example: steadfast evolve yu-eberly-sudden-death --initial yu_eberly --times 0:2:401 --out out/ye"})
final class EvolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--initial", required = true, paramLabel = "STATE", description = "The initial state (see above).")
    String initial;

    @Option(names = "--times", required = true, paramLabel = "START:STOP:COUNT",
            description = "COUNT output times from START to STOP inclusive, e.g. 0:10:201.")
    String times;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if needed).")
    Path out;

    @Option(names = "--states", paramLabel = "DIR",
            description = "Also write the state at every output time to DIR/rho_<k>.npy (complex128; k from 0) with "
                + "DIR/times.csv (k, time); a Gaussian model (oscillators): its moments, DIR/moments_<k>.json. "
                + "Not for ensemble models.")
    Path states;

    @Option(names = "--no-plots", description = "Do not draw the PNG plots.")
    boolean noPlots;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        double[] t = TimeGrid.parse(times);
        Model m = model.resolve();
        ModelInstance instance = model.instantiate(m);
        List<String> measures = instance.measureNames();
        Object rho0 = InitialStateArgument.resolve(initial, m, model.overrides(), instance);
        StateSeries series = states == null ? null : StateSeries.open(states, t.length, instance);
        EvolutionResult r;
        try {
            r = series == null ? instance.evolve(rho0, t, EvolutionOptions.defaults())
                    : instance.evolve(rho0, t, EvolutionOptions.defaults(), series::accept);
        } catch (ModelException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (series != null) {
            series.finish();
        }
        EvolutionOutput.Report report = EvolutionOutput.write(out, m.name(), initial, instance.parameters(), measures, r, !noPlots);
        PrintWriter o = spec.commandLine().getOut();
        o.print(format.isJson() ? report.summaryJson() + "\n" : report.table());
        o.flush();
        return ExitCodes.OK;
    }
}
