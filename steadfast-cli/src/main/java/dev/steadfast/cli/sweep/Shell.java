package dev.steadfast.cli.sweep;

import java.util.List;
import java.util.regex.Pattern;

/** Quoting for POSIX shells: words that need it are single-quoted. */
final class Shell {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private Shell() {
    }

    /** One word, quoted when it holds anything but safe characters. */
    static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    /** Words joined by spaces, each quoted as needed. */
    static String quote(List<String> words) {
        return String.join(" ", words.stream().map(Shell::quote).toList());
    }
}
