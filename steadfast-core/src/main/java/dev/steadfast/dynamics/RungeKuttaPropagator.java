package dev.steadfast.dynamics;

import dev.steadfast.linalg.RealCsc;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Adaptive Dormand–Prince 8(5,3) (Hipparchus) on {@code dx/dt = M x}, one integration over the
 * whole span; output times are read from the integrator's dense output (continuous extension of
 * the same order), so they do not shorten the steps.
 */
final class RungeKuttaPropagator implements Propagator {
    private final RealCsc m;
    private final double relTol;
    private final double absTol;

    RungeKuttaPropagator(RealCsc m, double relTol, double absTol) {
        this.m = m;
        this.relTol = relTol;
        this.absTol = absTol;
    }

    @Override
    public Stats run(double[] x0, double[] times, Sink sink) {
        int n = x0.length;
        long[] applications = {0};
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                applications[0]++;
                double[] dy = new double[n];
                m.multiply(y, dy);
                return dy;
            }
        };
        double tEnd = times.length == 0 ? 0 : times[times.length - 1];
        int[] next = {0};
        while (next[0] < times.length && times[next[0]] <= 0) {
            sink.accept(next[0]++, x0.clone());
        }
        if (next[0] == times.length) {
            return new Stats(0, 0);
        }
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, tEnd, absTol, relTol);
        integrator.setMaxEvaluations(Integer.MAX_VALUE);
        long[] steps = {0};
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                steps[0]++;
                double tCur = interpolator.getCurrentState().getTime();
                while (next[0] < times.length && times[next[0]] <= tCur) {
                    double ti = times[next[0]];
                    double[] y = ti == tCur ? interpolator.getCurrentState().getPrimaryState()
                            : interpolator.getInterpolatedState(ti).getPrimaryState();
                    sink.accept(next[0]++, y);
                }
            }
        });
        integrator.integrate(ode, new ODEState(0, x0.clone()), tEnd);
        if (next[0] < times.length) {
            throw new IllegalStateException("integration ended before time " + times[next[0]]);
        }
        return new Stats(steps[0], applications[0]);
    }
}
