package dev.steadfast.ensemble;

/**
 * A dissipative process acting on every member separately, with one rate for all members.
 * At rate γ it contributes {@code γ Σ_i (A_i ρ A_i† - ½{A_i†A_i, ρ})} with A = {@link #jump()}.
 */
public enum LocalProcess {
    /** {@code A = sm = |0><1|}: spontaneous emission of each member. */
    EMISSION("sm", -1),
    /** {@code A = sp = |1><0|}: incoherent pumping of each member. */
    PUMPING("sp", +1),
    /** {@code A = sz}: pure dephasing of each member, {@code γ Σ_i (sz_i ρ sz_i - ρ)}. */
    DEPHASING("sz", 0);

    private final String jump;
    private final int mShift;

    LocalProcess(String jump, int mShift) {
        this.jump = jump;
        this.mShift = mShift;
    }

    /** The single-qubit jump operator's name: sm, sp or sz. */
    public String jump() { return jump; }

    /** The change of m the jump makes: -1, +1 or 0. */
    public int mShift() { return mShift; }
}
