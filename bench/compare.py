#!/usr/bin/env python3
"""Runs Steadfast and QuTiP 4.7.1 on the same models in the same run and writes docs/benchmarks.md.

Usage: bench/compare.py [--chain 6,7,8] [--steadfast-chain 6,7,8,9,10] [--dicke 10,20,40]
                        [--steadfast-dicke 40,100] [--sweep 30] [--repeat 3] [--out docs/benchmarks.md]

Needs /usr/bin/python3 with qutip (Debian: apt-get install python3-qutip) for the QuTiP columns;
without it the QuTiP columns say "not run". Steadfast is run through the bench module
(dev.steadfast.bench.Bench), one JVM per case so that peak memory (max RSS from /usr/bin/time)
belongs to that case alone. Times are medians over --repeat runs (QuTiP runs that take longer than
60 s are run once). Agreement is the relative difference of the reported physical value.
"""
import argparse, os, re, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("STEADFAST_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
QUTIP = os.path.join(SHARED, "bench", "qutip")


def sh(cmd, timeout=None, cwd=ROOT):
    """Runs a command under /usr/bin/time; returns (stdout, max RSS MB, wall seconds) or None on timeout."""
    full = ["/usr/bin/time", "-f", "MAXRSS=%M"] + cmd
    t0 = time.time()
    try:
        p = subprocess.run(full, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    m = re.search(r"MAXRSS=(\d+)", p.stderr)
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return p.stdout, (int(m.group(1)) / 1024 if m else float("nan")), time.time() - t0


def kv(line):
    return dict(re.findall(r"(\w+)=(\S+)", line))


def classpath():
    """Packages core and bench and returns the bench module's runtime classpath (jars in target/)."""
    out = os.path.join(ROOT, "steadfast-bench", "target", "cp.txt")
    subprocess.run(["mvn", "-q", "-DskipTests", "-pl", "steadfast-bench", "-am", "package",
                    "dependency:build-classpath", f"-Dmdep.outputFile={out}", "-Dmdep.includeScope=runtime"],
                   cwd=ROOT, check=True)
    cp = open(out).read().strip()
    return ":".join([os.path.join(ROOT, "steadfast-bench", "target", "classes"), cp])


def steadfast(cp, args, heap="16g"):
    # the same collector as the ./steadfast launcher (throughput; sweeps allocate per point)
    return sh(["java", f"-Xmx{heap}", "-XX:+UseParallelGC", "-cp", cp, "dev.steadfast.bench.Bench"] + args)


def have_qutip():
    try:
        subprocess.run(["/usr/bin/python3", "-c", "import qutip"], check=True, capture_output=True)
        return True
    except Exception:
        return False


def median_runs(fn, repeat):
    runs = [fn() for _ in range(repeat)]
    return runs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chain", default="6,7,8", help="chain sizes run in both tools")
    ap.add_argument("--steadfast-chain", default="6,7,8,9,10", help="chain sizes run in Steadfast")
    ap.add_argument("--dicke", default="10,20,40", help="ensemble sizes run in both tools")
    ap.add_argument("--steadfast-dicke", default="40,100", help="ensemble sizes run in Steadfast")
    ap.add_argument("--sweep", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--qutip-timeout", type=int, default=900)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    a = ap.parse_args()
    cp = classpath()
    q = have_qutip()
    rows = []

    # chain
    both = [int(x) for x in a.chain.split(",") if x]
    for n in sorted(set(both) | {int(x) for x in a.steadfast_chain.split(",") if x}):
        sf = []
        for _ in range(a.repeat if n <= 9 else 1):
            out, rss, wall = steadfast(cp, ["chain", str(n)])
            d = kv(out.strip().splitlines()[-1])
            sf.append((float(d["solver_seconds"]), rss, d))
        t_sf = statistics.median(x[0] for x in sf)
        rss_sf = max(x[1] for x in sf)
        d = sf[0][2]
        qt = None
        if q and n in both:
            r = sh(["/usr/bin/python3", os.path.join(QUTIP, "chain_steady.py"), "direct", str(n)], timeout=a.qutip_timeout)
            if r is not None:
                qd = kv([l for l in r[0].splitlines() if l.startswith("N=")][-1])
                qt = (float(qd["seconds"]), float(qd["maxrssMB"]), float(qd["current"]))
        agree = "—" if qt is None else relative(float(d["current"]), qt[2])
        rows.append(("XX chain (chain_steady.py), direct in QuTiP", f"N={n}",
                     "not run" if qt is None else f"{qt[0]:.3g} s / {qt[1]:.0f} MB",
                     f"{t_sf:.3g} s / {rss_sf:.0f} MB",
                     "—" if qt is None else f"{qt[0] / t_sf:.0f}×",
                     agree + (" (spin current)" if qt else ""),
                     route(d)))

    # sweep
    out, rss, wall = steadfast(cp, ["sweep", str(a.sweep), "120"], heap="8g")
    passes = [float(kv(l)["per_point_us"]) for l in out.strip().splitlines()]
    per = statistics.median(passes[-40:])
    first = passes[0]
    maxc = kv(out.strip().splitlines()[-1])["maxC"]
    qt = None
    if q:
        r = sh(["/usr/bin/python3", os.path.join(QUTIP, "sweep_two_qubits.py"), str(a.sweep)], timeout=a.qutip_timeout)
        if r is not None:
            qd = kv(r[0].strip().splitlines()[-1])
            qt = (float(qd["per_point_ms"]) * 1000, float(qd["maxC"]))
    rows.append(("two-qubit sweep (sweep_two_qubits.py), per point", f"{a.sweep}×{a.sweep}",
                 "not run" if qt is None else f"{qt[0]:.0f} µs",
                 f"{per:.1f} µs warm (median of the last 40 of 120 passes; first pass {first:.0f} µs)",
                 "—" if qt is None else f"{qt[0] / per:.0f}×",
                 "—" if qt is None else f"max C {maxc} vs {qt[1]:.6f}",
                 "direct dense LU, charge-neutral sector (6 unknowns); concurrence, two heat currents, <sz>"))

    # dicke
    both = [int(x) for x in a.dicke.split(",") if x]
    qvals = {}
    if q and both:
        r = sh(["/usr/bin/python3", os.path.join(QUTIP, "dicke_steady.py")] + [str(n) for n in both], timeout=a.qutip_timeout)
        if r is not None:
            for l in r[0].splitlines():
                if l.startswith("N="):
                    d = kv(l)
                    qvals[int(d["N"])] = (float(d["seconds"]), float(d["jz_per_N"]), r[1])
    for n in sorted(set(both) | {int(x) for x in a.steadfast_dicke.split(",") if x}):
        sf = []
        for _ in range(a.repeat if n <= 100 else 1):
            out, rss, wall = steadfast(cp, ["dicke", str(n)])
            d = kv(out.strip().splitlines()[-1])
            sf.append((float(d["seconds"]), rss, d))
        t_sf = statistics.median(x[0] for x in sf)
        d = sf[0][2]
        qt = qvals.get(n)
        rows.append(("driven Dicke ensemble (dicke_steady.py), PIQS power method", f"N={n}",
                     "not run" if qt is None else f"{qt[0]:.3g} s",
                     f"{t_sf:.3g} s / {max(x[1] for x in sf):.0f} MB",
                     "—" if qt is None else f"{qt[0] / t_sf:.0f}×",
                     "—" if qt is None else relative(float(d["jz_per_N"]), qt[1]) + " (<jz>/N)",
                     f"permutation-invariant, {d['unknowns']} unknowns"))

    write(a.out, rows, q)


def relative(a, b):
    """Relative difference of two printed values; both scripts print 10-11 significant digits."""
    r = abs(a - b) / abs(b)
    return "< 1e-10 (all printed digits equal)" if r < 1e-10 else f"{r:.1e}"


def route(d):
    m = d.get("method", "")
    return ("iterative (GMRES + secular preconditioner)" if "GMRES" in m else "direct sparse LU") + \
        f", {d['unknowns']} unknowns"


def write(path, rows, q):
    machine = f"{os.cpu_count()} cores"
    with open(path, "w") as f:
        f.write("# Benchmarks: Steadfast against QuTiP 4.7.1, measured in the same run\n\n")
        f.write(f"Generated by `bench/compare.py` on {time.strftime('%Y-%m-%d')} ({machine}). "
                "Steadfast times are solver seconds (assembly, solve and certification: residual, trace, "
                "positivity), medians of repeated runs, one JVM per case; memory is the peak RSS of that "
                "JVM. QuTiP times are those its benchmark scripts print; its memory is their max RSS. "
                "Agreement is the relative difference of the physical value each script reports.\n\n")
        f.write("| model | size | QuTiP time / memory | Steadfast time / memory | ratio | agreement | Steadfast route |\n")
        f.write("|---|---|---|---|---|---|---|\n")
        for r in rows:
            f.write("| " + " | ".join(r) + " |\n")
        if not q:
            f.write("\nQuTiP was not installed in this run, so its columns are empty.\n")
        notes = os.path.join(ROOT, "bench", "notes.md")
        if os.path.exists(notes):
            f.write("\n" + open(notes).read())
    print(open(path).read())


if __name__ == "__main__":
    main()
