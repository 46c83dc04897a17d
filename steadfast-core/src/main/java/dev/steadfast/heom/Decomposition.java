package dev.steadfast.heom;

/**
 * How the poles of the Bose function {@code coth(βω/2)} are summed into exponents: the Matsubara
 * frequencies {@code ν_k = 2πk/β}, or the Padé spectrum decomposition of Hu, Xu and Yan
 * (J. Chem. Phys. 133, 101106 (2010)), [N-1/N] scheme as in QuTiP's {@code DrudeLorentzPadeBath},
 * which converges much faster in the number of terms.
 */
public enum Decomposition { PADE, MATSUBARA }
