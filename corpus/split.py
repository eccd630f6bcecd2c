#!/usr/bin/env python3
"""Splits the corpus (articles/*.jsonl) into train/dev/test by article, and prints the corpus statistics
that corpus/README.md reports. Usage: python3 corpus/split.py

Each article goes to a split by a seeded hash of its id (70/15/15), so adding articles never moves an
existing article to another split."""
import json, glob, hashlib, re, collections, os, sys
SEED = 20261125
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for path in sorted(glob.glob(os.path.join(here, "articles", "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        rows += [json.loads(l) for l in f if l.strip()]
articles = collections.OrderedDict()
for r in rows:
    articles.setdefault(r["article"], []).append(r)
def bucket(article_id):
    h = int.from_bytes(hashlib.sha256(f"{SEED}:{article_id}".encode()).digest()[:8], "big") / 2**64
    return "train" if h < 0.70 else "dev" if h < 0.85 else "test"
ids = sorted(articles)
n = len(ids)
splits = {"train": [a for a in ids if bucket(a) == "train"], "dev": [a for a in ids if bucket(a) == "dev"], "test": [a for a in ids if bucket(a) == "test"]}
for name, part in splits.items():
    with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for a in sorted(part):
            for r in articles[a]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

def toks(s): return re.findall(r"[a-z0-9']+", s.lower().replace("’", "'"))
def grams(t, k=4): return {tuple(t[i:i+k]) for i in range(len(t)-k+1)}
texts = [r["text"] for r in rows]
tags = collections.Counter(t for r in rows for t in r["tags"])
combos = collections.Counter(tuple(sorted(r["tags"])) for r in rows)
print(f"articles {n}  sentences {len(rows)}  distinct sentences {len(set(texts))}")
print(f"none {sum(1 for r in rows if not r['tags'])} ({100*sum(1 for r in rows if not r['tags'])/len(rows):.1f}%)")
for t, c in sorted(tags.items()): print(f"  {t}: {c}")
print("domains:", dict(collections.Counter(r["domain"] for r in rows)))
print("registers:", dict(collections.Counter(r["register"] for r in rows)))
print("combinations:", {"+".join(k) or "none": v for k, v in combos.most_common()})
all_grams = collections.Counter(g for s in texts for g in grams(toks(s)))
per_sentence = [len(grams(toks(s))) for s in texts]
unique_share = sum(1 for g, c in all_grams.items() if c == 1) / max(1, len(all_grams))
print(f"distinct word 4-grams {len(all_grams)}; mean 4-grams per sentence {sum(per_sentence)/len(per_sentence):.1f}; share of 4-grams seen once {unique_share:.3f}")
print(f"sentences with speaker labels: {sum(1 for r in rows if 'speaker' in r)}")
for name, part in splits.items():
    rs = [r for a in part for r in articles[a]]
    print(f"{name}: {len(part)} articles, {len(rs)} sentences")
# Largest token overlap (Jaccard over token sets) between a test sentence and any train sentence.
train = [set(toks(r["text"])) for a in splits["train"] for r in articles[a]]
index = collections.defaultdict(list)
for i, t in enumerate(train):
    for w in t: index[w].append(i)
worst, worst_pair = 0.0, None
for a in splits["test"]:
    for r in articles[a]:
        t = set(toks(r["text"]))
        if len(t) < 4: continue
        counts = collections.Counter(i for w in t for i in index[w])
        for i, c in counts.most_common(5):
            j = c / len(t | train[i])
            if j > worst: worst, worst_pair = j, r["text"]
print(f"largest token overlap test vs train (Jaccard, sentences of 4+ tokens): {worst:.2f}  ({worst_pair[:70] if worst_pair else ''})")
