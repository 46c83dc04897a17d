package dev.steadfast.cli.sweep;

import java.util.Optional;

/**
 * Who holds (or held) a sweep directory's lock, as written in the lock file: one line
 * {@code pid=123 host=node7 started=2026-11-29T13:00:00Z purpose=sweep}.
 *
 * @param pid     process id
 * @param host    host name
 * @param started ISO-8601 start time of the holder's run
 * @param purpose what the holder does ("sweep", "merge")
 */
public record LockHolder(long pid, String host, String started, String purpose) {

    /** The line stored in the lock file. */
    String line() {
        return "pid=" + pid + " host=" + host + " started=" + started + " purpose=" + purpose;
    }

    /** For messages: "a sweep (pid 123 on host node7, started 2026-...)". */
    public String describe() {
        return "a " + purpose + " (pid " + pid + " on host " + host + ", started " + started + ")";
    }

    /** Whether the holder was on {@code thisHost} and its process is still running. */
    boolean isAliveHere(String thisHost) {
        return host.equals(thisHost) && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The holder recorded in a lock file's text, if it holds a complete line. */
    static Optional<LockHolder> parse(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return Optional.empty();
        }
        String pid = null;
        String host = null;
        String started = null;
        String purpose = "sweep";
        for (String field : text.substring(0, nl).trim().split(" ")) {
            int eq = field.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String v = field.substring(eq + 1);
            switch (field.substring(0, eq)) {
                case "pid" -> pid = v;
                case "host" -> host = v;
                case "started" -> started = v;
                case "purpose" -> purpose = v;
                default -> { }
            }
        }
        if (pid == null || host == null || started == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockHolder(Long.parseLong(pid), host, started, purpose));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
