package dev.steadfast.gaussian;

import java.util.ArrayList;
import java.util.List;

/**
 * An open system of n bosonic modes that keeps Gaussian states Gaussian: a Hamiltonian of degree
 * ≤ 2 in the ladder operators, {@code H = ½ rᵀ G r + gᵀ r} (constants dropped), and jump
 * operators linear in them, {@code L_k = c_kᵀ r} with the rate folded into {@code c_k}. Conventions
 * are those of the package ({@link Quadratures}). Immutable; built with {@link #builder(int)}.
 */
public final class GaussianSystem {
    private final int modes;
    private final double[][] hamiltonian;
    private final double[] linear;
    private final List<Jump> jumps;

    /**
     * A jump operator {@code L = Σ_i c_i r_i}, stored sparsely.
     *
     * @param bath  the name of the bath it belongs to (for heat currents), or null
     * @param index the quadrature indices with a non-zero coefficient
     * @param re    the real parts of the coefficients (√rate included)
     * @param im    their imaginary parts
     */
    public record Jump(String bath, int[] index, double[] re, double[] im) { }

    private GaussianSystem(int modes, double[][] hamiltonian, double[] linear, List<Jump> jumps) {
        this.modes = modes;
        this.hamiltonian = hamiltonian;
        this.linear = linear;
        this.jumps = List.copyOf(jumps);
    }

    /** A builder for a system of {@code modes} modes, with H = 0 and no jumps. */
    public static Builder builder(int modes) {
        return new Builder(modes);
    }

    public int modes() { return modes; }

    /** The real symmetric matrix G of {@code H = ½ rᵀ G r + gᵀ r} (a copy). */
    public double[][] hamiltonianMatrix() {
        return Matrices.copy(hamiltonian);
    }

    /** The vector g of {@code H = ½ rᵀ G r + gᵀ r} (a copy). */
    public double[] linearHamiltonian() { return linear.clone(); }

    /** The jump operators, rates folded in. */
    public List<Jump> jumps() { return jumps; }

    /** The names of the baths the jumps belong to, in order of first appearance. */
    public java.util.Set<String> baths() {
        java.util.Set<String> b = new java.util.LinkedHashSet<>();
        for (Jump j : jumps) {
            if (j.bath() != null) {
                b.add(j.bath());
            }
        }
        return b;
    }

    /**
     * Builds a system term by term, in the ladder operators {@code a_k} (k = 0..n−1). Terms are
     * added as written, not symmetrised: the caller writes a Hermitian H (e.g. adds the h.c.);
     * {@link #build()} checks it.
     */
    public static final class Builder {
        private final int modes;
        private final double[][] gRe;
        private final double[][] gIm;
        private final double[] lRe;
        private final double[] lIm;
        private final List<Jump> jumps = new ArrayList<>();

        private Builder(int modes) {
            if (modes < 1) {
                throw new IllegalArgumentException("a Gaussian system needs at least one mode, got " + modes);
            }
            this.modes = modes;
            int m = 2 * modes;
            gRe = new double[m][m];
            gIm = new double[m][m];
            lRe = new double[m];
            lIm = new double[m];
        }

        /** Adds {@code (re + i im) · o_i o_j}, with {@code o = a} or {@code a†} as {@code dagger} says. */
        public Builder quadratic(double re, double im, int i, boolean daggerI, int j, boolean daggerJ) {
            double[][] u = Quadratures.ladder(modes, i, daggerI);
            double[][] v = Quadratures.ladder(modes, j, daggerJ);
            int[] ku = {2 * i, 2 * i + 1};
            int[] kv = {2 * j, 2 * j + 1};
            for (int k : ku) {
                for (int l : kv) {
                    double pr = u[0][k] * v[0][l] - u[1][k] * v[1][l];
                    double pi = u[0][k] * v[1][l] + u[1][k] * v[0][l];
                    double cr = re * pr - im * pi;
                    double ci = re * pi + im * pr;
                    gRe[k][l] += cr;
                    gRe[l][k] += cr;
                    gIm[k][l] += ci;
                    gIm[l][k] += ci;
                }
            }
            return this;
        }

        /** Adds {@code (re + i im) · o_i}. */
        public Builder linear(double re, double im, int i, boolean dagger) {
            double[][] u = Quadratures.ladder(modes, i, dagger);
            for (int k = 2 * i; k <= 2 * i + 1; k++) {
                lRe[k] += re * u[0][k] - im * u[1][k];
                lIm[k] += re * u[1][k] + im * u[0][k];
            }
            return this;
        }

        /** Adds {@code ω a_i† a_i}. */
        public Builder frequency(int i, double omega) {
            return quadratic(omega, 0, i, true, i, false);
        }

        /** Adds {@code J a_i† a_j + h.c.} (i ≠ j). */
        public Builder hopping(int i, int j, double re, double im) {
            return quadratic(re, im, i, true, j, false).quadratic(re, -im, j, true, i, false);
        }

        /** Adds {@code s a_i† a_j† + h.c.} (i = j allowed: single-mode squeezing). */
        public Builder squeezing(int i, int j, double re, double im) {
            return quadratic(re, im, i, true, j, true).quadratic(re, -im, i, false, j, false);
        }

        /** Adds {@code F a_i† + h.c.}. */
        public Builder drive(int i, double re, double im) {
            return linear(re, im, i, true).linear(re, -im, i, false);
        }

        /**
         * Adds the jump {@code L = Σ_t coefficient_t · o_t} at {@code rate} (≥ 0), each term given as
         * {@code (mode, dagger, re, im)}.
         */
        public Builder jump(double rate, List<LadderTerm> terms) {
            return jump(null, rate, terms);
        }

        /** As {@link #jump(double, List)}, the jump belonging to the named bath (null: none). */
        public Builder jump(String bath, double rate, List<LadderTerm> terms) {
            if (!(rate >= 0)) {
                throw new IllegalArgumentException("a rate must be >= 0, got " + rate);
            }
            double s = Math.sqrt(rate);
            java.util.TreeMap<Integer, double[]> c = new java.util.TreeMap<>();
            for (LadderTerm t : terms) {
                double[][] u = Quadratures.ladder(modes, t.mode(), t.dagger());
                for (int k = 2 * t.mode(); k <= 2 * t.mode() + 1; k++) {
                    double[] z = c.computeIfAbsent(k, x -> new double[2]);
                    z[0] += s * (t.re() * u[0][k] - t.im() * u[1][k]);
                    z[1] += s * (t.re() * u[1][k] + t.im() * u[0][k]);
                }
            }
            int[] idx = c.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] re = new double[idx.length];
            double[] im = new double[idx.length];
            for (int q = 0; q < idx.length; q++) {
                re[q] = c.get(idx[q])[0];
                im[q] = c.get(idx[q])[1];
            }
            jumps.add(new Jump(bath, idx, re, im));
            return this;
        }

        /** Adds {@code rate · o_i} as a jump. */
        public Builder jump(double rate, int i, boolean dagger) {
            return jump(rate, List.of(new LadderTerm(i, dagger, 1, 0)));
        }

        /** A thermal bath on {@code a_i}: jumps a_i at κ(n̄+1) and a_i† at κ n̄. */
        public Builder thermal(int i, double kappa, double nbar) {
            if (!(nbar >= 0)) {
                throw new IllegalArgumentException("a thermal occupation must be >= 0, got " + nbar);
            }
            jump(kappa * (nbar + 1), i, false);
            return nbar > 0 ? jump(kappa * nbar, i, true) : this;
        }

        /**
         * The system.
         *
         * @throws IllegalArgumentException when H is not Hermitian (an imaginary part of G or g
         *                                  beyond 1e-12 of its scale), or a coefficient is not finite
         */
        public GaussianSystem build() {
            double scale = Math.max(1, Math.max(Matrices.maxAbs(gRe), Matrices.maxAbs(new double[][] {lRe})));
            if (Matrices.maxAbs(gIm) > 1e-12 * scale || Matrices.maxAbs(new double[][] {lIm}) > 1e-12 * scale) {
                throw new IllegalArgumentException("the Hamiltonian is not Hermitian (add the Hermitian conjugate, + h.c.)");
            }
            boolean finite = Double.isFinite(scale) && Double.isFinite(Matrices.maxAbs(gIm));
            for (Jump j : jumps) {
                for (int q = 0; q < j.re().length; q++) {
                    finite &= Double.isFinite(j.re()[q]) && Double.isFinite(j.im()[q]);
                }
            }
            if (!finite) {
                throw new IllegalArgumentException("a coefficient of H or of a jump operator is not a finite number "
                        + "(an overflowing parameter, rate or occupation)");
            }
            return new GaussianSystem(modes, Matrices.copy(gRe), lRe.clone(), jumps);
        }
    }

    /**
     * One term {@code (re + i im) · o} of a linear operator, {@code o = a_mode} or {@code a_mode†}.
     */
    public record LadderTerm(int mode, boolean dagger, double re, double im) { }
}
