#!/usr/bin/env python3
"""Runs Steadfast and QuTiP 4.7.1 on the same models in the same run and writes docs/benchmarks.md.

Every case is measured as a user meets it: the whole command, a cold process each time —
`./steadfast steady MODEL --format json` against the QuTiP script of shared/bench/qutip for that one
size (`python3 script.py ...`, including `import qutip`) — and, beside it, the solver's own seconds
as each program reports them (Steadfast: assembly, solve and certification; QuTiP: the time its
script measures around `steadystate`). The two programs run alternately, case by case, so they share
the machine's load; times are medians of --repeat runs (runs of more than a minute once).
Agreement is the relative difference of the physical value both print.

Usage: bench/compare.py [--repeat 3] [--quick] [--out docs/benchmarks.md] [--only NAME,...]

Needs /usr/bin/python3 with qutip (Debian: apt-get install python3-qutip) for the QuTiP columns;
without it they say "not run". The sections appended after the table are bench/notes*.md.
"""
import argparse, json, os, re, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("STEADFAST_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
QUTIP = os.path.join(SHARED, "bench", "qutip")
STEADFAST = os.path.join(ROOT, "steadfast")
MODELS = os.path.join(ROOT, "bench", "models")


def timed(cmd, timeout=None):
    """(stdout, wall seconds, max RSS MB), or None on timeout or failure (the failure is printed)."""
    full = ["/usr/bin/time", "-f", "MAXRSS=%M"] + cmd
    t0 = time.time()
    try:
        p = subprocess.run(full, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    wall = time.time() - t0
    if p.returncode != 0:
        sys.stderr.write(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stdout[-2000:]}{p.stderr[-2000:]}\n")
        return None
    m = re.search(r"MAXRSS=(\d+)", p.stderr)
    return p.stdout, wall, (int(m.group(1)) / 1024 if m else float("nan"))


def kv(line):
    return dict(re.findall(r"(\w+)=(\S+)", line))


class Case:
    """One row: a Steadfast command and the QuTiP script run for the same model and size."""

    def __init__(self, model, size, sf_args, measure, qutip=None, qutip_key=None, note="", timeout=900):
        self.model, self.size, self.sf_args, self.measure = model, size, sf_args, measure
        self.qutip, self.qutip_key, self.note, self.timeout = qutip, qutip_key, note, timeout

    def run_steadfast(self):
        r = timed([STEADFAST, "steady"] + self.sf_args + ["--format", "json"], timeout=3600)
        if r is None:
            return None
        doc = json.loads(r[0])
        ss = doc["steady_state"]
        return dict(wall=r[1], rss=r[2], solver=float(ss["seconds"]), value=doc["measures"][self.measure],
                    route=route(ss))

    def run_qutip(self):
        if self.qutip is None:
            return None
        r = timed(["/usr/bin/python3"] + self.qutip, timeout=self.timeout)
        if r is None:
            return None
        lines = [l for l in r[0].splitlines() if "seconds=" in l]
        d = kv(lines[-1])
        return dict(wall=r[1], rss=r[2], solver=float(d["seconds"]) if "seconds" in d else float(d["per_point_ms"]) / 1000,
                    value=float(d[self.qutip_key]))


def route(ss):
    m = ss.get("method", "")
    n = ss.get("unknowns", "?")
    if "GMRES" in m:
        it = re.search(r"(\d+) iterations", m)
        return f"GMRES, {it.group(1) if it else '?'} iterations, {n} unknowns"
    if "dense" in m:
        return f"dense LU, {n} unknowns"
    return f"sparse LU, {n} unknowns"


def median(xs):
    return statistics.median(xs) if xs else None


def cases(quick):
    q = lambda *a: [os.path.join(QUTIP, a[0])] + [str(x) for x in a[1:]]
    out = [Case("two qubits between two baths (sweep_two_qubits.py, one point)", "4 levels",
                ["two-qubit-two-baths", "--set", "Th=0.05", "--set", "g=0.001"], "C",
                q("sweep_two_qubits.py", 1), "maxC", note="C")]
    for n in (6, 7) if quick else (6, 7, 8):
        out.append(Case("XX chain between two baths (chain_steady.py, QuTiP direct)", f"N={n}",
                        ["xx-chain-thermal", "--set", f"N={n}"], "current",
                        q("chain_steady.py", "direct", n), "current", note="spin current"))
    for n in () if quick else (9, 10):
        out.append(Case("XX chain between two baths (chain_steady.py, QuTiP direct)", f"N={n}",
                        ["xx-chain-thermal", "--set", f"N={n}"], "current"))
    for n in (10, 20, 40):
        out.append(Case("driven Dicke ensemble (dicke_steady.py, PIQS power method)", f"N={n}",
                        ["dicke-driven", "--set", f"N={n}"], "jz_per_N",
                        q("dicke_steady.py", n), "jz_per_N", note="<jz>/N"))
    if not quick:
        out.append(Case("driven Dicke ensemble (dicke_steady.py, PIQS power method)", "N=100",
                        ["dicke-driven", "--set", "N=100"], "jz_per_N"))
    for c in (20, 50, 100) if quick else (20, 50, 100, 200):
        out.append(Case("driven damped cavity (cavity_steady.py, QuTiP direct)", f"{c} levels",
                        ["driven-cavity", "--set", "Delta=0.7", "--set", "F=0.9", "--set", "kappa=1.3",
                         "--set", f"nmax={c}"], "n", q("cavity_steady.py", c), "n", note="<n>"))
    for c in (10,) if quick else (10, 15, 20):
        out.append(Case("two driven Kerr cavities (kerr_pair_steady.py, QuTiP GMRES + ILU)", f"{c}+{c} levels",
                        [os.path.join(MODELS, "kerr-pair.yaml"), "--set", f"nmax={c}"], "n1",
                        q("kerr_pair_steady.py", "iterative-gmres", c) if c <= 15 else None, "n1",
                        note="<n1>", timeout=1800))
    return out


def sweep_row(points_per_axis, qutip_grid, repeat):
    """The two-qubit sweep through the command line (whole command per point) against QuTiP's loop."""
    walls = []
    for _ in range(repeat):
        d = os.path.join("/tmp", f"steadfast-bench-sweep-{os.getpid()}")
        subprocess.run(["rm", "-rf", d])
        r = timed([STEADFAST, "sweep", "two-qubit-two-baths", "--grid", f"Th=0.05:2:{points_per_axis}",
                   "--grid", f"g=0.001:0.1:{points_per_axis}", "--out", d])
        if r is not None:
            walls.append((r[1], r[2], json.load(open(os.path.join(d, "summary.json")))))
        subprocess.run(["rm", "-rf", d])
    qt = timed(["/usr/bin/python3", os.path.join(QUTIP, "sweep_two_qubits.py"), str(qutip_grid)], timeout=900)
    points = points_per_axis ** 2
    wall = median([w[0] for w in walls])
    summary = walls[0][2] if walls else {}
    qd = kv(qt[0].strip().splitlines()[-1]) if qt else None
    q_us = float(qd["per_point_ms"]) * 1000 if qd else None
    sf_us = wall / points * 1e6 if wall else None
    return ["two-qubit sweep through the command line, per point (sweep_two_qubits.py)",
            f"{points_per_axis}×{points_per_axis} (QuTiP {qutip_grid}×{qutip_grid})",
            "not run" if q_us is None else f"{q_us:.0f} µs",
            "—" if sf_us is None else f"{sf_us:.1f} µs ({wall:.2f} s whole command, "
                                      f"{summary.get('threads', '?')} threads, plots and CSV included)",
            "—" if (q_us is None or sf_us is None) else f"{q_us / sf_us:.0f}×",
            "—" if qd is None else f"max C {summary.get('measures', {}).get('C', {}).get('max', '?')} vs {qd['maxC']}",
            f"evaluation: {summary.get('evaluation', 'per point')}"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="fewer and smaller cases (a smoke run of the script)")
    ap.add_argument("--only", default="", help="comma-separated substrings of the model column to run")
    ap.add_argument("--sweep", type=int, default=200, help="points per axis of the command-line sweep")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    ap.add_argument("--rewrite-notes", action="store_true",
                    help="keep the table of --out as it is and append the current bench/notes*.md again")
    a = ap.parse_args()
    if a.rewrite_notes:
        rewrite_notes(a.out)
        return
    have_qutip = subprocess.run(["/usr/bin/python3", "-c", "import qutip"], capture_output=True).returncode == 0
    timed([STEADFAST, "--version"])  # builds the tool and its class-data archive before anything is timed
    rows = []
    for c in cases(a.quick):
        if a.only and not any(s in c.model for s in a.only.split(",")):
            continue
        sf, qt = [], []
        for _ in range(a.repeat):
            r = c.run_steadfast()
            if r:
                sf.append(r)
            if have_qutip and c.qutip and (not qt or qt[-1]["wall"] < 60):
                r = c.run_qutip()
                if r:
                    qt.append(r)
            if sf and sf[-1]["wall"] > 60:
                break
        rows.append(row(c, sf, qt))
        print(" | ".join(rows[-1]), flush=True)
    if not a.only or "sweep" in a.only:
        rows.append(sweep_row(a.sweep if not a.quick else 50, 30 if not a.quick else 10, a.repeat))
        print(" | ".join(rows[-1]), flush=True)
    write(a.out, rows, have_qutip, a.repeat)


def row(c, sf, qt):
    def both(rs):
        if not rs:
            return None
        return (median([r["wall"] for r in rs]), median([r["solver"] for r in rs]), max(r["rss"] for r in rs))
    s, q = both(sf), both(qt)
    fmt = lambda t: "—" if t is None else f"{t[0]:.2f} s / {t[1]:.3g} s / {t[2]:.0f} MB"
    ratio = "—"
    if s and q:
        ratio = f"{q[0] / s[0]:.2g}× / {q[1] / max(s[1], 1e-4):.2g}×"
    agree = "—"
    if sf and qt:
        a, b = sf[0]["value"], qt[0]["value"]
        r = abs(a - b) / max(abs(b), 1e-300) if b != 0 else abs(a)
        agree = ("< 1e-10 (all printed digits)" if r < 1e-10 else f"{r:.1e}") + f" ({c.note})"
    qcol = "not run" if c.qutip is None or q is None else fmt(q)
    return [c.model, c.size, qcol, fmt(s), ratio, agree, sf[0]["route"] if sf else "failed"]


NOTES = ("notes.md", "notes-heom.md", "notes-gaussian.md")


def notes():
    out = ""
    for name in NOTES:
        p = os.path.join(ROOT, "bench", name)
        if os.path.exists(p):
            out += "\n" + open(p).read()
    return out


def rewrite_notes(path):
    text = open(path).read()
    first = open(os.path.join(ROOT, "bench", NOTES[0])).read().splitlines()[0]
    cut = text.find("\n" + first)
    table = text if cut < 0 else text[:cut]
    with open(path, "w") as f:
        f.write(table.rstrip("\n") + "\n" + notes())


def write(path, rows, have_qutip, repeat):
    with open(path, "w") as f:
        f.write("# Benchmarks: Steadfast against QuTiP 4.7.1, measured in the same run\n\n")
        f.write(f"Generated by `bench/compare.py` on {time.strftime('%Y-%m-%d')} ({os.cpu_count()} cores; load "
                f"average {os.getloadavg()[0]:.1f} at the end). Each cell is **whole command / solver / peak "
                f"memory**: the wall time of one cold process (`./steadfast steady MODEL --format json`, or "
                f"`python3 script.py` for that one size, `import qutip` included), the solver's seconds as the "
                f"program reports them (Steadfast: assembly, solve and certification — residual, trace, "
                f"positivity; QuTiP: its script's timer around `steadystate`), and the process's peak RSS; "
                f"medians of {repeat} runs, the two programs alternating. Ratio: QuTiP's time over Steadfast's, "
                f"whole command / solver. Agreement: relative difference of the physical value both print.\n\n")
        f.write("| model | size | QuTiP | Steadfast | ratio | agreement | Steadfast route |\n")
        f.write("|---|---|---|---|---|---|---|\n")
        for r in rows:
            f.write("| " + " | ".join(r) + " |\n")
        if not have_qutip:
            f.write("\nQuTiP was not installed in this run, so its columns are empty.\n")
        f.write(notes())
    print(open(path).read())


if __name__ == "__main__":
    main()
