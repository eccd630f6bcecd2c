#!/usr/bin/env python3
"""Checks a corpus JSONL file written by the brief in WRITING.md; prints counts and problems."""
import json, sys, collections
TAGS = {"allegation", "hedge", "official_statement", "eyewitness_report"}
TYPES = {"official", "media", "expert", "eyewitness", "anonymous", "other"}
KEYS = {"article", "domain", "register", "para", "text", "tags", "speaker", "source_type", "headline"}
problems, rows = [], []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except Exception as e:
                problems.append(f"{path}:{n}: invalid JSON: {e}"); continue
            for k in r:
                if k not in KEYS: problems.append(f"{path}:{n}: unknown key {k!r}")
            for k in ("article", "domain", "register", "para", "text", "tags"):
                if k not in r: problems.append(f"{path}:{n}: missing key {k!r}")
            if not isinstance(r.get("tags"), list) or any(t not in TAGS for t in r.get("tags", [])):
                problems.append(f"{path}:{n}: tags must be a list of {sorted(TAGS)}")
            if "source_type" in r and r["source_type"] not in TYPES:
                problems.append(f"{path}:{n}: source_type must be one of {sorted(TYPES)}")
            if ("speaker" in r) != ("source_type" in r):
                problems.append(f"{path}:{n}: speaker and source_type go together")
            if not str(r.get("text", "")).strip():
                problems.append(f"{path}:{n}: empty text")
            rows.append(r)
texts = collections.Counter(r.get("text") for r in rows)
for t, c in texts.items():
    if c > 1: problems.append(f"duplicate sentence x{c}: {t[:80]}")
tags = collections.Counter(t for r in rows for t in r.get("tags", []))
none = sum(1 for r in rows if not r.get("tags"))
arts = {r.get("article") for r in rows}
print(f"articles {len(arts)}  sentences {len(rows)}  none {none} ({100*none/max(1,len(rows)):.0f}%)")
for t in sorted(TAGS): print(f"  {t}: {tags[t]}")
print(f"  with speaker: {sum(1 for r in rows if 'speaker' in r)}")
for p in problems[:200]: print("PROBLEM", p)
sys.exit(1 if problems else 0)
