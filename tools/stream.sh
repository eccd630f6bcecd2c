#!/usr/bin/env bash
# The command line's streaming figures: writes a JSONL file of the train split's articles (sentences joined back into
# paragraphs) repeated to SIZE_MB, publishes the CLI with ReadyToRun, and times
# `framing analyze FILE -f jsonl -p N > /dev/null` for each worker count N, printing wall time and peak RSS.
# The README's "streaming 1 GB" row is `tools/stream.sh 1024 2`; its "1 → 2 workers" row is `tools/stream.sh 120 1 2`
# (and the same with --rules-only). The file is kept in $TMPDIR between runs of the same size.
# Usage: tools/stream.sh [SIZE_MB] [N ...] [--rules-only]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}; shift || true
workers=(); opt=""
for a in "$@"; do if [ "$a" = "--rules-only" ]; then opt="--rules-only"; else workers+=("$a"); fi; done
[ ${#workers[@]} -eq 0 ] && workers=(2)
file="${TMPDIR:-/tmp}/framing-stream-${size}mb.jsonl"
if [ ! -f "$file" ]; then
  python3 - corpus/train.jsonl "$file" "$size" <<'P'
import json, sys
src, dst, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
articles, order = {}, []
for line in open(src, encoding="utf-8"):
    row = json.loads(line)
    if row["article"] not in articles: articles[row["article"]] = []; order.append(row["article"])
    articles[row["article"]].append((row["para"], row["text"]))
lines = []
for a in order:
    paras = {}
    for p, t in articles[a]: paras.setdefault(p, []).append(t)
    lines.append(json.dumps({"id": a, "text": "\n\n".join(" ".join(ts) for _, ts in sorted(paras.items()))}, ensure_ascii=False) + "\n")
limit, written, k = size_mb * 1024 * 1024, 0, 0
with open(dst + ".part", "w", encoding="utf-8") as f:
    while True:
        line = lines[k % len(lines)]
        n = len(line.encode("utf-8"))
        if written + n > limit: break
        f.write(line); written += n; k += 1
print(f"{dst}: {k} articles, {written} bytes", file=sys.stderr)
P
  mv "$file.part" "$file"
fi
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
dotnet publish src/Framing.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v q -nologo >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
echo "$(wc -l < "$file") articles, $(stat -c %s "$file") bytes"
for n in "${workers[@]}"; do
  /usr/bin/time -f "-p $n ${opt:-with the model}: %e s, peak RSS %M KB" "$out/Framing.Cli" analyze "$file" -f jsonl -p "$n" $opt 2>&1 >/dev/null | grep -v "^framing: analyzed"
done
