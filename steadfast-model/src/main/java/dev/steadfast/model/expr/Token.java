package dev.steadfast.model.expr;

/**
 * A lexical token of the expression language.
 *
 * @param kind  what the token is
 * @param text  the source text of the token
 * @param value the number, for {@link Kind#NUMBER}
 * @param pos   0-based offset of the token's first character
 */
record Token(Kind kind, String text, double value, int pos) {
    enum Kind { NUMBER, IDENT, HC, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, BAR, EQUALS, RANGE, END }

    boolean is(Kind k) {
        return kind == k;
    }
}
