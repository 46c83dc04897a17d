package dev.steadfast.model.expr;

/** A loop range {@code var=from..to} (both ends included), as in {@code for: i=1..N}. */
public record Range(String var, Expr from, Expr to) {
}
