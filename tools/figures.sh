#!/usr/bin/env bash
# Prints the accuracy figures the README reports: per-tag P/R/F1 on the corpus test split and on
# realnews-dev (when ../shared/realnews-dev exists), for rules alone, a model alone (word n-grams only,
# trained on the train split) and the shipped combination. Usage: tools/figures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Framing.Cli -c Release -v q -nologo >/dev/null
F="dotnet src/Framing.Cli/bin/Release/net10.0/Framing.Cli.dll"
tmp=$(mktemp -d)
$F train corpus/train.jsonl --dev corpus/dev.jsonl --out "$tmp/text-only.zip" --features text --blend 1 >/dev/null 2>&1
sets=("corpus/test.jsonl")
[ -f ../shared/realnews-dev/labels.jsonl ] && sets+=("../shared/realnews-dev/labels.jsonl")
sets+=("seeds/000_9a52daf384e538f5.labels.jsonl")
for data in "${sets[@]}"; do
  echo "### $data"
  for mode in "rules alone|--rules-only" "model alone (n-grams)|--model $tmp/text-only.zip" "combined (shipped)|"; do
    name=${mode%%|*}; opt=${mode#*|}
    echo "#### $name"
    $F evaluate "$data" $opt | sed -n '2,8p'
  done
done
echo "### speakers on the corpus test split: rules stage, then with the shipped model"
$F evaluate corpus/test.jsonl --rules-only | tail -1
$F evaluate corpus/test.jsonl | tail -1
rm -rf "$tmp"
