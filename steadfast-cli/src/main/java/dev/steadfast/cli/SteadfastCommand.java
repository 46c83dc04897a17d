package dev.steadfast.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command; it only dispatches to its subcommands. */
@Command(name = "steadfast", mixinStandardHelpOptions = true, version = "steadfast 0.1.0",
        description = {
            "Steady states of open quantum systems (Lindblad master equations): the entanglement and "
                + "coherence that engineered reservoirs, thermal baths and drives leave behind.",
            "",
            "Exit codes: 0 success, 1 numerical failure, 2 bad input."},
        subcommands = {SteadyCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, EvolveCommand.class, SpectrumCommand.class, FcsCommand.class, ModelsCommand.class,
            ReproduceCommand.class,
            HelpCommand.class})
public final class SteadfastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace as well as the message.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
