#!/usr/bin/env bash
# Retrains the shipped default model from the corpus splits (the only data it is trained on).
# Usage: models/train-default.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/Framing.Cli -c Release -- train corpus/train.jsonl --dev corpus/dev.jsonl --test corpus/test.jsonl \
  --out models/default.framing.zip --force --seed 1 --trees 150 --leaves 8 --features all --blend "${BLEND:-0,0,0.7,1}" --threshold-beta 1.5,1.5,1.5,1 "$@"
