package dev.steadfast.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
            "Exit codes: 0 success, 1 numerical failure, 2 bad input."})
public final class SteadfastCommand implements Callable<Integer> {
    /**
     * The subcommands by name, in the order the usage lists them. Built on demand: picocli's model of a
     * command is made by reflection (its classes predate class-data sharing), so a run registers only
     * the subcommand it names ({@link Main#commandLine(String...)}), and help lists them all.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("steady", SteadyCommand::new);
        m.put("sweep", SweepCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("slurm", SlurmCommand::new);
        m.put("evolve", EvolveCommand::new);
        m.put("spectrum", SpectrumCommand::new);
        m.put("fcs", FcsCommand::new);
        m.put("models", ModelsCommand::new);
        m.put("reproduce", ReproduceCommand::new);
        m.put("help", HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

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
