#!/usr/bin/env bash
# Rebuilds the shipped defaults after a change to rules/ or to the featurizer:
#   models/default.rules.bin   the embedded rules in compiled form (fast cold start; used only while it matches rules/*.yaml)
#   models/default.framing.zip the default model, retrained from the corpus splits (the only data it is trained on)
# Usage: models/train-default.sh   (from the repository root; extra arguments go to 'framing train')
set -euo pipefail
cd "$(dirname "$0")/.."
F=(dotnet run --project src/Framing.Cli -c Release --)
"${F[@]}" rules compile --out models/default.rules.bin --force
"${F[@]}" train corpus/train.jsonl --dev corpus/dev.jsonl --test corpus/test.jsonl \
  --out models/default.framing.zip --force --seed 1 --trees 50,50,50,300 --leaves 8 --features all --blend "${BLEND:-0,0,0,1}" --keep-rules "${KEEP:-0,0,0,0}" --threshold-beta 1,1,1,0.8 "$@"
dotnet build src/Framing.Cli -c Release -v q -nologo >/dev/null   # embed both in the library
