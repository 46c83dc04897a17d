# Reference values for dev.steadfast.heom tests, computed with QuTiP 4.7.1 (Debian python3-qutip),
# run as: /usr/bin/python3 qutip_heom_reference.py
# The bath heat current is the function of QuTiP's heat-transport tutorial
# (qutip-notebooks, heom/heom-3-quantum-heat-transport), copied below unchanged (delta = 0).
import numpy as np
from qutip import sigmax, sigmaz, Qobj
from qutip.nonmarkov.heom import (HEOMSolver, DrudeLorentzBath, DrudeLorentzPadeBath,
                                  UnderDampedBath, BathExponent)

def bath_heat_current(bath_tag, ado_state, hamiltonian, coupling_op, delta=0):
    l1_labels = ado_state.filter(level=1, tags=[bath_tag])
    a_op = 1j * (hamiltonian * coupling_op - coupling_op * hamiltonian)
    result = 0
    cI0 = 0
    for label in l1_labels:
        [exp] = ado_state.exps(label)
        result += exp.vk * (coupling_op * ado_state.extract(label)).tr()
        if exp.type == BathExponent.types['I']:
            cI0 += exp.ck
        elif exp.type == BathExponent.types['RI']:
            cI0 += exp.ck2
    result -= 2 * cI0 * (coupling_op * coupling_op * ado_state.extract(0)).tr()
    if delta != 0:
        result -= 1j * delta * ((a_op * coupling_op - coupling_op * a_op) * ado_state.extract(0)).tr()
    return result

def show(name, rho):
    m = rho.full()
    print(name, "rho00=%.15e rho11=%.15e re01=%.15e im01=%.15e" % (m[0,0].real, m[1,1].real, m[0,1].real, m[0,1].imag))

eps, Delta = 1.0, 0.5
H = 0.5 * eps * sigmaz() + 0.5 * Delta * sigmax()
opts = {"nsteps": 15000}

# 1. spin-boson, one Drude-Lorentz bath, Pade, lambda=0.1 gamma=0.5 T=0.5 Nk=2 depth=5
b = DrudeLorentzPadeBath(sigmaz(), lam=0.1, gamma=0.5, T=0.5, Nk=2)
rho, ados = HEOMSolver(H, b, max_depth=5).steady_state()
show("spinboson_pade", rho)
# 2. the same with Matsubara terms
b = DrudeLorentzBath(sigmaz(), lam=0.1, gamma=0.5, T=0.5, Nk=2)
rho, ados = HEOMSolver(H, b, max_depth=5).steady_state()
show("spinboson_matsubara", rho)
# 3. underdamped bath, lambda=0.2 gamma=0.4 w0=1.2 T=0.5 Nk=1 depth=4
b = UnderDampedBath(sigmaz(), lam=0.2, gamma=0.4, w0=1.2, T=0.5, Nk=1)
rho, ados = HEOMSolver(H, b, max_depth=4).steady_state()
show("underdamped", rho)
# 4. qubit between two Drude-Lorentz Pade baths, Q = sigma_x for both,
#    bath 1: lambda=0.05 gamma=1.0 T=1.0 Nk=1, bath 2: lambda=0.05 gamma=1.0 T=0.25 Nk=1, depth=4
Q = sigmax()
b1 = DrudeLorentzPadeBath(Q, lam=0.05, gamma=1.0, T=1.0, Nk=1, tag="bath 1")
b2 = DrudeLorentzPadeBath(Q, lam=0.05, gamma=1.0, T=0.25, Nk=1, tag="bath 2")
Hq = 0.5 * eps * sigmaz()
rho, ados = HEOMSolver(Hq + 0.5 * Delta * sigmaz(), [b1, b2], max_depth=4).steady_state()
show("two_baths", rho)
Hs = Hq + 0.5 * Delta * sigmaz()
print("two_baths j1=%.15e j2=%.15e" % (np.real(bath_heat_current("bath 1", ados, Hs, Q)),
                                       np.real(bath_heat_current("bath 2", ados, Hs, Q))))
# 5. the same qubit with the hot bath at T = 2.0 (catalogue model qubit-two-heom-baths, at: {Th: 2.0})
b1 = DrudeLorentzPadeBath(Q, lam=0.05, gamma=1.0, T=2.0, Nk=1, tag="bath 1")
rho, ados = HEOMSolver(Hs, [b1, b2], max_depth=4).steady_state()
show("two_baths_Th2", rho)
print("two_baths_Th2 sz=%.15e j1=%.15e j2=%.15e" % (np.real((sigmaz() * rho).tr()),
      np.real(bath_heat_current("bath 1", ados, Hs, Q)), np.real(bath_heat_current("bath 2", ados, Hs, Q))))
# 6. two coupled qubits, each on its own Drude-Lorentz Pade bath (Kato-Tanimura heat transport):
#    H = (eps/2)(sz1 + sz2) + J (sp1 sm2 + sm1 sp2), Q1 = sx1, Q2 = sx2, eps = 1, J = 0.1,
#    lambda = 0.05, gamma = 1.0, Th = 1.0, Tc = 0.5, Nk = 1, depth = 4 (and J = 0.3)
from qutip import tensor, qeye, sigmap, sigmam
I = qeye(2)
for J in (0.1, 0.3):
    H2 = 0.5 * (tensor(sigmaz(), I) + tensor(I, sigmaz())) + J * (tensor(sigmap(), sigmam()) + tensor(sigmam(), sigmap()))
    Q1, Q2 = tensor(sigmax(), I), tensor(I, sigmax())
    bh = DrudeLorentzPadeBath(Q1, lam=0.05, gamma=1.0, T=1.0, Nk=1, tag="hot")
    bc = DrudeLorentzPadeBath(Q2, lam=0.05, gamma=1.0, T=0.5, Nk=1, tag="cold")
    rho, ados = HEOMSolver(H2, [bh, bc], max_depth=4).steady_state()
    print("two_qubits J=%g sz1=%.15e sz2=%.15e jh=%.15e jc=%.15e" % (J, np.real((tensor(sigmaz(), I) * rho).tr()),
          np.real((tensor(I, sigmaz()) * rho).tr()), np.real(bath_heat_current("hot", ados, H2, Q1)),
          np.real(bath_heat_current("cold", ados, H2, Q2))))
