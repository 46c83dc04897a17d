#!/usr/bin/env python3
"""HEOM steady state: Steadfast against QuTiP 4.7.1 in the same run (issue 13, item 7).

Usage: bench/heom_compare.py [--depths 4,6,8,10] [--qutip-timeout 600]
Model: the catalogue model two-qubit-heom-heat-transport (two resonant qubits, exchange J = 0.1,
each coupled through sx to a Drude-Lorentz Pade bath, Nk = 1, lambda = 0.05, gamma = 1, Th = 1,
Tc = 0.5) at increasing depth. QuTiP: HEOMSolver construction + steady_state() (its default
sparse LU), timed in-process; the hot-bath current by the heat-transport tutorial's formula (sign
flipped: into the system). Steadfast: `./steadfast steady --format json`, its solver seconds
(assembly, solve, certification) of the requested truncation (the convergence report's coarser
solves are not counted) and its wall time including JVM start and the convergence report.
Prints a Markdown table.
"""
import argparse, json, os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "steadfast-model/src/main/resources/dev/steadfast/model/catalogue/two-qubit-heom-heat-transport.yaml")

QUTIP = r'''
import sys, time, numpy as np
from qutip import sigmax, sigmaz, sigmap, sigmam, qeye, tensor
from qutip.nonmarkov.heom import HEOMSolver, DrudeLorentzPadeBath, BathExponent
depth = int(sys.argv[1])
I = qeye(2)
H = 0.5 * (tensor(sigmaz(), I) + tensor(I, sigmaz())) + 0.1 * (tensor(sigmap(), sigmam()) + tensor(sigmam(), sigmap()))
Q1, Q2 = tensor(sigmax(), I), tensor(I, sigmax())
bh = DrudeLorentzPadeBath(Q1, lam=0.05, gamma=1.0, T=1.0, Nk=1, tag="hot")
bc = DrudeLorentzPadeBath(Q2, lam=0.05, gamma=1.0, T=0.5, Nk=1, tag="cold")
t0 = time.time()
rho, ados = HEOMSolver(H, [bh, bc], max_depth=depth).steady_state()
t = time.time() - t0
res, cI0 = 0, 0
for label in ados.filter(level=1, tags=["hot"]):
    [e] = ados.exps(label)
    res += e.vk * (Q1 * ados.extract(label)).tr()
    cI0 += e.ck if e.type == BathExponent.types["I"] else (e.ck2 if e.type == BathExponent.types["RI"] else 0)
res -= 2 * cI0 * (Q1 * Q1 * ados.extract(0)).tr()
print("seconds=%.6f jh=%.15e" % (t, -np.real(res)))
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--depths", default="4,6,8,10")
    ap.add_argument("--qutip-timeout", type=float, default=600)
    a = ap.parse_args()
    text = open(MODEL).read()
    print("| depth | unknowns (ADOs × d²) | QuTiP time / memory | Steadfast solve / wall (JVM + convergence report) / memory | ratio (solve) | agreement (Jh) | Steadfast route |")
    print("|---|---|---|---|---|---|---|")
    for d in [int(x) for x in a.depths.split(",")]:
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write(text.replace("depth: 4", "depth: %d" % d))
            path = f.name
        t0 = time.time()
        p = subprocess.run(["/usr/bin/time", "-f", "MAXRSS=%M", os.path.join(ROOT, "steadfast"), "steady", path,
                            "--format", "json"], capture_output=True, text=True)
        wall = time.time() - t0
        doc = json.loads(p.stdout)
        rss = int(re.search(r"MAXRSS=(\d+)", p.stderr).group(1)) / 1024
        ss = doc["steady_state"]
        jh = doc["measures"]["Jh"]
        q = "not run"
        ratio = agree = "—"
        try:
            r = subprocess.run(["/usr/bin/time", "-f", "MAXRSS=%M", "/usr/bin/python3", "-c", QUTIP, str(d)],
                               capture_output=True, text=True, timeout=a.qutip_timeout)
            kv = dict(re.findall(r"(\w+)=(\S+)", r.stdout))
            qrss = int(re.search(r"MAXRSS=(\d+)", r.stderr).group(1)) / 1024
            qt = float(kv["seconds"])
            q = "%.3g s / %.0f MB" % (qt, qrss)
            ratio = "%.0f×" % (qt / ss["seconds"])
            agree = "%.1e" % (abs(float(kv["jh"]) - jh) / abs(jh))
        except subprocess.TimeoutExpired:
            q = "unfinished after %.0f s" % a.qutip_timeout
        route = ss["route"] + (", " + re.sub(r".*: (\d+ iterations).*", r"\1", ss["method"]) if "iterations" in ss["method"] else "")
        print("| %d | %d | %s | %.3g s / %.1f s / %.0f MB | %s | %s | %s |" % (d, ss["unknowns"], q, ss["seconds"], wall, rss,
                                                                      ratio, agree, route))
        sys.stdout.flush()
        os.unlink(path)


if __name__ == "__main__":
    main()
