"""scipy.sparse.linalg.eigs on qutip.liouvillian of the chain benchmark model (chain_steady.py):
k eigenvalues nearest sigma (shift-invert), CPU and wall seconds of eigs alone.
Usage: /usr/bin/python3 bench/spectrum_scipy.py K SIGMA N [N ...]  (QuTiP 4.7.1; see bench/notes.md, "Spectrum")."""
import sys, time, numpy as np
sys.path.insert(0, "/work/shared/bench/qutip")
from chain_steady import model
from qutip import liouvillian
import scipy.sparse.linalg as sla
k = int(sys.argv[1]); sigma = float(sys.argv[2])
for N in [int(x) for x in sys.argv[3:]]:
    H, c, sm = model(N)
    L = liouvillian(H, c).data.tocsc()
    t0 = time.time(); c0 = time.process_time()
    vals = sla.eigs(L, k=k, sigma=sigma, return_eigenvectors=False)
    c1 = time.process_time(); t1 = time.time()
    vals = sorted(vals, key=lambda z: (abs(z.real), abs(z.imag), -z.imag))
    print(f"N={N} n={L.shape[0]} k={k} sigma={sigma} eigs_cpu={c1-c0:.3f} eigs_wall={t1-t0:.3f}")
    for z in vals: print(f"  {z.real:.15g} {z.imag:+.15g}i")
