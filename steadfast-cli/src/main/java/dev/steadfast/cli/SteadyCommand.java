package dev.steadfast.cli;

import dev.steadfast.model.Catalogue;
import dev.steadfast.model.Model;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steadfast steady MODEL}: the steady state of a model at one parameter point. */
@Command(name = "steady", mixinStandardHelpOptions = true,
        description = {
            "Solve for the steady state of a model and evaluate its measures.",
            "A steady state that is not unique is reported as such (exit code 0), never replaced by one of them."},
        footer = {"", "Example: steadfast steady thermal-entanglement-machine --set Th=2 --format json"})
final class SteadyCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file (YAML or JSON) or a built-in model name (see `steadfast models`).")
    String model;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a parameter (repeatable).")
    Map<String, Double> set = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people) or json (for programs); default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        Model m = Catalogue.resolve(model);
        PointResult result = PointSolver.solve(m, set);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? SteadyReport.json(m.name(), result) + "\n"
                : SteadyReport.table(m.name(), m.description(), result));
        out.flush();
        return ExitCodes.OK;
    }
}
