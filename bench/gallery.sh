#!/usr/bin/env bash
# Rebuilds every figure of docs/gallery.md: one sweep or evolve per built-in model of the review,
# run with ./steadfast, the chosen PNG copied to docs/gallery/<model>-<measure>.png.
# Usage: bench/gallery.sh [MODEL...]   (default: every figure; takes about a minute on two cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/gallery"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
wanted=("$@")

# figure MODEL MEASURE steadfast-arguments... : runs one command and keeps MEASURE.png
figure() {
    local model="$1" measure="$2"
    shift 2
    if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $model " ]]; then
        return
    fi
    echo "== $model ($measure): steadfast $*"
    "$root/steadfast" "$@" --out "$work/$model" > /dev/null
    cp "$work/$model/$measure.png" "$out/$model-$measure.png"
}

# 2. hybrid coherent drive and engineered dissipation
figure resonance-fluorescence pe sweep resonance-fluorescence --grid Delta=-3:3:61 --grid Omega=0:3:31
figure pumped-pair C sweep pumped-pair --grid g=0:2:81
figure aron-driven-qubits-resonator C sweep aron-driven-qubits-resonator --grid Om=0.02:1:30 --grid sign=-1,1
figure aron-driven-qubit-array C12 sweep aron-driven-qubit-array --grid Om=0.02:1:25 --grid N=3,4
figure bell-state-stabilisation F sweep bell-state-stabilisation --grid g=log:0.0001:1:41
# 3.1 nonequilibrium baths
figure thermal-entanglement-machine C sweep thermal-entanglement-machine --grid Th=0:10:21 --grid g=log:0.001:1:21
figure filtered-entanglement-machine C_filtered sweep filtered-entanglement-machine --grid f1=0.02:1:50 --grid f2=0.02:1:50
figure quiroga-nonequilibrium-pair C sweep quiroga-nonequilibrium-pair --grid dT=0:0.98:50
figure huang-xx-trimer C13 sweep huang-xx-trimer --grid T1=0.05:1:20 --grid T3=0.05:1:20
figure man-common-reservoir C sweep man-common-reservoir --grid gr=log:0.01:10000:41
figure local-vs-global C sweep local-vs-global --grid Th=0:10:21 --grid global=0,1
figure wang-redfield-pair C sweep wang-redfield-pair --grid T1=0.05:3:30 --grid T2=0.05:3:30
figure xx-chain C23 sweep xx-chain --grid mu=0:1:21
figure contreras-dqd-cavity N sweep contreras-dqd-cavity --grid g=0:0.4:21 --grid kappa=log:0.001:1:13
# 3.2 a single engineered environment
figure guarnieri-coherence sx sweep guarnieri-coherence --grid theta=0:3.14159265358979:41
figure white-noise-light EN sweep white-noise-light --grid r=log:0.01:10:21
figure benatti-common-bath C evolve benatti-common-bath --initial q1_excited --times 0:40:201
figure cakmak-collective-coherence coherence evolve cakmak-collective-coherence --initial ground --times 0:60:201
figure gunlycke-ising-pair C sweep gunlycke-ising-pair --grid T=0.05:2:40 --grid B=0:3:31
figure heisenberg-pair-thermal C sweep heisenberg-pair-thermal --grid T=0.05:5:40 --grid B=0.1:3:30
figure heisenberg-ring C12 sweep heisenberg-ring --grid T=0.05:4:40 --grid B=0:3:30
figure nv-magnon-pair C sweep nv-magnon-pair --grid Om=0:2:41 --grid T=0:0.5:11
figure superradiant-pumped jpjm sweep superradiant-pumped --grid w=0:6:31 --grid kac=0,1
# transport (leads, currents, counting statistics), Gaussian modes and strong coupling
figure single-level-dot J sweep single-level-dot --grid eps=-2:2:41 --grid T=0.05:1:20
figure serial-double-dot F sweep serial-double-dot --grid eps=-2:2:41 --grid Tc=0.05:0.5:19
figure thermoelectric-level P sweep thermoelectric-level --grid eps=-1:2:31 --grid muC=-0.5:0.5:21
figure squeezed-reservoir-pair log_neg sweep squeezed-reservoir-pair --grid r=0:1.5:31 --grid T=0.05:2:20
figure two-qubit-heom-heat-transport Jh sweep two-qubit-heom-heat-transport --grid J=0:0.5:11
