#!/usr/bin/env bash
# Cold start of `framing analyze` on the seed article, process start to output, ReadyToRun build:
# 11 runs each, with the model and rules-only; prints min and median wall time and peak RSS.
# Usage: tools/coldstart.sh   (from anywhere in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
dotnet publish src/Framing.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v q -nologo >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true   # build servers winding down would share the two cores with the timed runs
sleep 2
seed=seeds/000_9a52daf384e538f5.txt
for mode in "with model|" "rules-only|--rules-only"; do
  name=${mode%%|*}; opt=${mode#*|}
  "$out/Framing.Cli" analyze "$seed" $opt >/dev/null   # first run after publish: page cache
  for i in $(seq 11); do /usr/bin/time -f "%e %M" "$out/Framing.Cli" analyze "$seed" $opt 2>&1 >/dev/null | tail -1; done \
    | sort -n | awk -v name="$name" '{t[NR]=$1; m[NR]=$2} END {printf "%-11s min %.2f s, median %.2f s, peak RSS %d MB\n", name, t[1], t[int((NR+1)/2)], m[int((NR+1)/2)]/1024}'
done
rm -rf "$out"
