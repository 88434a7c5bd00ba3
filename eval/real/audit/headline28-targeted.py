"""Round 48, lane headline28: a targeted folder of unread corpus articles holding a link line
("More:", "Read more:", "Also on X:", "See also:", "Related:", "WATCH:") or a CNN video box's
clip title ("JUST WATCHED …") with a quotation mark in the linked title, for the corpus check of
attribute/link_titles.py. Every AllSides, then BBC article outside the splits' lists, big, big2
and the final audits (draws.targeted_articles), shuffled with seed 20261803; the first 150.

Usage: python headline28-targeted.py OUT_DIR   (writes <id>.txt; prints how many held, and the ids)
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import targeted_articles, taken_article_ids  # noqa: E402

SEED = 20261803
N = 150
LINK = re.compile(r"(?m)(?:^|\(\s*|\.\.\. )(?:(?:[Mm]ore|MORE|Read more|READ MORE|Also on [A-Z]+|See also|SEE ALSO|"
                  r"Related|RELATED|WATCH|Watch):\s*|JUST WATCHED |MUST WATCH )[^\n]{0,120}?[‘'\"“]")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    taken = taken_article_ids()
    held, hits = targeted_articles(lambda t: bool(LINK.search(t)), SEED, N + 50)
    hits = [(i, t) for i, t in hits if i not in taken][:N]
    for doc_id, text in hits:
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    print(held, file=sys.stderr)
    print("\n".join(i for i, _ in hits))


if __name__ == "__main__":
    main()
