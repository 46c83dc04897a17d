package dev.steadfast.cli;

import dev.steadfast.cli.sweep.SweepMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steadfast merge DIR... --out DIR}: joins the shards of a sweep into the sweep's results. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {
            "Join the shards of a sweep (each computed by `steadfast sweep ... --shard K/N --out DIR_K`) into "
                + "the results.csv, summary.json, sweep.json and plots that one sweep of the whole grid writes.",
            "The shards must hold the same sweep (model, grid, --set values and steadfast version) and together "
                + "cover the grid exactly once; a missing, repeated, incomplete or still running shard is refused "
                + "(exit 2) with the points it lacks."},
        footer = {"", "Example: steadfast merge out/shards/* --out out/"})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard directories.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the merged sweep.")
    Path out;

    @Option(names = "--no-plots", description = "Do not draw the PNG plots.")
    boolean noPlots;

    @Override
    public Integer call() throws Exception {
        SweepMerge.Report r = SweepMerge.run(shards, out, !noPlots);
        PrintWriter o = spec.commandLine().getOut();
        o.println("merged " + r.shards() + " shard" + (r.shards() == 1 ? "" : "s") + " of the sweep of " + r.model()
                + ": " + r.points() + " points, " + r.failures() + " not ok");
        r.files().forEach(f -> o.println("wrote " + f));
        r.notes().forEach(note -> o.println("note: " + note));
        o.flush();
        return ExitCodes.OK;
    }
}
