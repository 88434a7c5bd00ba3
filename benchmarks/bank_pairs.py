"""Candidate pairs of canonical forms from a mined bank, for labelling the variant-clustering
set (eval/real/bank/pairs.jsonl). Lists every pair that shares at least one 3-word shingle or
half of its content words (a wider net than the clustering rule, so pairs the rule misses are
listed too), with the rule's coverage score and decision, and each form's first occurrence
(document path, offsets, text as printed).

    .venv/bin/python benchmarks/bank_pairs.py BANK.db > /tmp/pairs-review.jsonl"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

from onrecord.bank import Bank
from onrecord.bank.cluster import cluster_forms
from onrecord.bank.forms import coverage, rank
from onrecord.thresholds.bank import BankOptions

STOP = set("the a an and or but of to in on at for with by from is are was were be been it this that we i you he she they "
           "not no have has had do does did will would can could should as so if our my your their his her its".split())


def main(path: str) -> None:
    opt = BankOptions()
    with Bank.open(path, create=False) as b:
        forms = dict(b.conn.execute("SELECT canonical, id FROM forms WHERE words >= ?", (opt.min_variant_words,)))
        first = {}
        for fid, p, s, e, t in b.conn.execute(
                'SELECT o.form_id, d.path, o.start, o."end", o.text FROM occurrences o JOIN documents d ON d.id = o.document_id ORDER BY o.id'):
            first.setdefault(fid, (p, s, e, t))
    index = defaultdict(set)
    content = {}
    for f in forms:
        toks = f.split()
        for i in range(len(toks) - 2):
            index[" ".join(toks[i:i + 3])].add(f)
        content[f] = {t for t in toks if t not in STOP}
        for t in content[f]:
            index["w:" + t].add(f)
    pairs = Counter()
    for key, holders in index.items():
        if len(holders) > 60:
            continue
        hs = sorted(holders)
        for i in range(len(hs)):
            for j in range(i + 1, len(hs)):
                pairs[(hs[i], hs[j])] += 3 if not key.startswith("w:") else 1
    clusters = cluster_forms(list(forms))
    for (x, y), n in pairs.items():
        short, long = sorted((x, y), key=rank, reverse=True)
        shared_words = len(content[x] & content[y]) / max(1, min(len(content[x]), len(content[y])))
        if n < 3 and shared_words < 0.5:
            continue
        score = coverage(short, long, opt)
        a, b_ = first[forms[long]], first[forms[short]]
        print(json.dumps({"score": round(score, 3), "joined": clusters[x] == clusters[y], "shared_words": round(shared_words, 2),
                          "a": {"doc": a[0], "start": a[1], "end": a[2], "text": a[3]},
                          "b": {"doc": b_[0], "start": b_[1], "end": b_[2], "text": b_[3]}}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
