"""Draw lane clause27's sample: speech with no speaker whose sentence has a named subject
(a proper noun) of a verb that is no verb of saying, the quotation inside that verb's subtree
("X launched into an explanation where “…”", "X has been pushing a “…” plan").

Filter, on main's dump (big2 first, then big): kind speech, speaker null; the paragraph holding
the quotation is parsed with onrecord's spaCy pipeline; from the quotation's first word inside
the marks, heads are climbed to the nearest verb or auxiliary that has a nominal subject
(nsubj / nsubjpass); verb and subject stand before the opening mark (a quotation that is a
whole clause with its own subject is another shape); that subject is a proper noun, the verb's
lower-cased form is no form of lexicon.reporting.REPORT_FORMS. Pairs already in any
*-sample.tsv are left out; articles of big2 first. Seed 20261701, up to 100.

Usage: python clause27-draw.py [--pronoun] DUMP_JSONL ARTICLES_DIR [DUMP2 DIR2] > pool-sample.jsonl
(--pronoun: the second stratum, subject "he"/"she"; same seed.)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

from onrecord.attribute.nlp import get_nlp  # noqa: E402
from onrecord.lexicon.reporting import REPORT_FORMS  # noqa: E402

SEED, SIZE = 20261701, 100
# the second stratum (--pronoun): the subject is "he" or "she" instead of a proper noun
PRONOUNS = frozenset({"he", "she"})


def paragraph(text: str, s: int) -> tuple[int, str]:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return a, text[a:b if b >= 0 else len(text)]


def governing(doc, start: int):
    """The nearest verb above the quotation's first word with a nominal subject: (verb, subj)."""
    tok = next((t for t in doc if t.idx >= start and t.is_alpha), None)
    seen = 0
    while tok is not None and seen < 30:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.pos_ in ("VERB", "AUX") and subj:
            return tok, subj[0]
        if tok.head.i == tok.i:
            return None
        tok, seen = tok.head, seen + 1
    return None


def named_subject(subj, pronoun: bool) -> bool:
    return subj.lower_ in PRONOUNS if pronoun else subj.pos_ == "PROPN"


def candidates(dump: str, folder: str, judged, pronoun: bool = False):
    nlp = get_nlp()
    rows = [json.loads(line) for line in open(dump, encoding="utf-8")]
    for r in rows:
        if r["kind"] != "speech" or r["speaker"] or (r["id"], r["s"]) in judged:
            continue
        text = Path(folder, r["id"] + ".txt").read_text(encoding="utf-8")
        a, para = paragraph(text, r["s"])
        doc = nlp(para)
        hit = governing(doc, r["s"] - a)
        if not hit:
            continue
        verb, subj = hit
        # the verb and its subject stand outside the marks, before the quotation
        outside = verb.idx < r["s"] - a and subj.idx < r["s"] - a
        if not outside or verb.lower_ in REPORT_FORMS or not named_subject(subj, pronoun):
            continue
        sent = verb.sent
        yield {**r, "verb": verb.text, "subject": " ".join(t.text for t in subj.subtree),
               "sentence": sent.text, "src": Path(dump).name}


def main(argv):
    pronoun = "--pronoun" in argv
    argv = [a for a in argv if a != "--pronoun"]
    judged = judged_pairs(sample_files())
    pool = []
    for dump, folder in zip(argv[0::2], argv[1::2]):
        pool.extend(sorted(candidates(dump, folder, judged, pronoun), key=lambda r: (r["id"], r["s"])))
        print(f"{dump}: pool so far {len(pool)}", file=sys.stderr)
        if len(pool) >= SIZE:
            break
    for r in seeded_sample(pool, min(SIZE, len(pool)), SEED):
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
