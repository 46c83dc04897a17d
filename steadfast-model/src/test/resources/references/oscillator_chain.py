"""Independent reference for the catalogue model oscillator-chain-heat (not computed with Steadfast).

Three resonant oscillators in a chain, H = w sum n_i + J (a1+ a2 + a2+ a3 + h.c.), a hot thermal bath
on a1 and a cold one on a3 (local Lindblad form: a at k(nbar+1), a+ at k nbar). The covariance of
the Gaussian steady state in the complex amplitudes: C_jk = <a_j+ a_k> obeys
  dC/dt = i (H1 C - C H1) - (K C + C K)/2 + diag(k nbar),   H1 = single-particle matrix, K = diag(k)
(derived from the Heisenberg equations of the quadratic model), solved here by SciPy's Lyapunov
solver. Heat current from the hot bath into the system, Tr[H D_hot(rho)] =
  w k1 (nbar1 - n1) - J k1 Re C_12.
Run: /usr/bin/python3 oscillator_chain.py
"""
import numpy as np
from scipy.linalg import solve_continuous_lyapunov

def chain(w=1.0, J=0.3, k1=0.2, k3=0.5, Th=1.5, Tc=0.4):
    nb = lambda T: 1 / np.expm1(w / T)
    h1 = np.array([[w, J, 0], [J, w, J], [0, J, w]], dtype=complex)
    k = np.diag([k1, 0, k3]).astype(complex)
    q = np.diag([k1 * nb(Th), 0, k3 * nb(Tc)]).astype(complex)
    # dC/dt = X C + C X^dagger + Q with X = i H1^T... write for C_jk = <a_j+ a_k>:
    # d<a_j+ a_k>/dt = i sum_l (h_jl... ) ; use the matrix form M C + C M^dagger + Q = 0, M = -i H1^* - K/2
    m = 1j * h1.conj() - k / 2
    c = solve_continuous_lyapunov(m, -q)
    n = np.real(np.diag(c))
    jh = w * k1 * (nb(Th) - n[0]) - J * k1 * np.real(c[0, 1])
    return n, jh

for args in [dict(), dict(J=0.1, Th=3.0)]:
    n, jh = chain(**args)
    print(args, "n1=%.15g n2=%.15g n3=%.15g Jh=%.15g" % (n[0], n[1], n[2], jh))
