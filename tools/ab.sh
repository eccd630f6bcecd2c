#!/usr/bin/env bash
# Times the working tree against another commit in one process, alternating passes over the corpus train split
# (Framing.Benchmarks `ab`): on this shared machine wall time swings by up to 2× between minutes, and alternating
# within seconds is what resolves a change of 1–2%.
# Usage: tools/ab.sh COMMIT [SECONDS] [full]   (A = COMMIT, B = the working tree; "B is +x% faster")
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: tools/ab.sh COMMIT [SECONDS] [full]" >&2; exit 2; }
commit=$1; seconds=${2:-40}; mode=${3:-}
tmp=$(mktemp -d); trap 'git worktree remove --force "$tmp/a" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/a" "$commit" >/dev/null
dotnet build "$tmp/a/tests/Framing.Benchmarks" -c Release -v q -nologo >/dev/null
dotnet build tests/Framing.Benchmarks -c Release -v q -nologo >/dev/null
out=tests/Framing.Benchmarks/bin/Release/net10.0
dotnet "$out/Framing.Benchmarks.dll" ab "$tmp/a/$out" "$out" "$seconds" $mode
