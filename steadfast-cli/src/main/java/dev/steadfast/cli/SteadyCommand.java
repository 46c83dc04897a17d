package dev.steadfast.cli;

import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadfast steady MODEL}: the steady state of a model at one parameter point. */
@Command(name = "steady", mixinStandardHelpOptions = true,
        description = {
            "Solve for the steady state of a model and evaluate its measures.",
            "A steady state that is not unique is reported as such (exit code 0), never replaced by one of them; "
                + "with --initial STATE, the state that STATE relaxes to is reported (exactly)."},
        footer = {"", "Example: steadfast steady thermal-entanglement-machine --set Th=2 --format json"})
final class SteadyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Mixin
    FormatOption format;

    @Mixin
    MethodChoice method;

    @Option(names = "--initial", paramLabel = "STATE",
            description = "When the steady state is not unique, report the one this initial state relaxes to (exactly). "
                + "STATE: " + InitialStateArgument.FORMS + ".")
    String initial;

    @Override
    public Integer call() throws Exception {
        Model m = model.resolve();
        ModelInstance instance = model.instantiate(m);
        Object rho0 = initial == null ? null : InitialStateArgument.resolve(initial, m, model.overrides(), instance);
        PointResult result = PointSolver.solve(instance, method.options());
        InitialOutcome outcome = null;
        if (rho0 != null) {
            outcome = result.unique() ? new InitialOutcome(initial, null, null) : reached(instance, rho0);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.isJson() ? SteadyReport.json(m.name(), result, outcome) + "\n"
                : SteadyReport.table(m.name(), m.description(), result, outcome));
        out.flush();
        return ExitCodes.OK;
    }

    /** The exact state rho0 relaxes to, by projection onto the steady-state manifold. */
    private InitialOutcome reached(ModelInstance instance, Object rho0) throws ModelException {
        ModelInstance.Reached r = instance.reachedFrom(rho0);
        return new InitialOutcome(initial, r.state(), r.measures());
    }
}
