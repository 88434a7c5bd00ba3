"""echo24 (round 41): draw 150 short quotations (at most six words) typed scare or term by main
(10038c5) whose sentence names a person or organisation, from big2-r41.jsonl first, then
big-r41.jsonl, seed 20261402, excluding every (id, s) pair of an earlier *-sample.tsv.

"Names a person or organisation": the sentence holding the quotation (the article text between
the sentence ends . ! ? or a line break around it), with the quotation's own words taken out,
has a capitalised word that is not the sentence's first word, not "I" and not a month or
weekday; a crude filter that lets through place names too (judged by reading).

Usage: python echo24-draw.py BIG2_JSONL BIG2_DIR BIG_JSONL BIG_DIR > draw.jsonl"""
import json, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED, N = 20261402, 150
NOT_NAMES = set("I January February March April May June July August September October November "
                "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def sentence(text, s, e):
    a = max(text.rfind(c, 0, s - 1) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, e + 1) for c in ".!?\n") if i >= 0]
    return text[a:s], text[e:min(ends) if ends else len(text)]


def names_someone(before, after):
    words = re.findall(r"[A-Za-z][\w'’.-]*", before)[1:] + re.findall(r"[A-Za-z][\w'’.-]*", after)
    return any(w[0].isupper() and w.rstrip(".'’s") not in NOT_NAMES for w in words)


def pool(jsonl, folder, seen):
    out = []
    for line in open(jsonl, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] not in ("scare", "term") or len(d["text"].split()) > 6 or (d["id"], d["s"]) in seen:
            continue
        text = (Path(folder) / f"{d['id']}.txt").read_text(encoding="utf-8")
        if names_someone(*sentence(text, d["s"], d["e"])):
            out.append(d)
    return out


seen = judged_pairs(f for f in sample_files(Path(__file__).resolve().parent) if f.name != "echo24-sample.tsv")
first = pool(sys.argv[1], sys.argv[2], seen)
print(f"big2 pool {len(first)}; excluded pairs {len(seen)}", file=sys.stderr)
drawn = seeded_sample(first, min(N, len(first)), SEED)
if len(drawn) < N:
    second = pool(sys.argv[3], sys.argv[4], seen)
    print(f"big pool {len(second)}", file=sys.stderr)
    drawn += seeded_sample(second, N - len(drawn), SEED)
for d in drawn:
    print(json.dumps(d, ensure_ascii=False))
