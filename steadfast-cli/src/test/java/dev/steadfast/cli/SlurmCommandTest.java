package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steadfast slurm}: the scripts it writes (their content, and that bash accepts them). */
class SlurmCommandTest {
    private static final String MACHINE = Cli.model("two-qubit-machine.yaml");

    @TempDir
    Path dir;

    @Test
    void writesAJobArrayOfResumableShardsAndADependentMerge() throws Exception {
        Path out = dir.resolve("run");
        Cli.Run r = Cli.run("slurm", MACHINE, "--grid", "Th=0:4:5", "--grid", "gc=log:0.1:10:3", "--set", "g=0.2",
                "--out", out.toString(), "--shards", "3", "--partition", "short", "--time", "01:30:00",
                "--cpus-per-task", "4", "--mem", "8G", "--account", "qphys", "--sbatch", "qos=long",
                "--method", "direct", "--command", "/opt/steadfast/steadfast");
        assertEquals(0, r.code(), r.toString());
        Path slurm = out.resolve("slurm");
        assertTrue(r.out().contains("wrote " + slurm.resolve("sweep.sbatch")) && r.out().contains("bash "
                + slurm.resolve("submit.sh")), r.out());

        String array = Files.readString(slurm.resolve("sweep.sbatch"));
        List<String> expected = List.of("#!/bin/bash", "#SBATCH --job-name=steadfast-two-qubit-machine",
                "#SBATCH --output=" + slurm.resolve("shard-%a.log"), "#SBATCH --partition=short",
                "#SBATCH --time=01:30:00", "#SBATCH --cpus-per-task=4", "#SBATCH --mem=8G", "#SBATCH --account=qphys",
                "#SBATCH --qos=long", "#SBATCH --array=1-3", "#SBATCH --requeue", "#SBATCH --open-mode=append",
                "K=\"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch (it is a job array)}\"",
                "exec /opt/steadfast/steadfast sweep " + Path.of(MACHINE).toAbsolutePath()
                        + " --grid Th=0:4:5 --grid gc=log:0.1:10:3 --set g=0.2 --method direct --out "
                        + out.resolve("shards") + "/\"$K\" --shard \"$K/3\" --resume --threads \"${SLURM_CPUS_PER_TASK:-1}\" "
                        + "--progress lines --no-plots");
        for (String line : expected) {
            assertTrue(array.lines().anyMatch(line::equals), "missing line: " + line + "\n" + array);
        }

        String merge = Files.readString(slurm.resolve("merge.sbatch"));
        assertTrue(merge.contains("#SBATCH --job-name=steadfast-two-qubit-machine-merge\n"), merge);
        assertTrue(merge.contains("#SBATCH --output=" + slurm.resolve("merge.log") + "\n"), merge);
        assertTrue(merge.contains("for k in $(seq 1 3); do shards+=(" + out.resolve("shards") + "/\"$k\"); done\n"), merge);
        assertTrue(merge.contains("exec /opt/steadfast/steadfast merge \"${shards[@]}\" --out " + out + "\n"), merge);
        assertTrue(!merge.contains("--array"), merge);

        String submit = Files.readString(slurm.resolve("submit.sh"));
        assertTrue(submit.contains("array=$(sbatch --parsable " + slurm + "/sweep.sbatch)"), submit);
        assertTrue(submit.contains("sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes "
                + slurm + "/merge.sbatch"), submit);
        for (String f : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            assertTrue(Files.getPosixFilePermissions(slurm.resolve(f)).contains(PosixFilePermission.OWNER_EXECUTE), f);
            Process p = new ProcessBuilder("bash", "-n", slurm.resolve(f).toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                    f + ": " + new String(p.getInputStream().readAllBytes()));
        }
    }

    @Test
    void theArrayTaskRunsItsShardWhenStartedAsSlurmWould() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("slurm", MACHINE, "--grid", "Th=1,2,3", "--out", out.toString(), "--shards", "2").code());
        String array = Files.readString(out.resolve("slurm").resolve("sweep.sbatch"));
        assertTrue(array.contains("-cp ") && array.contains(Main.class.getName() + " sweep "),
                "by default the jobs run this Java with this class path: " + array);
        for (int k = 1; k <= 2; k++) {
            ProcessBuilder pb = new ProcessBuilder("bash", out.resolve("slurm").resolve("sweep.sbatch").toString());
            pb.environment().put("SLURM_ARRAY_TASK_ID", Integer.toString(k));
            pb.environment().put("SLURM_CPUS_PER_TASK", "1");
            Process task = pb.redirectErrorStream(true).redirectOutput(dir.resolve("task" + k + ".log").toFile()).start();
            assertTrue(task.waitFor(120, TimeUnit.SECONDS), "task " + k);
            assertEquals(0, task.exitValue(), Files.readString(dir.resolve("task" + k + ".log")));
        }
        Process merge = new ProcessBuilder("bash", out.resolve("slurm").resolve("merge.sbatch").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("merge.log").toFile()).start();
        assertTrue(merge.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, merge.exitValue(), Files.readString(dir.resolve("merge.log")));
        assertEquals(4, Files.readAllLines(out.resolve("results.csv")).size());
        assertTrue(Files.exists(out.resolve("C.png")));
    }

    @Test
    void badSlurmOptionsAreExitTwo() {
        Cli.Run tooMany = Cli.run("slurm", MACHINE, "--grid", "Th=1,2", "--out", dir.toString(), "--shards", "3");
        assertEquals(2, tooMany.code(), tooMany.toString());
        assertTrue(tooMany.err().contains("--shards 3: the grid has only 2 points"), tooMany.err());
        Cli.Run unknown = Cli.run("slurm", MACHINE, "--grid", "Tx=1,2", "--out", dir.toString(), "--shards", "1");
        assertEquals(2, unknown.code(), unknown.toString());
        Cli.Run spaces = Cli.run("slurm", MACHINE, "--grid", "Th=1,2", "--out", dir.resolve("a b").toString(), "--shards", "1");
        assertEquals(2, spaces.code(), spaces.toString());
    }
}
