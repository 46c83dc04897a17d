package dev.steadfast.model.expr;

import dev.steadfast.model.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Numbers are {@code 12}, {@code 1.5}, {@code .5}, {@code 2e-3};
 * a number never swallows the {@code ..} of a range ({@code 1..N}). Identifiers are letters,
 * digits and underscores, starting with a letter or underscore. {@code h.c.} is one token.
 */
final class Lexer {
    private final String src;
    private int i;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) throws ExprException {
        return new Lexer(src).run();
    }

    private List<Token> run() throws ExprException {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                i++;
            }
            if (i >= src.length()) {
                out.add(new Token(Kind.END, "", 0, i));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() throws ExprException {
        char c = src.charAt(i);
        int start = i;
        if (src.startsWith("h.c.", i) && (i + 4 >= src.length() || !isIdentPart(src.charAt(i + 4)))) {
            i += 4;
            return new Token(Kind.HC, "h.c.", 0, start);
        }
        if (isDigit(c) || (c == '.' && i + 1 < src.length() && isDigit(src.charAt(i + 1)))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < src.length() && isIdentPart(src.charAt(i))) {
                i++;
            }
            return new Token(Kind.IDENT, src.substring(start, i), 0, start);
        }
        if (src.startsWith("..", i)) {
            i += 2;
            return new Token(Kind.RANGE, "..", 0, start);
        }
        if (src.startsWith("**", i)) {
            i += 2;
            return new Token(Kind.CARET, "**", 0, start);
        }
        i++;
        return switch (c) {
            case '+' -> new Token(Kind.PLUS, "+", 0, start);
            case '-' -> new Token(Kind.MINUS, "-", 0, start);
            case '*' -> new Token(Kind.STAR, "*", 0, start);
            case '/' -> new Token(Kind.SLASH, "/", 0, start);
            case '^' -> new Token(Kind.CARET, "^", 0, start);
            case '(' -> new Token(Kind.LPAREN, "(", 0, start);
            case ')' -> new Token(Kind.RPAREN, ")", 0, start);
            case '[' -> new Token(Kind.LBRACKET, "[", 0, start);
            case ']' -> new Token(Kind.RBRACKET, "]", 0, start);
            case ',' -> new Token(Kind.COMMA, ",", 0, start);
            case '|' -> new Token(Kind.BAR, "|", 0, start);
            case '=' -> new Token(Kind.EQUALS, "=", 0, start);
            default -> throw new ExprException(Character.isDigit(c)
                    ? String.format("unexpected character '%c' (U+%04X): numbers are written with the ASCII digits 0-9", c, (int) c)
                    : String.format("unexpected character '%c' (U+%04X)", c, (int) c), start);
        };
    }

    private Token number() throws ExprException {
        int start = i;
        while (i < src.length() && isDigit(src.charAt(i))) {
            i++;
        }
        if (i < src.length() && src.charAt(i) == '.' && !src.startsWith("..", i)) {
            i++;
            while (i < src.length() && isDigit(src.charAt(i))) {
                i++;
            }
        }
        if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int save = i;
            i++;
            if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
                i++;
            }
            if (i < src.length() && isDigit(src.charAt(i))) {
                while (i < src.length() && isDigit(src.charAt(i))) {
                    i++;
                }
            } else {
                i = save;
            }
        }
        String text = src.substring(start, i);
        if (i < src.length() && (Character.isLetter(src.charAt(i)) || src.charAt(i) == '_')) {
            throw new ExprException("a number followed directly by a name ('" + text + src.charAt(i)
                    + "...'): write the product with '*', e.g. " + text + "*" + src.charAt(i), i);
        }
        return new Token(Kind.NUMBER, text, Double.parseDouble(text), start);
    }

    /** ASCII digits only: a number in another script is an error naming the character, not a parse failure. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
