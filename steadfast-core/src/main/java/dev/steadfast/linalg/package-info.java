/**
 * Linear algebra the JVM lacks or that Steadfast needs in a particular shape: dense and sparse
 * complex matrices, Hermitian eigensolvers, a sparse LU (CSparseJ, behind {@link
 * dev.steadfast.linalg.LuFactorization}), restarted GMRES behind {@link dev.steadfast.linalg.LinearOperator}
 * and {@link dev.steadfast.linalg.Preconditioner}. Each class says why it exists (which library
 * was measured and found wanting) and is tested against an analytic result or another method.
 */
package dev.steadfast.linalg;
