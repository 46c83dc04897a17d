package dev.steadfast.dynamics;

import dev.steadfast.linalg.RealCsc;
import java.util.HashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Exact propagation for small generators: {@code x(t_i) = exp((t_i - t_{i-1}) M) x(t_{i-1})} with
 * the dense Padé exponential; one exponential per distinct interval (a uniform grid costs one).
 */
final class DenseExponentialPropagator implements Propagator {
    private final DMatrixRMaj m;

    DenseExponentialPropagator(RealCsc generator) {
        this.m = new DMatrixRMaj(generator.toDense());
    }

    @Override
    public Stats run(double[] x0, double[] times, Sink sink) {
        Map<Long, DMatrixRMaj> cache = new HashMap<>();
        DMatrixRMaj x = new DMatrixRMaj(x0.length, 1, true, x0.clone());
        double t = 0;
        long exps = 0;
        for (int i = 0; i < times.length; i++) {
            double dt = times[i] - t;
            if (dt > 0) {
                // intervals equal to 1e-12 relative share one exponential
                long key = Math.round(dt / Math.max(Math.abs(times[times.length - 1]), 1e-300) * 1e12);
                DMatrixRMaj e = cache.get(key);
                if (e == null) {
                    e = MatrixExponential.exp(m, dt);
                    cache.put(key, e);
                    exps++;
                }
                DMatrixRMaj y = new DMatrixRMaj(x0.length, 1);
                CommonOps_DDRM.mult(e, x, y);
                x = y;
                t = times[i];
            }
            sink.accept(i, x.data);
        }
        return new Stats(times.length, exps);
    }
}
