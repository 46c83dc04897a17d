/**
 * Benchmarks of the models of {@code shared/bench/qutip} ({@link dev.steadfast.bench.Bench}); run
 * against QuTiP in the same session by {@code bench/compare.py}, which writes docs/benchmarks.md.
 * Speed is measured here and never asserted in tests.
 */
package dev.steadfast.bench;
