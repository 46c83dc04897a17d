"""Independent reference values for the review's built-in models (issue 15).

Run with /usr/bin/python3 (QuTiP 4.7.1, NumPy, SciPy); nothing here calls Steadfast.
Each function prints the values that the model's reference: block records.
"""
import itertools
import math

import numpy as np
import qutip as qt
from scipy.special import exp1


def concurrence(rho):
    """Wootters concurrence of a 4x4 two-qubit density matrix (NumPy, basis |00>,|01>,|10>,|11>)."""
    yy = np.kron([[0, -1j], [1j, 0]], [[0, -1j], [1j, 0]])
    r = rho @ yy @ rho.conj() @ yy
    lam = np.sqrt(np.abs(np.sort(np.linalg.eigvals(r).real)[::-1]))
    return max(0.0, lam[0] - lam[1] - lam[2] - lam[3])


def benatti(w, T):
    """Two equal qubits, common thermal bath (collective jump sm1 + sm2), from |10>: the singlet weight
    1/2 is conserved, the triplet thermalises with ratios r = exp(-w/T): p(T-,T0,T+) = (1, r, r^2)/(2Z).
    C = |s - t0| - 2 sqrt(t- t+) = (1 - 3q)/2 with q = r/(1 + r + r^2)."""
    r = math.exp(-w / T)
    q = r / (1 + r + r * r)
    return (1 - 3 * q) / 2


def bell(G, g):
    """Pumping into |Psi-> from each orthogonal Bell state at rate G, Pauli noise sx, sy, sz on each
    qubit at rate g: the Bell-diagonal rate equation gives F = (G + 2g)/(G + 8g)."""
    return (G + 2 * g) / (G + 8 * g)


def guarnieri(w0, wc, theta, alpha):
    """First order in alpha (Guarnieri et al. 2018), T = 0, A = cos(theta) sx + sin(theta) sz."""
    x = w0 / wc
    return -2 * alpha * math.sin(2 * theta) * math.exp(x) * exp1(x)


def gibbs_concurrence(H, T):
    rho = (-H / T).expm()
    return concurrence((rho / rho.tr()).full())


def gunlycke(J, B, phi, T):
    sx, sz, I = qt.sigmax(), qt.sigmaz(), qt.qeye(2)
    H = J * qt.tensor(sz, sz) + B * (math.cos(phi) * (qt.tensor(sz, I) + qt.tensor(I, sz))
                                     + math.sin(phi) * (qt.tensor(sx, I) + qt.tensor(I, sx)))
    return gibbs_concurrence(H, T)


def cakmak_closed(N, w, T):
    """From |0...0> a collective thermal bath keeps the state in the symmetric (Dicke) subspace and
    thermalises it there: p_k ~ exp(-k w/T); the l1 coherence of the Dicke state |D_k> in the product
    basis is C(N, k) - 1."""
    p = np.array([math.exp(-k * w / T) for k in range(N + 1)])
    p /= p.sum()
    return sum(p[k] * (math.comb(N, k) - 1) for k in range(N + 1))


def cakmak_qutip(N, w, T, g):
    """The same by QuTiP mesolve to a long time (cross-check of the closed form)."""
    ops = [qt.tensor([qt.destroy(2) if i == j else qt.qeye(2) for i in range(N)]) for j in range(N)]
    jm = sum(ops)
    n = 1 / (math.exp(w / T) - 1)
    H = w * sum(o.dag() * o for o in ops)
    psi0 = qt.tensor([qt.basis(2, 0)] * N)
    r = qt.mesolve(H, psi0, [0, 400 / g], [math.sqrt(g * (n + 1)) * jm, math.sqrt(g * n) * jm.dag()],
                   options=qt.Options(atol=1e-12, rtol=1e-10, nsteps=10**6)).states[-1].full()
    return np.abs(r).sum() - np.trace(np.abs(r)).real


def davies(H, baths):
    """Davies (secular) Lindblad equation: for each bath (A, alpha, wc, T) with ohmic J(w) = alpha w e^{-w/wc},
    jumps A(w) = sum_{E'-E=w} P(E) A P(E') at 2 pi J(w)(n(w)+1) (w > 0), 2 pi J(|w|) n(|w|) (w < 0),
    2 pi alpha T (w = 0). Bohr frequencies are grouped to 1e-9. Returns the QuTiP steady state."""
    E, V = np.linalg.eigh(H.full())
    dims = H.dims
    levels = [[0]]
    for k in range(1, len(E)):
        (levels[-1].append(k) if abs(E[k] - E[levels[-1][0]]) < 1e-9 else levels.append([k]))
    P = [V[:, l] @ V[:, l].conj().T for l in levels]
    e = [E[l[0]] for l in levels]
    cops = []
    for A, alpha, wc, T in baths:
        a = A.full()
        comps = {}
        for i, j in itertools.product(range(len(levels)), repeat=2):
            w = e[j] - e[i]  # energy given to the bath by |E_j> -> |E_i>
            key = round(w, 9)
            comps[key] = comps.get(key, 0) + P[i] @ a @ P[j]
        for w, Aw in comps.items():
            if np.abs(Aw).max() < 1e-14:
                continue
            aw = abs(w)
            if aw < 1e-12:
                rate = 2 * math.pi * alpha * T
            else:
                nb = 0.0 if T == 0 else 1 / math.expm1(aw / T)
                J = alpha * aw * math.exp(-aw / wc)
                rate = 2 * math.pi * J * (nb + 1 if w > 0 else nb)
            if rate > 0:
                cops.append(math.sqrt(rate) * qt.Qobj(Aw, dims=dims))
    return qt.steadystate(H, cops, method='direct')


def site(op, k, N):
    return qt.tensor([op if i == k else qt.qeye(2) for i in range(N)])


def huang(w, J, T1, T3, alpha=0.001, wc=20.0):
    N = 3
    sp = [site(qt.sigmap(), k, N) for k in range(N)]
    H = sum(w / 2 * site(qt.sigmaz(), k, N) for k in range(N)) \
        + J * (sp[0] * sp[1].dag() + sp[1] * sp[2].dag() + sp[1] * sp[0].dag() + sp[2] * sp[1].dag())
    rho = davies(H, [(site(qt.sigmax(), 0, N), alpha, wc, T1), (site(qt.sigmax(), 2, N), alpha, wc, T3)])
    return concurrence(rho.ptrace([0, 1]).full()), concurrence(rho.ptrace([0, 2]).full())


def quiroga(w, J, Tm, dT, alpha=0.001, wc=20.0):
    N = 2
    sx = [site(qt.sigmax(), k, N) for k in range(N)]
    sy = [site(qt.sigmay(), k, N) for k in range(N)]
    H = sum(w / 2 * site(qt.sigmaz(), k, N) for k in range(N)) + J * (sx[0] * sx[1] + sy[0] * sy[1])
    rho = davies(H, [(sx[0], alpha, wc, Tm + dT / 2), (sx[1], alpha, wc, Tm - dT / 2)])
    return concurrence(rho.full())


def _nb(w, T):
    return 0.0 if T == 0 else 1 / math.expm1(w / T)


def _pair_lowering():
    """sm of two qubits with level 0 = ground (QuTiP's destroy(2): |1> -> |0>), tensor order q1, q2."""
    return qt.tensor(qt.destroy(2), qt.qeye(2)), qt.tensor(qt.qeye(2), qt.destroy(2))


def _thermal(op, rate, w, T):
    n = _nb(w, T)
    return [c for c in (math.sqrt(rate * (n + 1)) * op, math.sqrt(rate * n) * op.dag()) if c.norm() > 0]


def man(w, g, gh, gc, Th, Tc, gr, Tr):
    """Brask's machine (local hot bath on q1, cold on q2, exchange g) plus a common reservoir on sm1 + sm2:
    the same model written in QuTiP, steadystate method direct."""
    s1, s2 = _pair_lowering()
    H = w * (s1.dag() * s1 + s2.dag() * s2) + g * (s1.dag() * s2 + s2.dag() * s1)
    c = _thermal(s1, gh, w, Th) + _thermal(s2, gc, w, Tc) + _thermal(s1 + s2, gr, w, Tr)
    return concurrence(qt.steadystate(H, c, method='direct').full())


def ullah(D, Om, gm, w, T, gl):
    """Two NV spins in a displaced thermal magnon bath, effective model in the frame of the displacement:
    detuning D, drive Om/2 (sx1 + sx2), collective thermal bath sm1 + sm2 (rate gm, frequency w,
    temperature T), local decay gl on each spin. QuTiP steadystate method direct."""
    s1, s2 = _pair_lowering()
    H = D * (s1.dag() * s1 + s2.dag() * s2) + Om / 2 * (s1 + s1.dag() + s2 + s2.dag())
    c = _thermal(s1 + s2, gm, w, T) + [math.sqrt(gl) * s1, math.sqrt(gl) * s2]
    return concurrence(qt.steadystate(H, c, method='direct').full())


def arnesen_ring(J, B, T, N=4):
    """Heisenberg ring H = J sum_i s_i . s_{i+1} (Pauli, periodic) + B sum_i sz_i: Gibbs state by QuTiP expm,
    nearest-neighbour and next-nearest concurrences of its two-site reductions."""
    H = 0
    for i in range(N):
        j = (i + 1) % N
        for op in (qt.sigmax(), qt.sigmay(), qt.sigmaz()):
            H += J * site(op, i, N) * site(op, j, N)
        H += B * site(qt.sigmaz(), i, N)
    rho = (-H / T).expm()
    rho = rho / rho.tr()
    return concurrence(rho.ptrace([0, 1]).full()), concurrence(rho.ptrace([0, 2]).full())


def aron(Dq, Dc, g, sign, Om, kappa, gamma, nmax):
    """Two driven qubits sharing a lossy resonator (frame of the drive): H = Dq (n1 + n2) + Dc a^+a
    + g (a^+ s1 + h.c.) + sign g (a^+ s2 + h.c.) + Om/2 (sx1 + sx2); loss kappa, qubit decay gamma.
    QuTiP steadystate method direct; returns C(q1, q2) and <Psi-|rho|Psi->."""
    a = qt.tensor(qt.qeye(2), qt.qeye(2), qt.destroy(nmax))
    s1 = qt.tensor(qt.destroy(2), qt.qeye(2), qt.qeye(nmax))
    s2 = qt.tensor(qt.qeye(2), qt.destroy(2), qt.qeye(nmax))
    H = Dq * (s1.dag() * s1 + s2.dag() * s2) + Dc * a.dag() * a + g * (a.dag() * s1 + a * s1.dag()) \
        + sign * g * (a.dag() * s2 + a * s2.dag()) + Om / 2 * (s1 + s1.dag() + s2 + s2.dag())
    rho = qt.steadystate(H, [math.sqrt(kappa) * a, math.sqrt(gamma) * s1, math.sqrt(gamma) * s2], method='direct')
    r = rho.ptrace([0, 1]).full()
    psi = np.array([0, 1, -1, 0]) / math.sqrt(2)
    return concurrence(r), (psi.conj() @ r @ psi).real


def superradiant_kac(N, gc, w, ge, kac):
    """superradiant-pumped with Kac scaling: collective emission at gc/N^kac, local pumping w and emission ge;
    full 2^N space, QuTiP steadystate method direct. Returns <jz>, <jp jm>."""
    sm = [site(qt.destroy(2), k, N) for k in range(N)]  # level 0 = ground, as in Steadfast
    jm = sum(sm)
    jz = sum(o.dag() * o for o in sm) - N / 2
    c = [math.sqrt(gc / N ** kac) * jm] + [math.sqrt(w) * o.dag() for o in sm] + [math.sqrt(ge) * o for o in sm]
    rho = qt.steadystate(0 * jz, c, method='direct')
    return qt.expect(jz, rho), qt.expect(jm.dag() * jm, rho)


def ohmic_shift(w, alpha, wc, T):
    """S(w) = (1/2 pi) P int gamma(x)/(w - x) dx, gamma(x) = 2 pi alpha x e^{-|x|/wc} (n(x) + 1) (x < 0: absorption),
    by scipy quad after subtracting the singularity; at T = 0 the closed form
    alpha (-wc + w e^{-w/wc} Ei(w/wc)) (w > 0), alpha (-wc + |w| e^{|w|/wc} E1(|w|/wc)) (w < 0)."""
    from scipy.integrate import quad
    from scipy.special import expi
    if T == 0:
        x = abs(w) / wc
        if w > 0:
            return alpha * (-wc + w * math.exp(-x) * expi(x))
        if w < 0:
            return alpha * (-wc + abs(w) * math.exp(x) * exp1(x))
        return -alpha * wc

    def f(x):
        if x == 0:
            return T
        if x < 0:  # x (n(x) + 1) = |x| n(|x|) = |x| e^{-|x|/T}/(1 - e^{-|x|/T})
            return -x * math.exp(-abs(x) / wc + x / T) / -math.expm1(x / T)
        return x * math.exp(-x / wc) / -math.expm1(-x / T)
    # P int f(x)/(x - w) dx = int (f(x) - f(w))/(x - w) dx + f(w) log((L - w)/(L + w)) on [-L, L]; tails < e^{-L/wc}
    # (the Cauchy-weight quadrature of QUADPACK was found 1e-8 off at w < 0, so the singularity is subtracted)
    L = 200 * wc + 200 * T + 2 * abs(w)
    fw = f(w)
    main = quad(lambda x: (f(x) - fw) / (x - w) if x != w else 0.0, -L, L, points=[w, 0.0], limit=5000,
                epsabs=1e-15, epsrel=1e-13)[0]
    return -alpha * (main + fw * math.log((L - w) / (L + w)))


def redfield_steady(H, baths):
    """Bloch-Redfield with the principal value: d rho/dt = -i[H, rho] + sum ([Lam rho, A] + [A, rho Lam^+]),
    Lam_ab = (gamma(E_b - E_a)/2 + i S(E_b - E_a)) A_ab in the eigenbasis; ohmic baths (A, alpha, wc, T).
    Built as a NumPy superoperator, steady state by least squares with the trace condition."""
    E, V = np.linalg.eigh(H)
    d = len(E)

    def gamma(w, alpha, wc, T):
        if abs(w) < 1e-12:
            return 2 * math.pi * alpha * T
        n = 0.0 if T == 0 else 1 / math.expm1(abs(w) / T)
        J = alpha * abs(w) * math.exp(-abs(w) / wc)
        return 2 * math.pi * J * (n + 1 if w > 0 else n)
    terms = []
    for A, alpha, wc, T in baths:
        Ae = V.conj().T @ A @ V
        Lam = np.zeros((d, d), complex)
        for a in range(d):
            for b in range(d):
                w = E[b] - E[a]
                Lam[a, b] = (gamma(w, alpha, wc, T) / 2 + 1j * ohmic_shift(w, alpha, wc, T)) * Ae[a, b]
        terms.append((V @ Ae @ V.conj().T, V @ Lam @ V.conj().T))

    def R(rho):
        out = -1j * (H @ rho - rho @ H)
        for A, Lam in terms:
            lr, rl = Lam @ rho, rho @ Lam.conj().T
            out += lr @ A - A @ lr + A @ rl - rl @ A
        return out
    M = np.zeros((d * d + 1, d * d), complex)
    for k in range(d * d):
        e = np.zeros(d * d, complex)
        e[k] = 1
        M[:d * d, k] = R(e.reshape(d, d)).reshape(-1)
    M[d * d, :] = np.eye(d).reshape(-1)
    rhs = np.zeros(d * d + 1, complex)
    rhs[-1] = 1
    rho = np.linalg.lstsq(M, rhs, rcond=None)[0].reshape(d, d)
    return (rho + rho.conj().T) / 2


def wang_pair(w1, w2, g, alpha, wc, T1, T2):
    """Two qubits (level 0 = ground) H = w1/2 sz1 + w2/2 sz2 + g (sp1 sm2 + h.c.), Redfield baths on sx1 at T1 and sx2 at T2.
    Returns C and Re <sp1 sm2> (the steady coherence between the qubits)."""
    sz = np.diag([-1.0, 1.0])
    sp = np.array([[0, 0], [1, 0]], float)
    sx = sp + sp.T
    I = np.eye(2)
    H = w1 / 2 * np.kron(sz, I) + w2 / 2 * np.kron(I, sz) + g * (np.kron(sp, sp.T) + np.kron(sp.T, sp))
    rho = redfield_steady(H, [(np.kron(sx, I), alpha, wc, T1), (np.kron(I, sx), alpha, wc, T2)])
    return concurrence(rho), np.trace(np.kron(sp, sp.T) @ rho).real


def contreras(eps, tc, g, GL, GR, kappa, nmax, wc=None):
    """Two double quantum dots (levels 0 = empty, 1 = left, 2 = right; H_i = eps/2 (P1 - P2) + tc (|1><2| + h.c.))
    coupled through their dipoles P1 - P2 to one cavity mode (wc a^+a + g sum_i (P1 - P2)_i (a + a^+)), loss kappa.
    DQD 1 forward biased (source -> left at GL, right -> drain at GR: an emitter), DQD 2 reverse biased
    (source -> right at GL, left -> drain at GR: an absorber). QuTiP steadystate method direct.
    Returns the negativity and the mutual information (bits) of the two DQDs, and <n>."""
    wc = math.sqrt(eps ** 2 + 4 * tc ** 2) if wc is None else wc
    d = 3
    kb = lambda j, l: qt.basis(d, j) * qt.basis(d, l).dag()
    I3, Ib = qt.qeye(d), qt.qeye(nmax)
    e1 = lambda o: qt.tensor(o, I3, Ib)
    e2 = lambda o: qt.tensor(I3, o, Ib)
    a = qt.tensor(I3, I3, qt.destroy(nmax))
    hq = eps / 2 * (kb(1, 1) - kb(2, 2)) + tc * (kb(1, 2) + kb(2, 1))
    dip = kb(1, 1) - kb(2, 2)
    H = e1(hq) + e2(hq) + wc * a.dag() * a + g * (e1(dip) + e2(dip)) * (a + a.dag())
    c = [math.sqrt(kappa) * a, math.sqrt(GL) * e1(kb(1, 0)), math.sqrt(GR) * e1(kb(0, 2)),
         math.sqrt(GL) * e2(kb(2, 0)), math.sqrt(GR) * e2(kb(0, 1))]
    rho = qt.steadystate(H, c, method='direct')
    r12 = rho.ptrace([0, 1])
    neg = (sum(abs(x) for x in qt.partial_transpose(r12, [0, 1]).eigenenergies()) - 1) / 2
    mi = qt.entropy_vn(r12.ptrace(0), 2) + qt.entropy_vn(r12.ptrace(1), 2) - qt.entropy_vn(r12, 2)
    return neg, mi, qt.expect(a.dag() * a, rho)


if __name__ == '__main__':
    for T in (1.0, 0.5, 2.0, 10.0):
        print('benatti w=1 T=%s C=%.16g' % (T, benatti(1.0, T)))
    for G, g in ((1.0, 0.01), (1.0, 0.1), (2.0, 0.5)):
        print('bell G=%s g=%s F=%.16g C=2F-1=%.16g' % (G, g, bell(G, g), max(0.0, 2 * bell(G, g) - 1)))
    for w0, wc, th in ((1.0, 5.0, math.pi / 4), (1.0, 2.0, 0.3), (2.0, 10.0, 1.1)):
        print('guarnieri w0=%s wc=%s theta=%s sx=%.16g' % (w0, wc, th, guarnieri(w0, wc, th, 1e-3)))
    for J, B, phi, T in ((1.0, 1.0, math.pi / 2, 0.5), (1.0, 1.0, math.pi / 2, 1.0), (1.0, 1.0, math.pi / 4, 0.5),
                         (1.0, 2.0, math.pi / 2, 0.5), (1.0, 1.0, math.pi / 2, 5.0)):
        print('gunlycke J=%s B=%s phi=%s T=%s C=%.16g' % (J, B, phi, T, gunlycke(J, B, phi, T)))
    for N, T in ((4, 1.0), (4, 2.0), (2, 1.0)):
        print('cakmak N=%d T=%s l1=%.16g qutip=%.12g' % (N, T, cakmak_closed(N, 1.0, T), cakmak_qutip(N, 1.0, T, 0.1)))
    for T1, T3 in ((0.3, 0.1), (0.2, 0.2), (0.4, 0.1), (0.5, 0.5), (0.1, 0.3)):
        print('huang w=1 J=1 T1=%s T3=%s C12=%.16g C13=%.16g' % ((T1, T3) + huang(1.0, 1.0, T1, T3)))
    for Tm, dT in ((0.5, 0.0), (0.5, 0.4), (0.5, 0.8), (0.3, 0.0), (0.3, 0.4)):
        print('quiroga w=1 J=0.5 Tm=%s dT=%s C=%.16g' % (Tm, dT, quiroga(1.0, 0.5, Tm, dT)))
    for gr, Th, gc in ((100.0, 10.0, 0.01), (0.0, 10.0, 0.01), (0.0, 5.0, 1.0), (1000.0, 100.0, 0.01), (10.0, 100.0, 1.0)):
        print('man w=1 g=0.1 gh=0.01 gc=%s Th=%s Tc=0 gr=%s Tr=0 C=%.16g' % (gc, Th, gr, man(1.0, 0.1, 0.01, gc, Th, 0.0, gr, 0.0)))
    for D, Om, T in ((0.0, 0.3, 0.0), (0.5, 1.0, 0.0), (0.0, 0.1, 0.0), (0.0, 0.3, 0.2)):
        print('ullah D=%s Om=%s gm=1 w=1 T=%s gl=0.01 C=%.16g' % (D, Om, T, ullah(D, Om, 1.0, 1.0, T, 0.01)))
    for J, B, T in ((1.0, 0.5, 1.0), (1.0, 0.5, 0.3), (1.0, 0.5, 0.05), (1.0, 2.0, 0.5), (1.0, 0.5, 3.0)):
        print('arnesen_ring N=4 J=%s B=%s T=%s C12=%.16g C13=%.16g' % ((J, B, T) + arnesen_ring(J, B, T)))
    for Dc, sign, Om, kappa, nmax in ((1.0, -1, 0.2, 2.0, 6), (1.0, -1, 0.2, 2.0, 12), (1.0, 1, 0.2, 2.0, 6),
                                      (1.0, -1, 0.5, 2.0, 6), (0.0, -1, 0.2, 2.0, 6), (2.0, -1, 0.2, 0.5, 6)):
        print('aron Dq=0 Dc=%s g=1 sign=%s Om=%s kappa=%s gamma=0.01 nmax=%d C=%.16g Fsinglet=%.16g'
              % ((Dc, sign, Om, kappa, nmax) + aron(0.0, Dc, 1.0, sign, Om, kappa, 0.01, nmax)))
    for N, kac in ((6, 0), (6, 1), (4, 1)):
        print('superradiant N=%d gc=1 w=N/2 ge=0.1 kac=%d jz=%.16g jpjm=%.16g' % ((N, kac) + superradiant_kac(N, 1.0, N / 2, 0.1, kac)))
    sz = np.diag([-1.0, 1.0]); sx = np.array([[0, 1], [1, 0]], float)
    for th in (math.pi / 4, 0.3):  # the Redfield code against Guarnieri's first-order closed form (T = 0)
        r = redfield_steady(0.5 * sz, [(math.cos(th) * sx + math.sin(th) * sz, 1e-3, 5.0, 0.0)])
        print('redfield qubit theta=%s sx=%.16g first-order=%.16g' % (th, np.trace(sx @ r).real, guarnieri(1.0, 5.0, th, 1e-3)))
    for T1, T2, g in ((1.0, 0.1, 1.5), (0.5, 0.5, 1.5), (2.0, 0.1, 1.5), (2.0, 0.0, 0.05)):
        print('wang w1=w2=1 g=%s alpha=0.005 wc=10 T1=%s T2=%s C=%.16g coherence=%.16g' % ((g, T1, T2) + wang_pair(1.0, 1.0, g, 0.005, 10.0, T1, T2)))
    for g, GL, kappa, nmax in ((0.2, 0.5, 0.01, 10), (0.2, 0.5, 0.01, 16), (0.2, 0.05, 0.01, 10), (0.2, 0.5, 0.1, 10), (0.05, 0.5, 0.01, 10)):
        print('contreras eps=1 tc=0.1 g=%s GL=%s GR=0.05 kappa=%s nmax=%d N=%.16g I=%.16g n=%.16g'
              % ((g, GL, kappa, nmax) + contreras(1.0, 0.1, g, GL, 0.05, kappa, nmax)))
