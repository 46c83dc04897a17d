package dev.steadfast.spectrum;

/**
 * One computed eigenvalue with the sector it was found in and the true residual of its eigenpair.
 */
public record ComputedEigenvalue(Eigenvalue value, Sector sector, Accuracy accuracy) {

    public boolean converged() {
        return accuracy instanceof Accuracy.Converged;
    }
}
