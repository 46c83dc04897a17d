package dev.steadfast.ensemble;

import dev.steadfast.system.InvalidSystemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An ensemble of N identical qubits with permutation-invariant dynamics:
 * <pre>
 *   dρ/dt = -i[H, ρ] + Σ_k Γ_k D[C_k] ρ + Σ_p γ_p Σ_{i=1..N} D[A_p^{(i)}] ρ,
 *   D[A] ρ = A ρ A† - ½{A†A, ρ},
 * </pre>
 * H and the collective jumps C_k polynomials in {@code jx, jy, jz, jp, jm}
 * ({@link CollectiveOperator}), and local processes p ∈ {emission sm, pumping sp, dephasing sz}
 * with one rate for all members ({@link LocalProcess}). Build with {@link #builder(int)}.
 *
 * <p>Validation ({@link InvalidSystemException}, naming the term): 1 ≤ N ≤
 * {@link DickeLadders#MAX_N}; every rate finite and ≥ 0; H Hermitian in every Dicke block (to
 * 1e-12 relative). Channels with rate 0 are dropped.
 */
public final class EnsembleSystem {
    private final DickeLadders ladders;
    private final CollectiveOperator hamiltonian;
    private final List<CollectiveJump> collectiveJumps;
    private final Map<LocalProcess, Double> localRates;

    private EnsembleSystem(Builder b) {
        this.ladders = new DickeLadders(b.n);
        this.hamiltonian = b.hamiltonian;
        List<CollectiveJump> jumps = new ArrayList<>();
        for (CollectiveJump j : b.jumps) {
            if (j.rate() > 0 && !j.op().isZero()) {
                jumps.add(j);
            }
        }
        this.collectiveJumps = List.copyOf(jumps);
        EnumMap<LocalProcess, Double> rates = new EnumMap<>(LocalProcess.class);
        b.local.forEach((p, r) -> {
            if (r > 0) {
                rates.put(p, r);
            }
        });
        this.localRates = Collections.unmodifiableMap(rates);
        requireHermitian();
        requireFiniteChannels();
    }

    public static Builder builder(int members) {
        return new Builder(members);
    }

    /**
     * Our local dephasing rate for QuTiP PIQS's {@code dephasing = γ_D}: PIQS writes
     * {@code (γ_D/2) L[σz/2]}, which is {@code (γ_D/4) Σ_i (sz_i ρ sz_i - ρ)}.
     */
    public static double dephasingRateFromPiqs(double piqsDephasing) {
        return piqsDephasing / 4;
    }

    public int members() { return ladders.members(); }
    public DickeLadders ladders() { return ladders; }
    public CollectiveOperator hamiltonian() { return hamiltonian; }

    /** The collective channels with a positive rate, in order. */
    public List<CollectiveJump> collectiveJumps() { return collectiveJumps; }

    /** The rate of a local process (0 when absent). */
    public double localRate(LocalProcess p) {
        return localRates.getOrDefault(p, 0.0);
    }

    /** The local processes with a positive rate. */
    public Map<LocalProcess, Double> localRates() { return localRates; }

    private void requireHermitian() {
        for (int b = 0; b < ladders.blocks(); b++) {
            var h = hamiltonian.matrix(ladders.twoJ(b));
            if (!Double.isFinite(h.maxAbs())) {
                throw new InvalidSystemException("hamiltonian", String.format("a coefficient of H in the j = %s block is "
                        + "not a finite number (an overflow?)", ladders.j(b)));
            }
            double err = h.hermiticityError();
            if (err > 1e-12 * Math.max(1.0, h.maxAbs())) {
                throw new InvalidSystemException("hamiltonian", String.format(
                        "H is not Hermitian in the j = %s block (largest |H_ij - conj(H_ji)| = %.3g); "
                                + "add the missing Hermitian-conjugate terms, e.g. jp + jm", ladders.j(b), err));
            }
        }
    }

    /** Every collective channel's strength {@code rate * max|C_j|^2} finite in every ladder. */
    private void requireFiniteChannels() {
        for (CollectiveJump j : collectiveJumps) {
            for (int b = 0; b < ladders.blocks(); b++) {
                double m = j.op().matrix(ladders.twoJ(b)).maxAbs();
                if (!Double.isFinite(j.rate() * m * m)) {
                    throw new InvalidSystemException(j.name(), String.format("the channel's rate %.3g times |C|^2 = %.3g is "
                            + "not a finite number (an overflowing rate or operator)", j.rate(), m * m));
                }
            }
        }
    }

    static void requireRate(String name, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new InvalidSystemException(name, "rate must be a finite number >= 0, got " + rate);
        }
    }

    /** Collects the terms of an {@link EnsembleSystem}; {@link #build()} validates. */
    public static final class Builder {
        private final int n;
        private CollectiveOperator hamiltonian = CollectiveOperator.zero();
        private final List<CollectiveJump> jumps = new ArrayList<>();
        private final EnumMap<LocalProcess, Double> local = new EnumMap<>(LocalProcess.class);

        private Builder(int n) {
            if (n < 1 || n > DickeLadders.MAX_N) {
                throw new InvalidSystemException("ensemble", "the number of members must be between 1 and "
                        + DickeLadders.MAX_N + ", got " + n);
            }
            this.n = n;
        }

        public Builder hamiltonian(CollectiveOperator h) {
            this.hamiltonian = java.util.Objects.requireNonNull(h, "hamiltonian");
            return this;
        }

        public Builder collectiveJump(String name, CollectiveOperator op, double rate) {
            jumps.add(new CollectiveJump(name, op, rate));
            return this;
        }

        /** Sets the per-member rate of a local process (once per process). */
        public Builder local(LocalProcess process, double rate) {
            requireRate("local " + process.name().toLowerCase(), rate);
            if (local.put(process, rate) != null) {
                throw new InvalidSystemException("local " + process.name().toLowerCase(), "rate given twice");
            }
            return this;
        }

        public EnsembleSystem build() {
            return new EnsembleSystem(this);
        }
    }
}
