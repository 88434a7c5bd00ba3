"""Draw lane docissuer52's sample: 100 quotations whose sentence names a document as the source
("the memo/letter/lawsuit/... says/reads/states/claims/alleges/found", "according to the <doc>",
"X's letter"), from main's output on big2, big (round 52 dumps) and the lane's 300 random unread AllSides articles, seed 52005200, excluding every
(id, s) pair already judged in eval/real/audit/*-sample.tsv.

Usage: python docissuer52-draw.py BIG2.jsonl BIG2_DIR BIG.jsonl BIG_DIR RAND.jsonl RAND_DIR > sample.json
(the pools are concatenated in that order, then 100 drawn)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

DOC = (r"memo(?:randum)?|letter|lawsuit|suit|complaint|guidance|report|study|post|blog post|ruling|"
       r"opinion|bill|ad|advertisement|statement|filing|indictment|document|survey|analysis|"
       r"release|press release|email|e-mail|petition|motion|brief|affidavit|regulation|notice|"
       r"audit|assessment|paper|article|editorial|dissent|declaration|testimony|order")
# "X's letter": only the nouns that are always a written text ("Trump's decision" or "X's plan"
# names an act, not a text that speaks).
OWNED_DOC = (r"memo(?:randum)?|letter|lawsuit|complaint|report|statement|email|e-mail|brief|filing|"
             r"study|post|ruling|opinion|dissent|indictment|affidavit|declaration")
VERB = (r"says|said|reads|read|states|stated|claims|claimed|alleges|alleged|found|finds|concluded|"
        r"concludes|notes|noted|argues|argued|warns|warned|adds|added|continues|continued|charges|"
        r"charged|asserts|asserted|declares|declared|explains|explained|wrote|writes|accuses|accused|held|"
        r"began|begins|stipulates|orders|ordered|calls|called|describes|described|contends|contended")
CONSTRUCT = re.compile(
    rf"\b(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w'’.-]+\s+){{0,3}}(?:{DOC})s?\s+(?:also\s+)?(?:{VERB})\b"
    rf"|\baccording to (?:the|a|an|this|its|his|her|their)\s+(?:[\w'’.-]+\s+){{0,3}}(?:{DOC})s?\b"
    rf"|\b[A-Z][\w.-]*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:{OWNED_DOC})s?\b"
    rf"|\b(?:{DOC})s?\s+(?:also\s+)?(?:{VERB})\b", re.I)
SEED = 52005200


def sentence_around(text: str, s: int, e: int) -> str:
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
    ends = [i for i in (text.find(". ", e), text.find("\n", e)) if i != -1]
    end = min(ends) if ends else len(text)
    return text[start:end + 1]


def pool(rows_path: str, art_dir: str, taken: set) -> list[dict]:
    out = []
    texts: dict[str, str] = {}
    for line in open(rows_path, encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] != "speech" or (r["id"], r["s"]) in taken:
            continue
        if r["id"] not in texts:
            texts[r["id"]] = (Path(art_dir) / f"{r['id']}.txt").read_text(encoding="utf-8")
        sent = sentence_around(texts[r["id"]], r["s"], r["e"])
        outside = sent.replace(r["text"], " ")
        if CONSTRUCT.search(outside):
            r["sentence"] = sent
            out.append(r)
    return out


def main() -> None:
    taken = draws.judged_pairs(draws.sample_files())
    rows: list[dict] = []
    for rows_path, art_dir in zip(sys.argv[1::2], sys.argv[2::2]):
        found = pool(rows_path, art_dir, taken)
        print(f"pool {rows_path}: {len(found)}", file=sys.stderr)
        rows += found
    json.dump(draws.seeded_sample(rows, min(100, len(rows)), SEED), sys.stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
