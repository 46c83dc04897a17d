/**
 * Sparse operators on composite spaces: single-site operators ({@code sp = |1><0|} raises,
 * {@code sz = |1><1| - |0><0|}, boson {@code a|n> = sqrt(n)|n-1>}, spin {@code jz = k - j} on
 * level k), embedded on a site without forming Kronecker products of identities, and their sums,
 * products and adjoints. An operator costs what its nonzeros cost.
 */
package dev.steadfast.operator;
