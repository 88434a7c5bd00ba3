"""Lane about20's targeted corpus folders (round 37): AllSides + BBC articles outside every eval
list, big, big2 and the final audits, holding
  tgt1 (rule 1): a possessive or "by" name, then a quoted fragment, then "he/she said" —
       NAME's … “…,” he said / by NAME … “…,” she said (one sentence);
  tgt3 (rule 3): a document noun then from/by, a capitalised name, a verb of saying
       (-ing, or "that" + verb) and a quotation mark in the same sentence.
At most 150 each, random.Random(20261264 / 20261265).sample.

usage: python about20-targets.py OUT1 OUT3
"""
import importlib.util, random, re, sys
from pathlib import Path
R = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("d", str(R / "attribution" / "draw.py"))
d = importlib.util.module_from_spec(spec); spec.loader.exec_module(d)
excl = set()
for p in (R / "attribution").glob("articles*.tsv"):
    excl |= {l.split("\t")[0] for l in p.read_text().splitlines() if l.strip()}
for p in list((R / "audit").glob("*articles*.txt")) + list((R / "audit").glob("ids-*.txt")):
    excl |= set(p.read_text().split())
MARK = "[\"“”]"
T1 = re.compile(r"(?:[A-Z][\w-]+(?:'s|’s)|\bby (?:[A-Z][\w.-]+ ){0,3}[A-Z][\w-]+)[^.!?\n]{0,120}\w\s*" + MARK
                + r"[^\"“”\n]{1,200}[,.]?" + MARK + r",?\s+(?:he|she) (?:said|says|told|added|wrote)\b")
DOCS = "letter|statement|tweet|memo|email|e-mail|post|note|message|report|release|op-ed"
T3 = re.compile(r"\b(?:" + DOCS + r")s? (?:(?:sent|written|signed|posted|issued) )?(?:from|by) "
                r"(?:[a-z]+ ){0,3}[A-Z][^.!?\n]{0,80}? (?:saying|telling|calling|urging|warning|stating|"
                r"claiming|arguing|that (?:said|says|urged|called|warned|stated|claimed))\b[^.!?\n]{0,200}" + MARK)
pools = {1: [], 3: []}
for corpus in ("allsides", "bbc"):
    for rec in d.records(corpus):
        if rec["id"] in excl:
            continue
        t = d.document_text(rec)
        if len(t) > d.MAX_CHARS:
            continue
        if T1.search(t):
            pools[1].append((rec["id"], t))
        if T3.search(t):
            pools[3].append((rec["id"], t))
for k, out, seed in ((1, sys.argv[1], 20261264), (3, sys.argv[2], 20261265)):
    pool = pools[k]
    for i, t in random.Random(seed).sample(pool, min(150, len(pool))):
        (Path(out) / f"{i}.txt").write_text(t, encoding="utf-8", newline="")
    print(k, len(pool), "in the pool")
