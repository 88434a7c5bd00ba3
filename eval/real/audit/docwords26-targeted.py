"""Round 43, lane docwords26: a targeted corpus folder for the document-subject rule
(attribute/document_fragment.py). AllSides then BBC articles outside every split, audit list and
earlier draw (draws.targeted_articles minus taken_article_ids and draw.py's audited_ids) whose
text holds a document noun (lexicon DOCUMENT_NOUNS less FINDING_NOUNS, or its plural) followed
within four words by a verb of saying, then within 250 characters a quotation of one to six
words; shuffled with random.Random(20261409), the first 450 written to OUT as <id>.txt and their
ids to docwords26-targeted-articles.txt. This lane's own audit files (docwords26-*) are left out
of the exclusions, so a rerun draws the same 450 (the check was read in two steps: the first 150,
then the next 300).
Usage: python docwords26-targeted.py OUT_DIR
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, targeted_articles, taken_article_ids  # noqa: E402

from onrecord.lexicon.reporting import DOCUMENT_NOUNS, FINDING_NOUNS

SEED = 20261409
HEADS = sorted(DOCUMENT_NOUNS - FINDING_NOUNS)
VERBS = "said|says|say|alleged|alleges|allege|claimed|claims|claim|stated|states|warned|warns|accused|accuses|argued|argues|acknowledged|acknowledges|acknowledge|charged|charges|described|describes|called|calls|noted|notes|added|adds|concluded|concludes|urged|urges"
SHORT = r"[“\"](?:[^“”\"\s]+\s){0,5}[^“”\"\s]+[”\"]"
CONSTRUCT = re.compile(r"\b(?:" + "|".join(map(re.escape, HEADS)) + r")s?\b(?:\s+\S+){0,4}?\s+(?:" + VERBS
                       + r")\b[^\n]{0,250}?" + SHORT)


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    draw = _draw_module()
    own = [p.name for p in Path(__file__).parent.glob("docwords26-*")]
    skip = taken_article_ids(leave_out=own) | {
        i for p in sorted(draw.AUDIT_DIR.iterdir()) if p.is_file() and p.name not in own
        for i in draw.AUDITED_ID.findall(p.read_text(encoding="utf-8", errors="replace"))}
    held, hits = targeted_articles(lambda t: CONSTRUCT.search(t) is not None, SEED, 10**6)
    hits = [(i, t) for i, t in hits if i not in skip][:450]
    for doc_id, text in hits:
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (Path(__file__).parent / "docwords26-targeted-articles.txt").write_text("".join(i + "\n" for i, _ in hits))
    print(held, "held;", len(hits), "written")


if __name__ == "__main__":
    main(sys.argv[1])
