package dev.steadfast.cli;

import dev.steadfast.cli.sweep.Grid;
import dev.steadfast.cli.sweep.Shard;
import dev.steadfast.cli.sweep.SlurmJob;
import dev.steadfast.cli.sweep.SlurmScripts;
import dev.steadfast.model.Model;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code steadfast slurm MODEL --grid ... --out DIR --shards N}: a sweep as a SLURM job array plus a merge job. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {
            "Write (and with --submit, submit) the SLURM scripts of a sweep spread over a job array: task K of "
                + "DIR/slurm/sweep.sbatch runs `steadfast sweep ... --shard K/N --resume --out DIR/shards/K`; "
                + "DIR/slurm/merge.sbatch runs `steadfast merge` into DIR once every task has succeeded; "
                + "DIR/slurm/submit.sh submits both (the merge with --dependency=afterok on the array).",
            "A task that fails or is requeued continues where it stopped when it runs again."},
        footer = {"", "Example: steadfast slurm xx-chain-thermal --set N=10 --grid TL=0.1:2:100 --grid g=log:0.001:1:100 "
            + "--out /scratch/me/chain --shards 50 --partition short --time 02:00:00 --cpus-per-task 4 --submit"})
final class SlurmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--grid", required = true, paramLabel = "NAME=SPEC", description = "A grid axis, as for sweep (repeatable).")
    List<String> grids = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (shards, scripts, logs and the merged results).")
    Path out;

    @Option(names = "--shards", required = true, paramLabel = "N", description = "Number of array tasks (shards of the grid).")
    int shards;

    @Mixin
    MethodChoice method;

    @Option(names = "--partition", paramLabel = "P", description = "#SBATCH --partition.")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "#SBATCH --time, per task (e.g. 02:00:00).")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "1",
            description = "#SBATCH --cpus-per-task; each task solves C points at once (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--mem", paramLabel = "M", description = "#SBATCH --mem, per task (e.g. 8G).")
    String mem;

    @Option(names = "--account", paramLabel = "A", description = "#SBATCH --account.")
    String account;

    @Option(names = "--sbatch", paramLabel = "OPTION", description = "Any other #SBATCH option, e.g. --sbatch qos=long (repeatable).")
    List<String> extra = new ArrayList<>();

    @Option(names = "--command", paramLabel = "CMD",
            description = "The steadfast command the jobs run (default: this Java and class path, as absolute paths).")
    String command;

    @Option(names = "--submit", description = "Submit with sbatch (the array, then the merge depending on it).")
    boolean submit;

    @Override
    public Integer call() throws Exception {
        if (shards < 1 || shards > Shard.MAX_COUNT) {
            throw new BadInputException("--shards " + shards + ": must be between 1 and " + Shard.MAX_COUNT);
        }
        if (cpus < 1) {
            throw new BadInputException("--cpus-per-task " + cpus + ": must be at least 1");
        }
        Model m = model.resolve();
        Grid grid = Grid.parse(grids);
        SweepCommand.checkParameters(m, grid, model.overrides());
        if (shards > grid.size()) {
            throw new BadInputException("--shards " + shards + ": the grid has only " + grid.size() + " points");
        }
        Path dir = out.toAbsolutePath().normalize();
        if (dir.toString().matches(".*\\s.*")) {
            throw new BadInputException("--out " + dir + ": SLURM's #SBATCH lines cannot hold a path with spaces");
        }
        SlurmJob job = new SlurmJob(commandWords(), modelArgument(), grids, model.overrides(),
                method.method.name().toLowerCase(Locale.ROOT), dir, shards, sbatchOptions(),
                "steadfast-" + m.name().replaceAll("[^A-Za-z0-9_.-]", "_"));
        List<Path> files = SlurmScripts.write(job);
        PrintWriter o = spec.commandLine().getOut();
        files.forEach(f -> o.println("wrote " + f));
        if (submit) {
            o.println(submit(files.get(2)));
        } else {
            o.println("submit with: bash " + files.get(2));
        }
        o.flush();
        return ExitCodes.OK;
    }

    private Map<String, String> sbatchOptions() {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "partition", partition);
        put(s, "time", time);
        s.put("cpus-per-task", Integer.toString(cpus));
        put(s, "mem", mem);
        put(s, "account", account);
        for (String e : extra) {
            String opt = e.startsWith("--") ? e.substring(2) : e;
            if (opt.isBlank() || opt.contains("\n")) {
                throw new BadInputException("--sbatch " + e + ": expected NAME or NAME=VALUE");
            }
            int eq = opt.indexOf('=');
            s.put(eq < 0 ? opt : opt.substring(0, eq), eq < 0 ? "" : opt.substring(eq + 1));
        }
        return s;
    }

    private static void put(Map<String, String> s, String name, String value) {
        if (value != null) {
            if (value.isBlank() || value.contains("\n")) {
                throw new BadInputException("--" + name + " '" + value + "': not a valid value");
            }
            s.put(name, value);
        }
    }

    /** A model file as an absolute path (the jobs run elsewhere), a built-in model by name. */
    private String modelArgument() {
        Path p = Path.of(model.model);
        return Files.isRegularFile(p) ? p.toAbsolutePath().normalize().toString() : model.model;
    }

    private List<String> commandWords() {
        if (command != null) {
            return List.of(command.trim().split("\\s+"));
        }
        String javaCommand = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.add(Path.of(e).toAbsolutePath().normalize().toString());
        }
        return List.of(javaCommand, "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-Djava.awt.headless=true", "-cp",
                String.join(File.pathSeparator, cp), Main.class.getName());
    }

    private static String submit(Path script) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + script + ": " + e.getMessage(), e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException("submitting with sbatch failed (" + script + ", exit " + code + "): " + output);
        }
        return "submitted: " + output;
    }
}
