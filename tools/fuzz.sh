#!/usr/bin/env bash
# Coverage-guided fuzzing with afl-fuzz (Debian package afl++) and SharpFuzz: publishes tests/Framing.Fuzz,
# instruments Framing.dll, seeds afl with project files and fuzzes one target for a while. Crashes (any exception
# other than the documented input errors, or invalid spans) and hangs land in the findings folder it prints.
# Usage: tools/fuzz.sh [text|rules|labels|model] [SECONDS]     (defaults: text, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-text}
seconds=${2:-300}
if ! command -v afl-fuzz >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool restore >/dev/null
work=$(mktemp -d)
dotnet publish tests/Framing.Fuzz -c Release -o "$work/bin" -v q -nologo >/dev/null
dotnet tool run sharpfuzz "$work/bin/Framing.dll" >/dev/null   # instruments the library in place
mkdir -p "$work/in"
case "$target" in
  text)   cp seeds/*.txt "$work/in/"; printf '"I saw it," she said. Police may have lied, critics claim.\n' > "$work/in/short.txt" ;;
  rules)  cp rules/official.yaml rules/negation.yaml "$work/in/" ;;
  labels) head -c 4000 corpus/test.jsonl > "$work/in/corpus.jsonl"; head -5 seeds/*.labels.jsonl > "$work/in/spans.jsonl" ;;
  model)  cp models/default.framing.zip "$work/in/" ;;
  *) echo "unknown target '$target': use text, rules, labels or model" >&2; exit 2 ;;
esac
echo "fuzzing '$target' for $seconds s; findings in $work/findings"
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  afl-fuzz -V "$seconds" -i "$work/in" -o "$work/findings" -t 10000 -m none -- dotnet "$work/bin/Framing.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || true
stats="$work/findings/default/fuzzer_stats"
[ -f "$stats" ] || { echo "afl-fuzz did not start; see $work/afl.log"; tail -20 "$work/afl.log"; exit 1; }
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs) ' "$stats" || true
crashes=$(find "$work/findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$work/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "$crashes crashes, $hangs hangs"
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]
