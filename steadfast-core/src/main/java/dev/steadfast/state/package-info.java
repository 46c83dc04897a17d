/**
 * Density matrices (dense) on composite spaces: partial traces and partial transposes over any
 * set of sites, expectation values {@code Tr(O rho)}, and common states (product, Bell by level
 * labels, maximally mixed).
 */
package dev.steadfast.state;
