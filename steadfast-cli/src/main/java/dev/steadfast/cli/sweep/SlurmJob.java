package dev.steadfast.cli.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A sweep spread over a SLURM job array: what {@code steadfast slurm} writes into scripts.
 *
 * @param command     the steadfast command line (words), e.g. a launcher or {@code java -cp ... Main}
 * @param model       the model argument (an absolute file path or a built-in name)
 * @param grids       the {@code --grid} values
 * @param fixed       the {@code --set} values
 * @param method      the {@code --method} value
 * @param out         the output directory (absolute): shards under {@code out/shards/K}, merged results in {@code out}
 * @param shards      N, the number of array tasks
 * @param sbatch      the {@code #SBATCH} options (name → value, or value "" for a flag), in order
 * @param jobName     the job name
 */
public record SlurmJob(List<String> command, String model, List<String> grids, Map<String, Double> fixed,
                       String method, Path out, int shards, Map<String, String> sbatch, String jobName) {

    public SlurmJob {
        command = List.copyOf(command);
        grids = List.copyOf(grids);
        fixed = new java.util.LinkedHashMap<>(fixed);
        sbatch = new java.util.LinkedHashMap<>(sbatch);
    }

    /** Where the scripts and the logs go. */
    public Path slurmDir() {
        return out.resolve("slurm");
    }

    /** The directory of shard {@code k}. */
    public Path shardDir(int k) {
        return out.resolve("shards").resolve(Integer.toString(k));
    }
}
