package dev.steadfast.cli.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scripts of a {@link SlurmJob}: {@code sweep.sbatch}, a job array whose task K runs
 * {@code steadfast sweep ... --shard K/N --resume} into {@code out/shards/K} (so a requeued or
 * resubmitted task continues where it stopped); {@code merge.sbatch}, which runs
 * {@code steadfast merge} into {@code out}; and {@code submit.sh}, which submits the array and
 * then the merge with {@code --dependency=afterok} on the whole array.
 */
public final class SlurmScripts {
    public static final String ARRAY = "sweep.sbatch";
    public static final String MERGE = "merge.sbatch";
    public static final String SUBMIT = "submit.sh";

    private SlurmScripts() {
    }

    /** Writes the three scripts into {@code job.slurmDir()} and returns their paths (array, merge, submit). */
    public static List<Path> write(SlurmJob job) throws IOException {
        Path dir = Files.createDirectories(job.slurmDir());
        List<Path> files = List.of(dir.resolve(ARRAY), dir.resolve(MERGE), dir.resolve(SUBMIT));
        AtomicFiles.writeString(files.get(0), array(job));
        AtomicFiles.writeString(files.get(1), merge(job));
        AtomicFiles.writeString(files.get(2), submit(job));
        for (Path f : files) {
            makeExecutable(f);
        }
        return files;
    }

    /** The job-array script. */
    public static String array(SlurmJob job) {
        StringBuilder s = header(job, job.jobName(), job.slurmDir().resolve("shard-%a.log"));
        s.append("#SBATCH --array=1-").append(job.shards()).append('\n');
        s.append("#SBATCH --requeue\n");
        s.append("#SBATCH --open-mode=append\n");
        s.append('\n');
        s.append("# Task K computes shard K/").append(job.shards()).append(" of the grid into ")
                .append(job.out().resolve("shards")).append("/K;\n");
        s.append("# --resume makes a requeued or resubmitted task continue where it stopped.\n");
        s.append("set -euo pipefail\n");
        s.append("K=\"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch (it is a job array)}\"\n");
        List<String> words = new ArrayList<>(job.command());
        words.addAll(List.of("sweep", job.model()));
        for (String g : job.grids()) {
            words.addAll(List.of("--grid", g));
        }
        for (Map.Entry<String, Double> e : job.fixed().entrySet()) {
            words.addAll(List.of("--set", e.getKey() + "=" + e.getValue()));
        }
        words.addAll(List.of("--method", job.method()));
        s.append("exec ").append(Shell.quote(words))
                .append(" --out ").append(Shell.quote(job.out().resolve("shards").toString())).append("/\"$K\"")
                .append(" --shard \"$K/").append(job.shards()).append('"')
                .append(" --resume --threads \"${SLURM_CPUS_PER_TASK:-1}\" --progress lines --no-plots\n");
        return s.toString();
    }

    /** The merge script (submitted to run after every array task succeeded). */
    public static String merge(SlurmJob job) {
        StringBuilder s = header(job, job.jobName() + "-merge", job.slurmDir().resolve("merge.log"));
        s.append('\n');
        s.append("set -euo pipefail\n");
        s.append("shards=()\n");
        s.append("for k in $(seq 1 ").append(job.shards()).append("); do shards+=(")
                .append(Shell.quote(job.out().resolve("shards").toString())).append("/\"$k\"); done\n");
        List<String> words = new ArrayList<>(job.command());
        words.add("merge");
        s.append("exec ").append(Shell.quote(words)).append(" \"${shards[@]}\" --out ")
                .append(Shell.quote(job.out().toString())).append('\n');
        return s.toString();
    }

    /** Submits the array, then the merge depending on it; prints both job ids. */
    public static String submit(SlurmJob job) {
        String dir = Shell.quote(job.slurmDir().toString());
        return "#!/bin/bash\n"
                + "# Submits the sweep's job array, then its merge (which runs once every task has succeeded).\n"
                + "set -euo pipefail\n"
                + "array=$(sbatch --parsable " + dir + "/" + ARRAY + ")\n"
                + "array=${array%%;*}\n"
                + "merge=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes " + dir + "/"
                + MERGE + ")\n"
                + "merge=${merge%%;*}\n"
                + "echo \"array job $array, merge job $merge\"\n";
    }

    private static StringBuilder header(SlurmJob job, String name, Path log) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# Written by `steadfast slurm`.\n");
        s.append("#SBATCH --job-name=").append(name).append('\n');
        s.append("#SBATCH --output=").append(log).append('\n');
        for (Map.Entry<String, String> e : job.sbatch().entrySet()) {
            s.append("#SBATCH --").append(e.getKey()).append(e.getValue().isEmpty() ? "" : "=" + e.getValue()).append('\n');
        }
        return s;
    }

    private static void makeExecutable(Path f) throws IOException {
        try {
            Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(f));
            if (p.contains(PosixFilePermission.OWNER_READ)) {
                p.add(PosixFilePermission.OWNER_EXECUTE);
            }
            if (p.contains(PosixFilePermission.GROUP_READ)) {
                p.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (p.contains(PosixFilePermission.OTHERS_READ)) {
                p.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            Files.setPosixFilePermissions(f, p);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the scripts are run through sbatch or bash anyway
        }
    }
}
