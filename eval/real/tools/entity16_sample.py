"""Round 35, lane entity16: draw the judged sample of shown speaker names that may not be a
person's or a body's proper name.

Usage: python entity16_sample.py DUMP.jsonl ARTICLES_DIR AUDIT_DIR OUT.json

A named speech quotation qualifies when its shown speaker has three or more words, a token that
is not name-like (lower case other than a particle, digits, glued text), a capitalised word the
article also writes in lower case (not a listed given name), or a last word among the
organisation, place and thing heads. Every (id, s) pair of AUDIT_DIR/*-sample.tsv is excluded;
160 are drawn with random.Random(20261234).sample in file order (504 in the pool on main
8e9ce31; to redraw, leave entity16-sample.tsv itself out of AUDIT_DIR)."""

import json
import re
import sys

from draws import judged_pairs, sample_files, seeded_sample  # eval/real/tools/draws.py, beside this script
from onrecord.attribute.cues import ORG_WORDS
from onrecord.lexicon.given_names import GIVEN_NAMES
from onrecord.lexicon.groups import BODY_NAME_HEADS
from onrecord.lexicon.places import MUTE_PLACE_HEADS, NAMED_PLACE_HEADS

PARTICLES = set("de van von bin al la le da di du del dos el ibn ter den der y st. st ben abu".split())
THING_HEADS = set("""syndrome award awards prize index act bill law report show program programme plan
festival school academy montessori cup championship open games tournament summit conference war hurricane
storm harbor harbour bay street avenue road park stadium arena hall""".split())
HEADS = set(ORG_WORDS) | set(BODY_NAME_HEADS) | {w.lower() for w in NAMED_PLACE_HEADS} | set(MUTE_PLACE_HEADS) | THING_HEADS


def shapes(text: str, name: str) -> list[str]:
    toks = name.split()
    lower = set(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))
    out = []
    if len(toks) >= 3:
        out.append("3+words")
    if any(t.lower().strip(".,’'") not in PARTICLES
           and (not re.match(r"^[A-Z][\w’'.-]*$", t) or re.search(r"\d|\.\w{2,}", t)) for t in toks):
        out.append("odd-token")
    if len(toks) >= 2 and any(t.lower().strip(".,’'") not in PARTICLES | GIVEN_NAMES
                              and t.lower().strip(".,’'") in lower for t in toks):
        out.append("common-word")
    if toks and toks[-1].lower().strip(".,") in HEADS:
        out.append("thing-head")
    return out


def main(dump: str, arts: str, audit: str, out: str) -> None:
    excl = judged_pairs(sample_files(audit))
    pool = []
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] != "speech" or not d["speaker"] or (d["id"], d["s"]) in excl:
            continue
        if shapes(open(f"{arts}/{d['id']}.txt", encoding="utf-8").read(), d["speaker"]):
            pool.append(d)
    sample = seeded_sample(pool, 160, 20261234)
    json.dump(sample, open(out, "w", encoding="utf-8"))
    print(len(pool), "in the pool;", len(sample), "drawn")


if __name__ == "__main__":
    main(*sys.argv[1:5])
