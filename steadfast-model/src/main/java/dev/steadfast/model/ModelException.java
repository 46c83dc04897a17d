package dev.steadfast.model;

/**
 * Bad input in a model: the message names the source (file), the line when known, the entry
 * (e.g. {@code dissipators[2] (hot)} or {@code measures.C}) and the problem. The command line
 * prints {@link #getMessage()} and exits with code 2.
 */
public class ModelException extends Exception {
    private final String source;
    private final int line;
    private final String entry;
    private final String problem;

    /**
     * @param source  file name or built-in model name
     * @param line    1-based line, or 0 when unknown
     * @param entry   the entry at fault, or null
     * @param problem what is wrong, in words a physicist understands
     */
    public ModelException(String source, int line, String entry, String problem) {
        super(format(source, line, entry, problem));
        this.source = source;
        this.line = line;
        this.entry = entry;
        this.problem = problem;
    }

    private static String format(String source, int line, String entry, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<model>" : source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (entry != null && !entry.isEmpty()) {
            sb.append(entry).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String source() { return source; }
    public int line() { return line; }
    public String entry() { return entry; }
    public String problem() { return problem; }

    /** Longest expression text repeated in a message; a longer one is shortened in the middle. */
    private static final int QUOTED_LIMIT = 120;

    /** {@code in "TEXT"} for a message, TEXT shortened in the middle when it is long. */
    public static String quoted(String text) {
        String t = text.length() <= QUOTED_LIMIT ? text
                : text.substring(0, QUOTED_LIMIT / 2) + " ... " + text.substring(text.length() - QUOTED_LIMIT / 2);
        return " in \"" + t + "\"";
    }
}
