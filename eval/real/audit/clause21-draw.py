"""Draw lane clause21's sample: speech whose sentence has a verb of saying followed by "that" or
a subordinate clause before the quotation mark (big2-r37.jsonl, main 50d118c).

Filter: in the sentence up to the opening mark (from the last ". ", "? ", "! " or line break
before it), a reporting verb (lexicon.reporting.REPORT_FORMS, any form) is followed, still
before the mark, by "that" or a subordinating word (who, which, whose, whom, when, where,
because, if, whether, as, after, while, since, although) - the quotation sits in a clause under
the verb of saying, or the verb of saying is inside a relative clause. Any speaker (null, a
name, a description). Pairs already in any *-sample.tsv are left out.

Usage: python clause21-draw.py BIG2_JSONL ARTICLES_DIR > pool-sample.jsonl
Seed 20261274.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

from onrecord.lexicon.reporting import REPORT_FORMS  # noqa: E402

SUB = re.compile(r"\b(?:that|who|which|whose|whom|when|where|because|if|whether|as|after|"
                 r"while|since|although)\b", re.I)
WORD = re.compile(r"[A-Za-z]+")
SENT_END = re.compile(r"(?:[.!?][\"”’]?\s+|\n)")


def before_mark(text: str, s: int) -> str:
    head = text[max(0, s - 400):max(0, s - 1)]
    cut = 0
    for m in SENT_END.finditer(head):
        cut = m.end()
    return head[cut:]


def in_class(head: str) -> bool:
    for m in WORD.finditer(head):
        if m.group(0).lower() in REPORT_FORMS and SUB.search(head, m.end()):
            return True
    return False


def main() -> None:
    seen = judged_pairs(sample_files())
    arts = Path(sys.argv[2])
    pool = []
    for line in open(sys.argv[1], encoding="utf-8"):
        q = json.loads(line)
        if q["kind"] != "speech" or (q["id"], q["s"]) in seen:
            continue
        text = (arts / f"{q['id']}.txt").read_text(encoding="utf-8")
        if in_class(before_mark(text, q["s"])):
            pool.append(q)
    print(f"pool {len(pool)}", file=sys.stderr)
    for q in seeded_sample(pool, 100, 20261274):
        print(json.dumps(q, ensure_ascii=False))


main()
