"""Independent reference for the built-in model 'superradiant-pumped' (QuTiP 4.7.1).

N qubits, H = 0, collective emission jm at rate gc, local pumping sp_i at rate w per qubit
(w = N/2 by default), local emission sm_i at rate ge. Solved twice, by two routes that share no
code with Steadfast: the full 2^N space built from tensor products (qutip.steadystate, N <= 6), and
QuTiP PIQS (Dicke basis; pumping and emission rates are PIQS rates unchanged).
Prints <jz>, <jp jm>, <jx^2> and the concurrence of two qubits.
Run: /usr/bin/python3 superradiant_steady.py
"""
import numpy as np
from qutip import sigmam, sigmap, sigmaz, qeye, tensor, steadystate, expect, ptrace, concurrence
from qutip.piqs import Dicke, jspin


def full(N, gc, w, ge):
    def site(op, i):
        return tensor([op if k == i else qeye(2) for k in range(N)])
    jm = sum(site(sigmam(), i) for i in range(N))
    # QuTiP's sigmam() lowers |0> (up) to |1> (down): basis order differs from Steadfast's, physics does not
    jz = sum(site(sigmaz(), i) for i in range(N)) / 2
    jp = jm.dag()
    jx = (jp + jm) / 2
    c_ops = [np.sqrt(gc) * jm] + [np.sqrt(w) * site(sigmap(), i) for i in range(N)] + [np.sqrt(ge) * site(sigmam(), i) for i in range(N)]
    rho = steadystate(0 * jz, c_ops, method="direct")
    return expect(jz, rho), expect(jp * jm, rho), expect(jx * jx, rho), concurrence(ptrace(rho, [0, 1]))


def piqs(N, gc, w, ge):
    jx, jy, jz = jspin(N)
    jp, jm = jspin(N, "+"), jspin(N, "-")
    d = Dicke(N=N, hamiltonian=0 * jz, emission=ge, pumping=w, collective_emission=gc)
    rho = steadystate(d.liouvillian(), method="power")
    return expect(jz, rho), expect(jp * jm, rho), expect(jx * jx, rho)


for N in (4, 6):
    print(f"full N={N}: jz={{:.12f}} jpjm={{:.12f}} jx2={{:.12f}} C12={{:.12f}}".format(*full(N, 1.0, N / 2, 0.1)))
for N in (6, 20):  # the Dicke-basis generator of PIQS is singular for the direct LU here; power iteration as in dicke_steady.py
    print(f"piqs N={N}: jz={{:.12f}} jpjm={{:.12f}} jx2={{:.12f}}".format(*piqs(N, 1.0, N / 2, 0.1)))
