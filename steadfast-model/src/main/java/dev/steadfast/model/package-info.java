/**
 * Model files, format v1 (docs/model-format.md): {@link dev.steadfast.model.Model} reads and checks
 * a YAML or JSON file, {@link dev.steadfast.model.Model#instantiate} evaluates it at a parameter
 * point into an {@link dev.steadfast.system.OpenSystem} plus measures
 * ({@link dev.steadfast.model.ModelInstance}), and {@link dev.steadfast.model.Catalogue} holds the
 * built-in models. Every problem in a file is a {@link dev.steadfast.model.ModelException} naming
 * the file, the line and the entry. A model whose site is a permutation-invariant ensemble
 * ({@code e: {ensemble: N}}) becomes a {@link dev.steadfast.ensemble.EnsembleSystem} instead, solved
 * in the Dicke basis; {@link dev.steadfast.model.ModelInstance#solve} solves either kind and returns
 * a {@link dev.steadfast.model.SolvedPoint}.
 *
 * <p>Conventions: ħ = k_B = 1; site order in the file is the tensor-product order; level 0 is the
 * ground state of every site; arrays are 1-based ({@code r[1]..r[N]}); a jump operator L at rate γ
 * contributes {@code γ (L ρ L† − ½{L†L, ρ})}; operators are built sparse on the full space, never as
 * dense full-space matrices, and only after the size of the model has been checked against memory.
 *
 * <p>Subpackages: {@code expr} (the expression language: lexer, parser, syntax tree), {@code read}
 * (YAML nodes to checked, unevaluated specifications), {@code build} (evaluation at a parameter
 * point: parameters, sites, system, measures).
 */
package dev.steadfast.model;
