#!/usr/bin/env bash
# Counts the work of the analyzer per pass over the corpus's train split with valgrind's cachegrind: instructions,
# data-cache misses (48 KB L1, 1 MB last level) and mispredicted branches, and a cost estimate in instruction
# equivalents (Ir + 10 × L1 misses + 60 × last-level misses + 15 × mispredicts). On this shared machine wall time
# swings by up to 2× between runs of the same build; these counts swing far less (within 1% in the ninth session's
# runs, 469–505 M instructions a pass for one build in the tenth's: run each side three times and compare medians),
# so they can decide a change to the hot path of a few percent. The JIT runs without tiering (no dynamic PGO), so
# the code is close to, not the same as, what a long run executes. Needs valgrind (apt-get install -y valgrind).
# Usage: tools/cost.sh [rules|full|parse|match|speakers] [P0 P1]   (per pass = (run of P1 passes − run of P0) / (P1 − P0))
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-rules}; p0=${2:-3}; p1=${3:-9}
command -v valgrind >/dev/null 2>&1 || { echo "tools/cost.sh needs valgrind: apt-get install -y valgrind" >&2; exit 1; }
case "$mode" in rules|full|parse|match|speakers) ;; *) echo "usage: tools/cost.sh [rules|full|parse|match|speakers] [P0 P1]" >&2; exit 2 ;; esac
dotnet build tests/Framing.Benchmarks -c Release -v q -nologo >/dev/null
dll=tests/Framing.Benchmarks/bin/Release/net10.0/Framing.Benchmarks.dll
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
run() {
  DOTNET_TieredCompilation=0 DOTNET_EnableWriteXorExecute=0 valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
    --D1=49152,12,64 --LL=1048576,8,64 --cachegrind-out-file="$tmp/cg.$1" dotnet "$dll" work "$mode" "$1" >/dev/null 2>&1
  cg_annotate "$tmp/cg.$1" 2>/dev/null | grep -m1 "PROGRAM TOTALS"
}
a=$(run "$p0"); b=$(run "$p1")
python3 - "$mode" "$a" "$b" "$p0" "$p1" <<'P'
import re, sys
mode, a, b, p0, p1 = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
nums = lambda s: [int(x.replace(',', '')) for x in re.findall(r'([\d,]+) \(', s)]
# cachegrind's order: Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw Bc Bcm Bi Bim
ir, i1, il, dr, d1r, dlr, dw, d1w, dlw, bc, bcm, bi, bim = [(y - x) / (p1 - p0) / 1e6 for x, y in zip(nums(a), nums(b))]
cost = ir + 10 * (d1r + d1w + i1) + 60 * (dlr + dlw + il) + 15 * (bcm + bim)
print(f"{mode}: per pass of the train split: {ir:.0f} M instructions, {d1r + d1w:.2f} M L1 misses, "
      f"{dlr + dlw:.2f} M last-level misses, {bcm + bim:.2f} M mispredicted branches; cost {cost:.0f} M instruction equivalents")
P
