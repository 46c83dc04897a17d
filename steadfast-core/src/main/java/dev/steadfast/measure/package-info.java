/**
 * Measures of states of open quantum systems: entanglement (concurrence, entanglement of
 * formation, negativity, log-negativity), information (von Neumann entropy, purity, mutual
 * information, quantum discord), coherence (l1, relative entropy) and fidelities, all reached
 * through {@link dev.steadfast.measure.Measures}; and thermodynamic currents through
 * {@link dev.steadfast.measure.HeatCurrents}.
 *
 * <p>Conventions: ħ = k_B = 1; information in bits (log base 2); site order = tensor order
 * (first site most significant); level 0 = ground; Bell states by level labels. Sites are
 * indices into the state's space; subsystem measures trace out the other sites first. Misuse
 * (non-qubits for two-qubit measures, overlapping or empty site lists, mismatched spaces, states
 * with real negative eigenvalues) throws {@link dev.steadfast.measure.MeasureException} naming
 * the measure and the sites.
 */
package dev.steadfast.measure;
