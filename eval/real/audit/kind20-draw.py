"""Round 37, lane kind20: draw 150 quotations typed speech from main's output (6062184) on the
600 big2 corpus articles (the lead's big2-r36.jsonl, first argument; articles folder second)
that are either (a) speech with speaker null and no speaker_description, or (b) speech of at
most 12 words whose sentence holds no verb of saying outside the marks (no word of
lexicon.reporting.REPORT_FORMS; the sentence is the quotation's paragraph cut at ". ", "! ",
"? " before a capital or an opening mark); file order, excluding the (id, s) pairs of every
earlier eval/real/audit/*-sample.tsv; random.Random(20261264).sample. Prints a TSV."""

import csv
import json
import random
import re
import sys
from pathlib import Path

from onrecord.lexicon.reporting import REPORT_FORMS

SEED = 20261264
AUDIT = Path(__file__).parent
CUT = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"‘])")


def earlier_pairs():
    pairs = set()
    for path in AUDIT.glob("*-sample.tsv"):
        if path.name.startswith("kind20"):
            continue
        lines = [l for l in path.read_text().splitlines() if not l.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            start = row.get("s") or row.get("start")
            if row.get("id") and start and start.isdigit():
                pairs.add((row["id"], int(start)))
    return pairs


def sentence(text, s, e):
    """The quotation's sentence with the quoted words blanked out."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    b = len(text) if b < 0 else b
    para = text[a:s] + " " * (e - s) + text[e:b]
    off = 0
    out = []
    for piece in CUT.split(para):
        start = para.find(piece, off)
        end = start + len(piece)
        off = end
        if start <= e - a and end >= s - a:
            out.append(piece)
    return " ".join(out)


def says(sent):
    return any(w.lower() in REPORT_FORMS for w in re.findall(r"[A-Za-z]+", sent))


def main():
    seen = earlier_pairs()
    arts = Path(sys.argv[2])
    pool, a_n, b_n = [], 0, 0
    for line in open(sys.argv[1]):
        q = json.loads(line)
        if q["kind"] != "speech" or (q["id"], q["s"]) in seen:
            continue
        is_a = q["speaker"] is None and not q["desc"]
        is_b = False
        if len(q["text"].split()) <= 12:
            text = (arts / f"{q['id']}.txt").read_text()
            is_b = not says(sentence(text, q["s"], q["e"]))
        a_n += is_a
        b_n += is_b
        if is_a or is_b:
            pool.append(q)
    drawn = random.Random(SEED).sample(pool, 150)
    print(f"# pool {len(pool)} (a: null, no desc {a_n}; b: <=12 words, no saying verb {b_n})",
          file=sys.stderr)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["item", "id", "s", "e", "text", "kind", "speaker", "cue", "kev"])
    for i, q in enumerate(drawn):
        w.writerow([i, q["id"], q["s"], q["e"], q["text"].replace("\n", " "), q["kind"],
                    q["speaker"] or "", q["cue"] or "", "; ".join(q["kev"])])


main()
