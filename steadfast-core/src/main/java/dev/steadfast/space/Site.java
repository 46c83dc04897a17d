package dev.steadfast.space;

/**
 * One factor of a composite Hilbert space.
 *
 * @param name  unique label, e.g. {@code q1} or {@code r[3]}
 * @param kind  what the site is
 * @param dimension number of levels (2 for a qubit, 2j+1 for a spin, the Fock cutoff for a boson)
 */
public record Site(String name, SiteKind kind, int dimension) {
    public Site {
        if (dimension < 1) {
            throw new IllegalArgumentException("site " + name + " has dimension " + dimension);
        }
        if ((kind == SiteKind.QUBIT || kind == SiteKind.FERMION) && dimension != 2) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " " + name + " must have dimension 2");
        }
    }

    public static Site qubit(String name) {
        return new Site(name, SiteKind.QUBIT, 2);
    }

    /** A spin-j site; j must be a non-negative multiple of 1/2. */
    public static Site spin(String name, double j) {
        double twoJ = 2 * j;
        if (j < 0 || Math.abs(twoJ - Math.rint(twoJ)) > 1e-12) {
            throw new IllegalArgumentException("spin " + name + ": j = " + j + " is not a multiple of 1/2");
        }
        return new Site(name, SiteKind.SPIN, (int) Math.rint(twoJ) + 1);
    }

    public static Site levels(String name, int d) {
        return new Site(name, SiteKind.LEVELS, d);
    }

    /** A spinless fermionic mode (level 1 = occupied). */
    public static Site fermion(String name) {
        return new Site(name, SiteKind.FERMION, 2);
    }

    /** A boson mode with Fock levels 0 .. cutoff-1. */
    public static Site boson(String name, int cutoff) {
        return new Site(name, SiteKind.BOSON, cutoff);
    }

    /** The spin quantum number j = (d-1)/2 (meaningful for spins; defined for all). */
    public double spinJ() {
        return (dimension - 1) / 2.0;
    }
}
