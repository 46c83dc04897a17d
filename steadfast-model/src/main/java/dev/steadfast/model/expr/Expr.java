package dev.steadfast.model.expr;

import java.util.List;

/**
 * The syntax tree of an expression. Every node records {@code pos}, the 0-based offset of its
 * first character in the source text, for error messages.
 */
public sealed interface Expr {
    int pos();

    /** A literal number. */
    record Num(double value, int pos) implements Expr { }

    /** A bare name: a parameter, {@code im}, {@code pi}, a loop variable, a site or array, a Bell state. */
    record Name(String name, int pos) implements Expr { }

    /** An array element {@code r[i]}. */
    record Indexed(String name, Expr index, int pos) implements Expr { }

    /** Unary minus. */
    record Neg(Expr operand, int pos) implements Expr { }

    /** A binary operation; {@code op} is one of {@code + - * / ^}. */
    record Binary(char op, Expr left, Expr right, int pos) implements Expr { }

    /**
     * A call {@code f(a, b | c)}. {@code bar} is the index of the first argument after a {@code |},
     * or -1 when there is none.
     */
    record Call(String name, List<Expr> args, int bar, int pos) implements Expr { }

    /** {@code sum(var=from..to, body)}. */
    record Sum(String var, Expr from, Expr to, Expr body, int pos) implements Expr { }

    /** {@code terms + h.c.}: the sum of the terms plus its Hermitian conjugate. */
    record PlusHc(Expr terms, int pos) implements Expr { }
}
