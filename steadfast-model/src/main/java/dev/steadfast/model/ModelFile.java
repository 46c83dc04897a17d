package dev.steadfast.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the text of a model file, saying what is wrong with a path that is not one: a directory,
 * a device or other special file, a file that is not readable, text that is not UTF-8 (with the
 * byte offset of the first invalid byte).
 */
final class ModelFile {
    private ModelFile() {
    }

    /** What a path that exists but is not a regular file is, for messages ("a directory", ...). */
    static String kind(Path p) {
        if (Files.isDirectory(p)) {
            return "a directory";
        }
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            return "a broken symbolic link";
        }
        return "a device or special file (not a regular file)";
    }

    /**
     * Largest model file: a model of thousands of terms is a few hundred kilobytes; a larger file is
     * refused at once instead of being parsed for minutes.
     */
    public static final long MAX_BYTES = 1L << 20;

    /** The file's text, decoded strictly as UTF-8. */
    static String read(Path file) throws ModelException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw error(file, "is " + kind(file) + ", not a model file");
        }
        byte[] bytes;
        try {
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw error(file, String.format(Locale.ROOT, "is %,d bytes; model files are limited to %,d bytes (1 MiB)",
                        Files.size(file), MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw error(file, "is not readable (permission denied)");
        } catch (IOException | OutOfMemoryError e) {
            throw error(file, "cannot read the file: " + e.getMessage());
        }
        return decode(file, bytes);
    }

    private static String decode(Path file, byte[] bytes) throws ModelException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw error(file, String.format(Locale.ROOT, "is not UTF-8 text: invalid byte 0x%02X at byte offset %d "
                    + "(line %d); save the file as UTF-8", bytes[at] & 0xFF, at, line(bytes, at)));
        }
        d.flush(out);
        return out.flip().toString();
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ModelException error(Path file, String what) {
        return new ModelException(file.toString(), 0, null, what);
    }
}
