"""echo24 (round 41): targeted corpus folders, AllSides then BBC articles outside every split, audit
list and earlier draw (draws.targeted_articles plus draws.taken_article_ids and draw.py's audited
ids), seed 20261402, 150 articles each:
- "owned": the text holds an owned claim noun or an owned "use of the word" followed within 80
  characters by a mark (rule 1, attribute/owned_fragment.py);
- "label": a line of at most 120 characters opens "NAME:" (one to four capitalised words, after
  an optional label in capitals) and holds a mark after the colon (rule 2, label_fragments.py).
draw.py's audited_ids reads every file of eval/real/audit, so each draw excludes the articles
the corpus check already lists: the "owned" folder was drawn before echo24-corpus-check.tsv
existed (its ids: the "targ" rows there and echo24-targeted-articles.txt), the "label" folder
after its owned rows were written.
- "credit": a short quotation (up to 40 characters, no full stop) followed in its sentence by a
  comma and "according to", "said" or "says" before a capitalised word (rule 3,
  sentence_credit.py), drawn after the owned and label rows were written.
Usage: python echo24-targeted.py owned|label|credit OUT_DIR"""
import re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, taken_article_ids, targeted_articles  # noqa: E402

CONSTRUCT = re.compile(
    r"(?:['’]s|\b(?:his|her|their))\s+(?:\w+\s+){0,2}(?:use\s+(?:\w+\s+){0,3}?of\s+the\s+(?:word|words|phrase|term)"
    r"|(?:allegation|assertion|claim|suggestion|promise|insistence|contention|vow|pledge|warning|argument|"
    r"comments|remarks|accusation|boast|belief)\s+(?:that|to))\b[^.\n]{0,80}[\"“‘']")
LABEL_LINE = re.compile(r"(?m)^(?:[A-Z]+:\s+)?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}:\s[^\n]{0,100}['‘\"“]")
SEED, N = 20261402, 150
mode, out_dir = sys.argv[1], sys.argv[2]
CREDIT = re.compile(r"[\"“‘][^\"”’.\n]{1,40}[\"”’][^.\n\"“”]{10,200},\s(?:according\sto|said|says)\s[A-Z]")
pattern = {"owned": CONSTRUCT, "label": LABEL_LINE, "credit": CREDIT}[mode]
skip = taken_article_ids() | _draw_module().audited_ids()
held, hits = targeted_articles(lambda t: pattern.search(t) is not None, SEED, 10 * N)
hits = [(i, t) for i, t in hits if i not in skip][:N]
out = Path(out_dir)
out.mkdir(parents=True, exist_ok=True)
for doc_id, text in hits:
    (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
print(f"{held} articles hold the construct; {len(hits)} written", file=sys.stderr)
