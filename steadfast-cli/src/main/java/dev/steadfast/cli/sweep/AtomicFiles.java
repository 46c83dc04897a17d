package dev.steadfast.cli.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either absent, its old version, or complete: the content goes to
 * a temporary file in the same directory ({@code .NAME.*.tmp}), which is then renamed over the
 * target. The file is created like any other ({@code open(2)} with mode 0666), so its permissions
 * follow the umask. A failure is an IOException naming the target and the reason.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically with the given body. */
    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            Path tmp = null;
            try {
                tmp = createTemporary(abs);
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                    body.writeTo(out);
                }
                move(tmp, abs);
            } finally {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException e) {
            throw new IOException(target + ": cannot write (" + ResultsCsv.reasonOf(e) + ")", e);
        }
    }

    /**
     * A new empty file {@code .NAME.<random>.tmp} beside the target. Unlike
     * {@link Files#createTempFile}, whose files are mode 0600 whatever the umask, it gets the
     * permissions of any newly created file.
     */
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Writes text (UTF-8) to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Removes temporary files a killed run may have left in {@code dir}. */
    public static void removeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
