package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock on a sweep's output directory, held for the whole run: the file
 * {@code DIR/.steadfast.lock}, locked with an operating-system file lock (released by the kernel
 * when the process ends, however it ends) and holding a line that names the holder (pid, host,
 * start time). A lock file whose OS lock is free was left by a process that was killed: it is
 * taken over and the takeover is reported. A directory locked by a running process is refused at
 * once, naming that process.
 */
public final class SweepLock implements Closeable {
    public static final String FILE = ".steadfast.lock";
    /**
     * Lock files held by this JVM. POSIX locks belong to the process and closing any descriptor
     * of the file drops them, so a file locked here is never opened a second time.
     */
    private static final Map<Path, LockHolder> HELD_HERE = new ConcurrentHashMap<>();

    private final Path key;

    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<LockHolder> staleHolder;

    private SweepLock(Path key, FileChannel channel, FileLock lock, Optional<LockHolder> staleHolder) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /**
     * Locks {@code dir} (which must exist) for {@code purpose} ("sweep", "merge").
     *
     * @throws BadInputException when another process (or another sweep in this one) holds it,
     *                           or the lock file cannot be created
     */
    public static SweepLock acquire(Path dir, String purpose) {
        Path file = dir.resolve(FILE);
        Path key = key(file);
        LockHolder me = new LockHolder(ProcessHandle.current().pid(), hostName(), Instant.now().toString(), purpose);
        LockHolder here = HELD_HERE.putIfAbsent(key, me);
        if (here != null) {
            throw refusal(dir, Optional.of(here));
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD_HERE.remove(key);
            throw new BadInputException(dir + ": cannot create the lock file " + FILE + " there (" + reason(e) + ")", e);
        }
        try {
            Optional<LockHolder> previous = LockHolder.parse(read(ch));
            FileLock l = tryLock(ch, previous);
            if (l == null) {
                throw refusal(dir, previous);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((me.line() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new SweepLock(key, ch, l, previous);
        } catch (IOException | RuntimeException e) {
            close(ch);
            HELD_HERE.remove(key);
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(dir + ": cannot lock the directory (" + reason(e) + ")", e);
        }
    }

    /** The holder of a lock left by a killed process, when this lock took it over. */
    public Optional<LockHolder> staleHolder() {
        return staleHolder;
    }

    /** Empties the lock file and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD_HERE.remove(key);
            }
        }
    }

    /**
     * The OS lock, or null when it is held elsewhere. Where the file system has no locks (some
     * network file systems), a holder recorded on this host whose process is alive counts as held.
     */
    private static FileLock tryLock(FileChannel ch, Optional<LockHolder> previous) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            if (previous.isPresent() && previous.get().isAliveHere(hostName())) {
                return null;
            }
            throw new IOException("the file system does not support locks: " + reason(e), e);
        }
    }

    private static BadInputException refusal(Path dir, Optional<LockHolder> holder) {
        String who = holder.map(LockHolder::describe).orElse("another process (it has not yet written its name)");
        return new BadInputException("--out " + dir + " is in use by " + who + "; wait for it to finish, "
                + "or choose another --out directory (the lock is " + dir.resolve(FILE) + ")");
    }

    private static String read(FileChannel ch) throws IOException {
        long size = Math.min(ch.size(), 4096);
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
            // read until full
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static Path key(Path file) {
        try {
            return file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String h = System.getenv("HOSTNAME");
            return h == null ? "unknown-host" : h;
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
