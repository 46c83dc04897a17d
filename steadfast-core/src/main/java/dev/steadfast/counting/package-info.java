/**
 * Full counting statistics of the quanta a bath transfers into the system.
 *
 * <p>A {@link dev.steadfast.counting.CountingField} weights each jump of one named bath by what it
 * transfers (+1 for a particle entering, −1 for one leaving; or ±its energy). The tilted generator
 * {@code L(s) = L + Σ_c γ_c (e^{s w_c} − 1) J_c · J_c†} has the scaled cumulant generating function θ(s)
 * as its eigenvalue of largest real part; {@link dev.steadfast.counting.Cumulants} gives the scaled
 * cumulants {@code θ^{(k)}(0)} by the recursive Drazin-inverse scheme (Flindt et al., PRB 82, 155407
 * (2010)) on the factorised bordered generator, and {@link dev.steadfast.counting.TiltedGenerator}
 * θ(s) itself on a grid (dense). Units: per unit time, ħ = 1.
 *
 * <pre>
 *   LindbladGenerator g = LindbladGenerator.of(system);
 *   double[] c = new Cumulants(g).of(SteadyStates.solve(system).rho(), CountingField.particles(system, "left"), 4);
 *   double fano = c[2] / Math.abs(c[1]);
 * </pre>
 */
package dev.steadfast.counting;
