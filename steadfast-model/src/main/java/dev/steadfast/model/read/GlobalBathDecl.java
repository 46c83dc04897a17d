package dev.steadfast.model.read;

/**
 * One {@code type: global} entry of {@code dissipators:}: a thermal bath coupled to the whole
 * system through a Hermitian operator, turned into a global master equation in the eigenbasis of
 * H (see {@code dev.steadfast.global.GlobalMasterEquation}).
 *
 * @param entry       the entry label, e.g. {@code dissipators[2] (hot)}
 * @param name        the bath's name (the entry label when the file gives none)
 * @param coupling    the Hermitian system operator A of the coupling A (x) B
 * @param spectrum    {@code flat} or {@code ohmic}
 * @param rate        the flat bath's rate (null for ohmic)
 * @param alpha       the ohmic coupling strength (null for flat)
 * @param cutoff      the ohmic cutoff frequency (null for flat)
 * @param temperature the bath temperature
 * @param form        {@code davies} (secular Lindblad form) or {@code redfield} (Bloch–Redfield)
 * @param lambShift   Davies only: add the Lamb-shift Hamiltonian
 * @param line        the entry's line
 * @param chemicalPotential {@code statistics: fermi} only: the reservoir's μ (null for a bosonic bath)
 * @param principalValue Redfield only: keep the principal-value part S(ω) of the bath correlation
 *                    (true, the default); false drops it, as QuTiP's brmesolve does
 */
public record GlobalBathDecl(String entry, String name, Specs.Formula coupling, String spectrum, Specs.Formula rate,
                             Specs.Formula alpha, Specs.Formula cutoff, Specs.Formula temperature, String form,
                             boolean lambShift, int line, Specs.Formula chemicalPotential, boolean principalValue) {

    /** A bosonic bath (no chemical potential) with the default principal-value part. */
    public GlobalBathDecl(String entry, String name, Specs.Formula coupling, String spectrum, Specs.Formula rate,
                          Specs.Formula alpha, Specs.Formula cutoff, Specs.Formula temperature, String form,
                          boolean lambShift, int line) {
        this(entry, name, coupling, spectrum, rate, alpha, cutoff, temperature, form, lambShift, line, null, true);
    }

    /** {@code statistics: fermi}: a fermionic reservoir with this chemical potential (see FermionicDavies). */
    public boolean isFermionic() {
        return chemicalPotential != null;
    }

    public boolean isRedfield() {
        return form.equals("redfield");
    }
}
