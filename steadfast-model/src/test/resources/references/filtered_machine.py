"""Independent reference for the catalogue model filtered-entanglement-machine (not computed with Steadfast).

The two-qubit entanglement engine of Brask, Haack, Brunner & Huber (NJP 17, 113029 (2015)), local master
equation, in the (Gamma, r) form of the entanglement-engine papers: q1 in a bath of total rate Gh and excited
fraction rh (emission Gh(1 - rh), absorption Gh rh), q2 likewise with Gc, rc; H = g(sp1 sm2 + h.c.)
(the resonant w/2(sz1 + sz2) commutes with everything and drops out of the local equation).

1. "The Brask optimum": the maximum of the steady-state concurrence over the machine's parameters. It lies at
   rc = 0 (cold bath at T = 0) and rh = 1/2 (hot bath at infinite temperature); over g/Gc and Gh/Gc it is a
   smooth interior maximum, located here by solving grad C = 0 with mpmath (40 digits).
2. The heralded ("filtered") concurrence, qubit analogue of Tavakoli, Haack, Huber, Brunner & Brask,
   Quantum 2, 73 (2018): local filters K_i = f_i |0><0| + |1><1| (level 0 = ground) on each qubit, state
   K rho K^dag / p, p = Tr(K rho K^dag). For the X state with populations p_gg, p_ge, p_eg, p_ee and coherence c
   (c = rho_{eg,ge}) the filtered concurrence is 2 f1 f2 (|c| - sqrt(p_gg p_ee)) / p with
   p = p_gg f1^2 f2^2 + p_ge f1^2 + p_eg f2^2 + p_ee; by AM-GM its maximum over f1, f2 is
   C* = (|c| - sqrt(p_gg p_ee)) / (sqrt(p_gg p_ee) + sqrt(p_ge p_eg)),
   reached at f1^2 f2^2 = p_ee/p_gg, f1^2/f2^2 = p_eg/p_ge, with p = 2 f1 f2 (sqrt(p_gg p_ee) + sqrt(p_ge p_eg)).
   (For X states diagonal local filters reach the optimum over all local filters: they bring the state to its
   Verstraete normal form, both marginals maximally mixed.)
3. Cross-check of the filtered state: QuTiP 4.7.1 steadystate + qutip.concurrence of K rho K^dag / p.

Run: /usr/bin/python3 filtered_machine.py
"""
import mpmath as mp
import numpy as np
import qutip as qt

mp.mp.dps = 40


def kron(A, B):
    n, m = A.rows, B.rows
    K = mp.zeros(n * m, n * m)
    for i in range(n):
        for j in range(n):
            for k in range(m):
                for l in range(m):
                    K[m * i + k, m * j + l] = A[i, j] * B[k, l]
    return K


def steady(g, Gh, Gc, rh, rc):
    """mpmath steady state, basis |q1 q2> = |00>, |01>, |10>, |11> (0 = ground), column-stacked vec."""
    s1, s2 = mp.zeros(4, 4), mp.zeros(4, 4)
    for b in range(2):
        s1[b, 2 + b] = 1          # sm on q1: |0 b><1 b|
    for a in range(2):
        s2[2 * a, 2 * a + 1] = 1  # sm on q2: |a 0><a 1|
    H = g * (s1.T * s2 + s2.T * s1)
    jumps = [mp.sqrt(Gh * (1 - rh)) * s1, mp.sqrt(Gh * rh) * s1.T,
             mp.sqrt(Gc * (1 - rc)) * s2, mp.sqrt(Gc * rc) * s2.T]
    I = mp.eye(4)
    L = -1j * (kron(I, H) - kron(H.T, I))
    for A in jumps:            # real matrices: conj(A) = A
        AdA = A.T * A
        L += kron(A, A) - kron(I, AdA) / 2 - kron(AdA.T, I) / 2
    for j in range(16):       # replace one equation by Tr rho = 1
        L[0, j] = 0
    for i in range(4):
        L[0, 5 * i] = 1
    rhs = mp.zeros(16, 1)
    rhs[0] = 1
    v = mp.lu_solve(L, rhs)
    return mp.matrix([[v[4 * j + i] for j in range(4)] for i in range(4)])


def x_state(rho):
    pgg, pge, peg, pee = (mp.re(rho[i, i]) for i in range(4))
    return pgg, pge, peg, pee, abs(rho[1, 2])


def concurrence_x(rho):
    pgg, pge, peg, pee, c = x_state(rho)
    return 2 * max(0, c - mp.sqrt(pgg * pee), abs(rho[0, 3]) - mp.sqrt(pge * peg))


def best_filter(rho):
    pgg, pge, peg, pee, c = x_state(rho)
    a, b = mp.sqrt(pgg * pee), mp.sqrt(pge * peg)
    prod, ratio = pee / pgg, peg / pge       # f1^2 f2^2, f1^2 / f2^2
    f1, f2 = mp.sqrt(mp.sqrt(prod * ratio)), mp.sqrt(mp.sqrt(prod / ratio))
    return (c - a) / (a + b), f1, f2, 2 * f1 * f2 * (a + b)


def filtered(rho, f1, f2):
    pgg, pge, peg, pee, c = x_state(rho)
    p = pgg * f1 ** 2 * f2 ** 2 + pge * f1 ** 2 + peg * f2 ** 2 + pee
    return 2 * f1 * f2 * max(0, c - mp.sqrt(pgg * pee)) / p, p


half = mp.mpf(1) / 2
C = lambda g, Gh: concurrence_x(steady(g, Gh, 1, half, 0))
# on the entangled branch C = 2(|c| - sqrt(p_gg p_ee)), smooth: solve grad C = 0 (start from a coarse
# NumPy Nelder-Mead optimum)
Cs = lambda g, Gh: (lambda x: 2 * (x[4] - mp.sqrt(x[0] * x[3])))(x_state(steady(g, Gh, 1, half, 0)))
g, Gh = mp.findroot(lambda x, y: [mp.diff(lambda t: Cs(t, y), x), mp.diff(lambda t: Cs(x, t), y)],
                    (mp.mpf('0.1549'), mp.mpf('0.1920')))
rho = steady(g, Gh, 1, half, 0)
Cstar, f1, f2, p = best_filter(rho)
print("Brask optimum (Gc = 1, rh = 1/2, rc = 0): g = %s, Gh = %s, C = %s" % (mp.nstr(g, 17), mp.nstr(Gh, 17), mp.nstr(C(g, Gh), 17)))
print("populations gg, ge, eg, ee:", [mp.nstr(x, 17) for x in x_state(rho)[:4]], " |c| =", mp.nstr(x_state(rho)[4], 17))
print("best local filters: f1 = %s, f2 = %s; C* = %s, p_success = %s" % (mp.nstr(f1, 17), mp.nstr(f2, 17), mp.nstr(Cstar, 17), mp.nstr(p, 17)))
for a, b in [(f1, f2), (mp.mpf('0.075'), mp.mpf('0.12')), (1, 1), (mp.mpf('0.5'), 1)]:
    cf, pf = filtered(rho, a, b)
    print("f1 = %s, f2 = %s: C_filtered = %s, p_success = %s" % (mp.nstr(a, 17), mp.nstr(b, 17), mp.nstr(cf, 17), mp.nstr(pf, 17)))
# sensitivity: C is stationary at the optimum, C* is not
for dg, dh in [(mp.mpf('0.1549'), mp.mpf('0.192')), (mp.mpf('0.155'), mp.mpf('0.192'))]:
    r = steady(dg, dh, 1, half, 0)
    print("g = %s, Gh = %s: C = %s, C* = %s" % (dg, dh, mp.nstr(concurrence_x(r), 12), mp.nstr(best_filter(r)[0], 12)))


def qutip_check(g, Gh, rh, rc, f1, f2, Gc=1.0):
    sm = qt.destroy(2)            # |0><1|, level 0 = ground
    s1, s2 = qt.tensor(sm, qt.qeye(2)), qt.tensor(qt.qeye(2), sm)
    H = g * (s1.dag() * s2 + s2.dag() * s1)
    c_ops = [np.sqrt(Gh * (1 - rh)) * s1, np.sqrt(Gh * rh) * s1.dag(),
             np.sqrt(Gc * (1 - rc)) * s2, np.sqrt(Gc * rc) * s2.dag()]
    r = qt.steadystate(H, c_ops, method='direct')
    K = qt.tensor(qt.Qobj(np.diag([f1, 1.0])), qt.Qobj(np.diag([f2, 1.0])))
    rf = K * r * K.dag()
    p = rf.tr()
    return qt.concurrence(r), qt.concurrence(rf / p), p


print("QuTiP 4.7.1 at the optimum with the best filters: C, C_filtered, p =",
      qutip_check(float(g), float(Gh), 0.5, 0.0, float(f1), float(f2)))

# a second point, away from the optimum (filters kept at the optimum's values)
r2 = steady(mp.mpf('0.1'), mp.mpf('0.2'), 1, mp.mpf('0.4'), 0)
print("g = 0.1, Gh = 0.2, rh = 0.4, rc = 0: C = %s, C* = %s, C_filtered(f1, f2 as above) = %s, p = %s"
      % (mp.nstr(concurrence_x(r2), 17), mp.nstr(best_filter(r2)[0], 17), mp.nstr(filtered(r2, f1, f2)[0], 17),
         mp.nstr(filtered(r2, f1, f2)[1], 17)))
