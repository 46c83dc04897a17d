/**
 * Liouvillian spectra and steady-state manifolds.
 *
 * <p>Every generator is handled as the real matrix M of its action on Hermitian operators
 * ({@link dev.steadfast.liouville.RealGenerator}); since L is the complexification of that
 * restriction, M has the spectrum of L. Entry points: {@link dev.steadfast.spectrum.Spectra}
 * (eigenvalues nearest zero, gap, relaxation time, kernel dimension; split by charge difference
 * when an excitation number is conserved, each eigenvalue with its {@link dev.steadfast.spectrum.Sector}
 * and the true residual of its eigenpair, {@link dev.steadfast.spectrum.Accuracy}) and
 * {@link dev.steadfast.spectrum.SteadyManifold} (conserved quantities and the exact state reached
 * from an initial state when the steady state is not unique). ħ = 1.
 */
package dev.steadfast.spectrum;
