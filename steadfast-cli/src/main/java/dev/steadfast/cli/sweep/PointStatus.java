package dev.steadfast.cli.sweep;

/** What became of one point of a sweep; {@link #label()} is what the {@code status} column holds. */
public enum PointStatus {
    /** A unique steady state; the measures are filled in. */
    OK("ok"),
    /** The steady state is not unique (a dark state, a decoherence-free subspace): no measures. */
    NOT_UNIQUE("not_unique"),
    /** The model is not valid at this point (e.g. a rate turned negative): no measures. */
    INVALID("invalid"),
    /** A numerical failure (the solver broke down, ran out of memory, failed a check): no measures. */
    FAILED("failed");

    private final String label;

    PointStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status with this label; throws IllegalArgumentException for an unknown one. */
    public static PointStatus fromLabel(String label) {
        for (PointStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "'");
    }
}
