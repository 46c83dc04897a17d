"""Independent reference for the catalogue model aron-driven-qubit-array (not computed with Steadfast).

N coherently driven qubits share one lossy resonator, in the frame of the drive (after Aron, Kulkarni &
Tureci, PRX 6, 011032 (2016)): qubit k sits at an antinode of sign (-1)^(k+1), so its coupling is
(-1)^(k+1) g. H = Dq/2 sum sz_k + Dc a+a + sum_k (-1)^(k+1) g (a+ s_k + h.c.) + Om/2 sum sx_k; resonator
loss kappa, qubit decay gamma. QuTiP 4.7.1 steadystate (method direct); level 0 = ground as in Steadfast
(s_k = destroy(2) on site k, sz = 2 s+s - 1). Prints the nearest- and next-nearest-neighbour concurrences.
Run: /usr/bin/python3 aron_chain.py
"""
import math
import numpy as np
import qutip as qt

def op_on(o, k, n, nmax):
    ops = [qt.qeye(2)] * n + [qt.qeye(nmax)]
    ops[k] = o
    return qt.tensor(ops)

def aron_array(N=3, Dq=0.0, Dc=1.0, g=1.0, Om=0.2, kappa=2.0, gamma=0.01, nmax=6):
    a = qt.tensor([qt.qeye(2)] * N + [qt.destroy(nmax)])
    s = [op_on(qt.destroy(2), k, N, nmax) for k in range(N)]
    H = Dc * a.dag() * a
    for k in range(N):
        sgn = (-1) ** k
        H += Dq / 2 * (2 * s[k].dag() * s[k] - 1) + sgn * g * (a.dag() * s[k] + a * s[k].dag()) \
            + Om / 2 * (s[k] + s[k].dag())
    c = [math.sqrt(kappa) * a] + [math.sqrt(gamma) * sk for sk in s]
    rho = qt.steadystate(H, c, method='direct')
    c12 = qt.concurrence(rho.ptrace([0, 1]))
    c13 = qt.concurrence(rho.ptrace([0, 2]))
    return c12, c13, qt.expect(a.dag() * a, rho)

for kw in [dict(), dict(Om=0.5), dict(N=4)]:
    print(kw, "C12=%.15g C13=%.15g n=%.15g" % aron_array(**kw))
