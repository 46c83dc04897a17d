package dev.steadfast.model.expr;

import dev.steadfast.model.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the expression language.
 *
 * <pre>
 * expr    := term (('+' | '-') term)* ['+' 'h.c.']
 * term    := unary (('*' | '/') unary)*
 * unary   := ('-' | '+') unary | power
 * power   := primary [('^' | '**') unary]          (right-associative: 2^3^2 = 2^9)
 * primary := NUMBER | NAME | NAME '[' expr ']' | NAME '(' [args] ')' | '(' expr ')'
 *          | 'sum' '(' NAME '=' expr '..' expr ',' expr ')'
 * args    := arg ((',' | '|') arg)*                 (at most one '|')
 * arg     := expr | site '=' expr                   (site=level: in ket(...) and bra(...))
 * range   := NAME '=' expr '..' expr                (the value of a 'for:' key)
 * </pre>
 *
 * {@code + h.c.} must be the last term of a sum (of the whole expression or of a parenthesis,
 * argument or sum body); it adds the Hermitian conjugate of the preceding terms of that sum.
 */
public final class Parser {
    /**
     * Deepest nesting of parentheses, arguments and unary signs: far beyond any physical model, and
     * a clear error instead of the evaluator running out of stack.
     */
    public static final int MAX_NESTING = 256;

    private final List<Token> tokens;
    private int k;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole expression. */
    public static Expr parse(String text) throws ExprException {
        Parser p = new Parser(Lexer.tokens(text));
        Expr e = p.expr();
        p.expectEnd();
        return e;
    }

    /** Parses {@code var=from..to}. */
    public static Range parseRange(String text) throws ExprException {
        Parser p = new Parser(Lexer.tokens(text));
        Range r = p.range("write the range as i=1..N");
        p.expectEnd();
        return r;
    }

    private Token peek() {
        return tokens.get(k);
    }

    private Token take() {
        return tokens.get(k++);
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            k++;
            return true;
        }
        return false;
    }

    private void expectEnd() throws ExprException {
        Token t = peek();
        if (t.is(Kind.END)) {
            return;
        }
        if (t.is(Kind.RPAREN)) {
            throw new ExprException("unbalanced parentheses: ')' at column " + (t.pos() + 1) + " has no matching '('", t.pos());
        }
        throw new ExprException("unexpected '" + t.text() + "' at column " + (t.pos() + 1)
                + " (a missing operator such as '*' or '+'?)", t.pos());
    }

    private Expr expr() throws ExprException {
        enter();
        try {
            return sum();
        } finally {
            depth--;
        }
    }

    /** One more level of nesting; beyond {@link #MAX_NESTING} an error at the current token. */
    private void enter() throws ExprException {
        if (++depth > MAX_NESTING) {
            throw new ExprException("the expression nests parentheses, arguments or signs more than " + MAX_NESTING
                    + " levels deep", peek().pos());
        }
    }

    private Expr sum() throws ExprException {
        Expr left = term();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            Token op = take();
            if (peek().is(Kind.HC)) {
                Token hc = take();
                if (op.is(Kind.MINUS)) {
                    throw new ExprException("'- h.c.' is not defined; write '+ h.c.' or the terms explicitly", hc.pos());
                }
                Kind next = peek().kind();
                if (next != Kind.END && next != Kind.RPAREN && next != Kind.COMMA && next != Kind.BAR) {
                    throw new ExprException("'+ h.c.' must be the last term of a sum (column " + (hc.pos() + 1) + ")", hc.pos());
                }
                return new Expr.PlusHc(left, hc.pos());
            }
            Expr right = term();
            left = new Expr.Binary(op.is(Kind.PLUS) ? '+' : '-', left, right, op.pos());
        }
        return left;
    }

    private Expr term() throws ExprException {
        Expr left = unary();
        while (peek().is(Kind.STAR) || peek().is(Kind.SLASH)) {
            Token op = take();
            Expr right = unary();
            left = new Expr.Binary(op.is(Kind.STAR) ? '*' : '/', left, right, op.pos());
        }
        return left;
    }

    private Expr unary() throws ExprException {
        Token t = peek();
        if (accept(Kind.MINUS)) {
            enter();
            try {
                return new Expr.Neg(unary(), t.pos());
            } finally {
                depth--;
            }
        }
        if (accept(Kind.PLUS)) {
            enter();
            try {
                return unary();
            } finally {
                depth--;
            }
        }
        return power();
    }

    private Expr power() throws ExprException {
        Expr base = primary();
        Token t = peek();
        if (accept(Kind.CARET)) {
            return new Expr.Binary('^', base, unary(), t.pos());
        }
        return base;
    }

    private Expr primary() throws ExprException {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(t.value(), t.pos());
            case LPAREN: {
                Expr e = expr();
                close(t, Kind.RPAREN, ")");
                return e;
            }
            case IDENT:
                return afterName(t);
            case HC:
                throw new ExprException("'h.c.' can only end a sum, as in 'a*b + h.c.'", t.pos());
            case END:
                throw new ExprException(k <= 1 ? "the expression is empty" : "the expression ends too early", t.pos());
            case RPAREN:
                throw new ExprException("unbalanced parentheses: ')' at column " + (t.pos() + 1) + " has no matching '('"
                        + " (or an operand is missing before it)", t.pos());
            default:
                throw new ExprException("unexpected '" + t.text() + "' at column " + (t.pos() + 1), t.pos());
        }
    }

    private Expr afterName(Token name) throws ExprException {
        Token open = peek();
        if (accept(Kind.LBRACKET)) {
            Expr index = expr();
            close(open, Kind.RBRACKET, "]");
            return new Expr.Indexed(name.text(), index, name.pos());
        }
        if (!accept(Kind.LPAREN)) {
            return new Expr.Name(name.text(), name.pos());
        }
        if (name.text().equals("sum")) {
            Range r = range("write a sum as sum(i=1..N, expression)");
            if (!accept(Kind.COMMA)) {
                throw new ExprException("sum needs a body after the range: sum(i=1..N, expression)", peek().pos());
            }
            Expr body = expr();
            close(open, Kind.RPAREN, ")");
            return new Expr.Sum(r.var(), r.from(), r.to(), body, name.pos());
        }
        List<Expr> args = new ArrayList<>();
        int bar = -1;
        if (!peek().is(Kind.RPAREN)) {
            args.add(argument());
            while (peek().is(Kind.COMMA) || peek().is(Kind.BAR)) {
                Token sep = take();
                if (sep.is(Kind.BAR)) {
                    if (bar >= 0) {
                        throw new ExprException("only one '|' may split the sites of " + name.text(), sep.pos());
                    }
                    bar = args.size();
                }
                args.add(argument());
            }
        }
        close(open, Kind.RPAREN, ")");
        return new Expr.Call(name.text(), List.copyOf(args), bar, name.pos());
    }

    /** An argument: an expression, or {@code site=level} (a {@link Expr.Binary} with op '='), as in {@code ket(q1=1)}. */
    private Expr argument() throws ExprException {
        Expr e = expr();
        Token eq = peek();
        if (accept(Kind.EQUALS)) {
            if (!(e instanceof Expr.Name) && !(e instanceof Expr.Indexed)) {
                throw new ExprException("only a site may stand left of '=', as in ket(q1=1)", eq.pos());
            }
            return new Expr.Binary('=', e, expr(), eq.pos());
        }
        return e;
    }

    private Range range(String hint) throws ExprException {
        Token var = take();
        if (!var.is(Kind.IDENT) || !accept(Kind.EQUALS)) {
            throw new ExprException("expected a range such as i=1..N; " + hint, var.pos());
        }
        Expr from = expr();
        if (!accept(Kind.RANGE)) {
            throw new ExprException("expected '..' in the range of " + var.text() + "; " + hint, peek().pos());
        }
        Expr to = expr();
        return new Range(var.text(), from, to);
    }

    private void close(Token open, Kind kind, String closer) throws ExprException {
        if (accept(kind)) {
            return;
        }
        Token t = peek();
        if (t.is(Kind.END)) {
            throw new ExprException("unbalanced parentheses: '" + open.text() + "' at column " + (open.pos() + 1)
                    + " is never closed", open.pos());
        }
        throw new ExprException("expected '" + closer + "' to close '" + open.text() + "' at column " + (open.pos() + 1)
                + " but found '" + t.text() + "' at column " + (t.pos() + 1), t.pos());
    }
}
