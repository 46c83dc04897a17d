package dev.steadfast.cli.sweep;

import java.util.ArrayList;
import java.util.List;

/** The small part of RFC 4180 that results.csv needs: comma-separated cells, quoted when needed. */
final class Csv {
    private Csv() {
    }

    /** One line (without the line break) holding the given cells. */
    static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        return sb.toString();
    }

    /** A cell, quoted when it holds a comma or a quote; line breaks become spaces. */
    static String quote(String cell) {
        String c = cell.replace('\r', ' ').replace('\n', ' ');
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0) {
            return c;
        }
        return '"' + c.replace("\"", "\"\"") + '"';
    }

    /** Splits one line into cells; throws IllegalArgumentException for an unterminated quote. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        cells.add(cell.toString());
        return cells;
    }
}
