import numpy as np
from qutip import *
def om(g, N=14, wc=1.0, wm=1.0, kappa=0.5, gamma=0.01, T=0.3):
    a = tensor(destroy(N), qeye(N)); b = tensor(qeye(N), destroy(N))
    H = wc*a.dag()*a + wm*b.dag()*b + g*(a + a.dag())*(b + b.dag())
    nth = 1/np.expm1(wm/T)
    c = [np.sqrt(kappa)*a, np.sqrt(gamma*(nth+1))*b, np.sqrt(gamma*nth)*b.dag()]
    rho = steadystate(H, c)
    rt = partial_transpose(rho, [0, 1])
    ev = np.linalg.eigvalsh(rt.full())
    return np.log2(np.sum(np.abs(ev))), expect(a.dag()*a, rho), expect(b.dag()*b, rho)
for g in [0.3, 0.4]:
    for N in [12, 16]:
        print(g, N, "EN=%.12g na=%.12g nb=%.12g" % om(g, N))
