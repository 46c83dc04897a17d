package dev.steadfast.global;

/**
 * Options of the Davies (secular, global) master equation.
 *
 * @param lambShift        add {@code H_LS = sum_w S(w) A(w)† A(w)} to H (it commutes with H)
 * @param energyTolerance  energies and Bohr frequencies closer than this times max(1, max|E|)
 *                         are treated as degenerate
 */
public record DaviesOptions(boolean lambShift, double energyTolerance) {
    public static DaviesOptions defaults() {
        return new DaviesOptions(false, 1e-9);
    }

    public DaviesOptions withLambShift(boolean on) {
        return new DaviesOptions(on, energyTolerance);
    }
}
