package dev.steadfast.cli;

import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.steady.SteadyState;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(names = "--gibbs", paramLabel = "T",
            description = "Instead of solving the master equation, the Gibbs state exp(-H/T)/Z of the model's H at "
                + "temperature T (exact; T = 0: the uniform mixture of the ground space) and its measures. "
                + "T may be an expression such as 0.5 or 4/log(3).")
    String gibbs;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Also write the state (the steady state, the state reached from --initial, or the Gibbs state) "
                + "to FILE: .json (sites, dims, basis labels, re, im) or .npy (complex128 for numpy.load). "
                + "A Gaussian model (oscillators): .json only, its moments (sites, quadratures, means, covariance).")
    Path state;

    @Override
    public Integer call() throws Exception {
        Model m = model.resolve();
        if (state != null) {
            StateFile.check(state, "--state");
        }
        ModelInstance instance = model.instantiate(m);
        if (state != null) {
            StateFile.check(state, "--state", instance);
        }
        if (gibbs != null) {
            return gibbs(m, instance);
        }
        Object rho0 = initial == null ? null : InitialStateArgument.resolve(initial, m, model.overrides(), instance);
        if (state != null && instance.isEnsemble()) {
            throw noEnsembleState();
        }
        PointResult result = PointSolver.solve(instance, method.options());
        InitialOutcome outcome = null;
        if (rho0 != null) {
            outcome = result.unique() ? new InitialOutcome(initial, null, null) : reached(instance, rho0);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.isJson() ? SteadyReport.json(m.name(), result, outcome) + "\n"
                : SteadyReport.table(m.name(), m.description(), result, outcome));
        out.flush();
        if (state != null) {
            return writeState(instance, result, outcome);
        }
        return ExitCodes.OK;
    }

    /** {@code --gibbs T}: the exact Gibbs state of H and its measures; no master equation is solved. */
    private int gibbs(Model m, ModelInstance instance) throws Exception {
        if (initial != null) {
            throw new BadInputException("--gibbs and --initial exclude each other: the Gibbs state depends on T alone");
        }
        if (instance.isEnsemble()) {
            throw new BadInputException("--gibbs: " + m.name() + " is a permutation-invariant ensemble model; "
                    + "its Hamiltonian acts on the Dicke ladders and the Gibbs state needs the full space");
        }
        double t = NumberArgument.parse(gibbs, "--gibbs " + gibbs);
        if (t < 0) {
            throw new BadInputException("--gibbs " + gibbs + ": the temperature must be >= 0");
        }
        ModelInstance.Gibbs g = instance.gibbs(t);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.isJson() ? GibbsReport.json(m.name(), instance, g) + "\n" : GibbsReport.table(m.name(), instance, g));
        out.flush();
        if (state != null) {
            StateFile.write(state, g.state());
            noteWritten(out);
        }
        return ExitCodes.OK;
    }

    /**
     * Writes the steady state, or the state reached from --initial (a density matrix, or a Gaussian
     * model's moments); a steady state that is not unique has none.
     */
    private int writeState(ModelInstance instance, PointResult result, InitialOutcome outcome) throws java.io.IOException {
        Object s;
        if (outcome != null && outcome.reached() != null) {
            s = outcome.reached().state();
        } else if (result.steadyState() instanceof SteadyState.Unique<?> u) {
            s = u.state();
        } else if (instance.isGaussian()) {
            throw new BadInputException("--state " + state + ": not written: the steady state is not unique (an undamped "
                    + "mode), so there are no single moments to write");
        } else {
            throw new BadInputException("--state " + state + ": not written: the steady state is not unique; "
                    + "add --initial STATE to write the state STATE relaxes to");
        }
        StateFile.write(state, s, instance);
        noteWritten(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void noteWritten(PrintWriter out) {
        if (!format.isJson()) {
            out.println("wrote " + state);
            out.flush();
        }
    }

    private BadInputException noEnsembleState() {
        return new BadInputException("--state: an ensemble model's state lives on its Dicke ladders (blocks of the "
                + "permutation-invariant basis), not on the full tensor space; --state writes full-space density matrices "
                + "(or the moments of a Gaussian model) only");
    }

    /** The exact state rho0 relaxes to, by projection onto the steady-state manifold. */
    private InitialOutcome reached(ModelInstance instance, Object rho0) throws ModelException {
        ModelInstance.Reached r = instance.reachedFrom(rho0);
        return new InitialOutcome(initial, r.state(), r.measures());
    }
}
