"""quote_echo_table.py OUT.json [--processes N] [--exclude-folder DIR ...]: how many distinct articles, outlets and months
quote each phrase, over the shared corpora (issue 11, round 60, lane echo61).

A term of art, a slogan or a title recurs quoted across unrelated articles; one speaker's words
usually do not. This counts, for every quotation onrecord's own extraction finds
(``extract_document``, kinds ignored, so the keys are the spans the pipeline sees), the distinct
articles quoting its normalised words, the distinct outlets and the distinct months (AllSides
outlets cover the same story in the same days, so months tell a phrase in use for years from
one week's echo of one speaker).

Every article id named anywhere under eval/real/attribution/articles*.tsv, eval/real/audit/ and
each ``--exclude-folder`` (folders of drawn articles not yet committed; lane echo61 passed the
session's lane folders and audit folders) is EXCLUDED (annotated, audited, drawn), so a
score that uses the table stays a score on unseen text; the count excluded is printed.
Deterministic: same corpora and exclusions give the same file (keys sorted).

Run (from the checkout, with the project's Python; ONRECORD_SHARED names the shared folder):
    PYTHONPATH=src python eval/real/tools/quote_echo_table.py OUT.json
"""

from __future__ import annotations

import json
import lzma
import re
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.extract import extract_document  # noqa: E402
from onrecord.model import Document  # noqa: E402
from onrecord.shared import corpora_dir  # noqa: E402

CORPORA = corpora_dir()
SOURCES = (CORPORA / "allsides_news_2012_2020" / "articles.jsonl.xz",
           CORPORA / "bbc_news_2004_2005" / "articles.jsonl")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_SPACE = re.compile(r"\s+")
_ID = re.compile(r"\b(?:abp-[A-Za-z0-9]{16}|bbc-[a-z]+-\d{3})\b")
# The longest quotation counted: past it a quotation is a speaker's sentence (tuning splits:
# 1,909 of the 1,922 matched quotations over 12 words are gold speech, and none recurs).
MAX_WORDS = 12


def normalise_phrase(text: str) -> str:
    """Case-folded words with edge punctuation stripped and spaces collapsed: "Fiscal cliff,"
    and "fiscal  cliff" are one phrase. Digits and negations stay (a "No. 1" or a "not guilty"
    differs from its bare words)."""
    folded = _SPACE.sub(" ", text.translate(_APOSTROPHES).casefold())
    return _EDGE.sub("", folded)


def excluded_ids(folders: list[Path]) -> set[str]:
    """Every article id named in an annotated, audited or drawn file or folder."""
    places = [*sorted((ROOT / "eval/real/attribution").glob("articles*.tsv")),
              *sorted(p for p in (ROOT / "eval/real/audit").rglob("*") if p.is_file())]
    for folder in folders:
        if folder.is_dir():
            places.extend(sorted(p for p in folder.rglob("*")))
    ids: set[str] = set()
    for p in places:
        ids.update(_ID.findall(p.name))
        if p.is_file():
            ids.update(_ID.findall(p.read_text(encoding="utf-8", errors="replace")))
    return ids


def records(skip: set[str]):
    for src in SOURCES:
        opener = lzma.open if src.suffix == ".xz" else open
        with opener(src, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] not in skip:
                    yield r


def phrases(r: dict) -> tuple[str, str, str, list[str]]:
    """The record's id, outlet, month and the normalised words of each short quotation."""
    text = f"{r.get('title') or ''}\n\n{r['text']}"  # the annotated .txt files' layout
    res = extract_document(Document(text=text, path=r["id"]))
    keys = {normalise_phrase(q.text) for q in res.quotes if len(q.text.split()) <= MAX_WORDS}
    return r["id"], r.get("source") or "", (r.get("date") or "")[:7], sorted(k for k in keys if k)


def main() -> None:
    out = Path(sys.argv[1])
    procs = int(sys.argv[sys.argv.index("--processes") + 1]) if "--processes" in sys.argv else 2
    t0 = time.time()
    folders = [Path(a) for i, a in enumerate(sys.argv) if i and sys.argv[i - 1] == "--exclude-folder"]
    skip = excluded_ids(folders)
    counts: dict[str, list[set]] = {}
    n = 0
    with Pool(procs) as pool:
        for _id, outlet, month, keys in pool.imap(phrases, records(skip), chunksize=64):
            n += 1
            for k in keys:
                c = counts.setdefault(k, [set(), set(), set()])
                c[0].add(_id)
                c[1].add(outlet)
                c[2].add(month)
    table = {k: [len(a), len(o), len(m)] for k, (a, o, m) in sorted(counts.items())}
    out.write_text(json.dumps({"articles_read": n, "excluded_ids": len(skip), "phrases": table},
                              ensure_ascii=False), encoding="utf-8")
    print(f"excluded ids {len(skip)}; articles read {n}; phrases {len(table)}; "
          f"seconds {time.time() - t0:.0f}")


if __name__ == "__main__":
    main()
