package dev.steadfast.gaussian;

/**
 * A Gaussian state of n modes: its first moments {@code ⟨r⟩} and covariance matrix
 * {@code V_ij = ½⟨{Δr_i, Δr_j}⟩} in the interleaved quadratures {@code r = (x_1, p_1, ..., x_n, p_n)}
 * (package conventions: vacuum {@code V = I/2}). Immutable; accessors return copies.
 */
public final class GaussianState {
    private final double[] means;
    private final double[][] covariance;

    /**
     * @param means      ⟨r⟩, length 2n
     * @param covariance V, 2n × 2n and symmetric
     * @throws IllegalArgumentException when the sizes disagree
     */
    public GaussianState(double[] means, double[][] covariance) {
        if (means.length % 2 != 0 || covariance.length != means.length) {
            throw new IllegalArgumentException("a Gaussian state of n modes has 2n means and a 2n x 2n covariance, got "
                    + means.length + " and " + covariance.length);
        }
        this.means = means.clone();
        this.covariance = Matrices.copy(covariance);
    }

    /** The vacuum of n modes ({@code ⟨r⟩ = 0}, {@code V = I/2}). */
    public static GaussianState vacuum(int modes) {
        double[][] v = new double[2 * modes][2 * modes];
        for (int i = 0; i < v.length; i++) {
            v[i][i] = 0.5;
        }
        return new GaussianState(new double[2 * modes], v);
    }

    public int modes() { return means.length / 2; }

    /** ⟨r⟩ (a copy). */
    public double[] means() { return means.clone(); }

    /** V (a copy). */
    public double[][] covariance() { return Matrices.copy(covariance); }

    /** {@code V_ij}. */
    public double covariance(int i, int j) { return covariance[i][j]; }

    /** {@code ⟨r_i⟩}. */
    public double mean(int i) { return means[i]; }

    /** {@code ⟨a_k⟩ = (⟨x_k⟩ + i⟨p_k⟩)/√2}, as {re, im}. */
    public double[] amplitude(int k) {
        double s = Math.sqrt(0.5);
        return new double[] {s * means[2 * k], s * means[2 * k + 1]};
    }

    /** {@code ⟨a_k† a_k⟩ = (V_xx + V_pp + ⟨x⟩² + ⟨p⟩² − 1)/2}. */
    public double occupation(int k) {
        int x = 2 * k;
        int p = x + 1;
        return (covariance[x][x] + covariance[p][p] + means[x] * means[x] + means[p] * means[p] - 1) / 2;
    }

    /**
     * {@code ⟨r_i r_j⟩ = V_ij + ⟨r_i⟩⟨r_j⟩ + (i/2) Ω_ij}, as {re, im}.
     */
    public double[] secondMoment(int i, int j) {
        double omega = (i / 2 == j / 2) ? (i % 2 == 0 && j == i + 1 ? 1 : (j % 2 == 0 && i == j + 1 ? -1 : 0)) : 0;
        return new double[] {covariance[i][j] + means[i] * means[j], omega / 2};
    }

    /** The reduced state of the given modes (0-based, in the order given). */
    public GaussianState reduced(int... modes) {
        double[] m = new double[2 * modes.length];
        double[][] v = new double[m.length][m.length];
        for (int a = 0; a < modes.length; a++) {
            for (int s = 0; s < 2; s++) {
                m[2 * a + s] = means[2 * modes[a] + s];
                for (int b = 0; b < modes.length; b++) {
                    for (int t = 0; t < 2; t++) {
                        v[2 * a + s][2 * b + t] = covariance[2 * modes[a] + s][2 * modes[b] + t];
                    }
                }
            }
        }
        return new GaussianState(m, v);
    }
}
