package dev.steadfast.model.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the commonest YAML mistake in model files: an unquoted expression that holds commas,
 * brackets or braces inside a {@code {...}} flow mapping, where YAML reads them as structure, e.g.
 * {@code {type: lindblad, op: sum(i=1..N, sm(r[i])), rate: 1}}. The hint reconstructs the
 * expression by matching parentheses and suggests the quoted form.
 */
final class QuoteHint {
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s+");

    private QuoteHint() {
    }

    /** A hint such as {@code quote the expression: op: "sum(i=1..N, sm(r[i]))"}, or null. */
    static String forLine(String line) {
        if (line == null || line.indexOf('{') < 0) {
            return null;
        }
        Matcher m = KEY.matcher(line);
        int from = line.indexOf('{');
        while (m.find(from)) {
            int start = m.end();
            from = start;
            if (start >= line.length() || line.charAt(start) == '"' || line.charAt(start) == '\'') {
                continue;
            }
            String value = balanced(line, start);
            if (value.indexOf('(') >= 0 && (value.indexOf(',') >= 0 || value.indexOf('[') >= 0 || value.indexOf('{') >= 0)) {
                return "quote the expression: " + m.group(1) + ": \"" + value.strip() + "\"";
            }
        }
        return null;
    }

    /** The text from {@code start} up to a ',' or '}' outside parentheses and brackets. */
    private static String balanced(String line, int start) {
        int depth = 0;
        int i = start;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if ((c == ',' || c == '}') && depth <= 0) {
                break;
            } else if (c == '#' && i > 0 && line.charAt(i - 1) == ' ') {
                break;
            }
        }
        return line.substring(start, i);
    }
}
