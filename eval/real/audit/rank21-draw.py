"""The lead's targeted corpus check for the rank-word rule (twenty-first session): unread corpus
articles naming a deputy/vice holder of an office and using "the <office>" as a speaker
description. Writes DIR/<id>.txt for the first 80 (seed 20261406) and prints how many held.

    python eval/real/audit/rank21-draw.py DIR
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

DEPUTY = re.compile(r"\b(?:Vice|Deputy|Assistant|Under)[ -](?:President|Prime Minister|Mayor|Chairman|Chair|Leader|Secretary|Governor|Director)\b")
THE_OFFICE = re.compile(r"\b[Tt]he (?:president|prime minister|mayor|chairman|chair|leader|secretary|governor|director)\b")


def main(out: Path) -> None:
    taken = draws.taken_article_ids()  # every split, audit list and sample: none read twice
    held, hits = draws.targeted_articles(lambda t: bool(DEPUTY.search(t) and THE_OFFICE.search(t)), 20261406, 10**6)
    chosen = [(i, t) for i, t in hits if i not in taken][:80]
    out.mkdir(parents=True, exist_ok=True)
    for doc_id, text in chosen:
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    print(f"{held} articles hold the construct; {len(chosen)} written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
