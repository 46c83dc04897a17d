/**
 * The expression language of model files: lexer, parser and syntax tree (numbers, parameters,
 * arithmetic, scalar functions, site operators, sums over arrays, {@code dag}, {@code + h.c.}).
 * Positions are kept on every node so that errors can point at a column.
 */
package dev.steadfast.model.expr;
