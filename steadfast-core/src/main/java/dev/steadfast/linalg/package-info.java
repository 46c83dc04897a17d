/**
 * Linear algebra that the libraries on the class path lack or that Steadfast needs in a
 * particular shape: dense and sparse complex matrices; one Hermitian eigensolver, {@link
 * dev.steadfast.linalg.HermitianEigen} (eigenvalues, {@link dev.steadfast.linalg.Eigensystem},
 * matrix functions), whose strategies are complex Jacobi for n &le; 4 and EJML's symmetric
 * solver on the 2n real form above; LU factorisations behind {@link
 * dev.steadfast.linalg.LuFactorization}, made by {@link dev.steadfast.linalg.LuFactorizations}
 * (our dense LU up to 64 unknowns, CSparseJ with AMD ordering above); restarted GMRES behind
 * {@link dev.steadfast.linalg.LinearOperator} and {@link dev.steadfast.linalg.Preconditioner};
 * kernel dimensions by EJML's SVD. Each hand-written algorithm is listed in docs/dependencies.md
 * ("Hand-written numerics") with the library it was measured against, and the numbers, or the
 * reason no library does the job; each is tested against an analytic result or another method.
 */
package dev.steadfast.linalg;
