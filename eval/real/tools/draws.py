"""What the sample-drawing scripts of eval/real repeated, in one place (round 37, lane tidy20):
the article ids a split or an audit list already holds, the (id, s) pairs earlier lanes judged,
and the seeded draw. Each script had its own copy (three readers of the judged pairs, one
reader of the id lists); on every file they read, the copies and this module give the same ids
and pairs.

Scripts import it with this folder on ``sys.path`` (the tools are scripts, not a package):

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from draws import judged_pairs, seeded_sample, taken_article_ids
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

REAL = Path(__file__).resolve().parents[1]  # eval/real
AUDIT = REAL / "audit"
ATTRIBUTION = REAL / "attribution"
# a corpus article's id: AllSides ("abp-…") or BBC ("bbc-…")
ARTICLE_ID = re.compile(r"^(?:abp|bbc)-\S+$")


def taken_article_ids(leave_out: Iterable[str] = (), real: Path = REAL) -> set[str]:
    """Every article id a split or an audit list holds: the first column of each
    attribution/articles*.tsv, every word of audit/*articles*.txt and audit/ids-*.txt (but the
    audit files named in ``leave_out``, as a list redrawn leaves itself out). A new draw of
    corpus articles excludes them all (no split's or audit's article read twice)."""
    ids: set[str] = set()
    for path in (real / "attribution").glob("articles*.tsv"):
        ids.update(line.split("\t")[0] for line in path.read_text().splitlines() if line.strip())
    skip = set(leave_out)
    audit = real / "audit"
    for path in list(audit.glob("*articles*.txt")) + list(audit.glob("ids-*.txt")):
        if path.name not in skip:
            ids.update(path.read_text().split())
    return ids


def judged_pairs(paths: Iterable[Path | str]) -> set[tuple[str, int]]:
    """The (article id, quotation start) pairs of earlier samples' TSV files: in each row, the
    first cell shaped like an article id whose next cell is a whole number. Whatever the file's
    header ("s" or "start", or none) and its comment lines, which hold no such cells."""
    pairs: set[tuple[str, int]] = set()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for row in fh:
                cells = row.rstrip("\n").split("\t")
                for cell, after in zip(cells, cells[1:]):
                    if ARTICLE_ID.match(cell) and after.isdigit():
                        pairs.add((cell, int(after)))
                        break
    return pairs


def sample_files(audit: Path | str = AUDIT) -> list[Path]:
    """Every earlier lane's judged sample: audit/*-sample.tsv, sorted."""
    return sorted(Path(audit).glob("*-sample.tsv"))


def seeded_sample(pool: Sequence[T], n: int, seed: int) -> list[T]:
    """``n`` items of ``pool`` drawn with ``random.Random(seed)``: the draw every sample
    records by its seed, so anyone can draw it again from the same pool in the same order."""
    return random.Random(seed).sample(pool, n)


def _draw_module():
    """eval/real/attribution/draw.py (a script beside this folder): the corpora's records, the
    article text, the size cap and mark floor, and ``audited_ids``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("draw_real_attribution", ATTRIBUTION / "draw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def unread_pool(corpora: Iterable[str], folders: Iterable[Path | str] = (),
                construct: re.Pattern[str] | None = None,
                max_chars: int | None = None) -> dict[str, str]:
    """id -> text of every article of ``corpora`` that no list, audit file or given folder holds
    (``taken_article_ids`` + draw.py's ``audited_ids`` + the folders' file stems), within
    draw.py's size cap and mark floor, and holding ``construct`` if given. The reviewers' scale
    checks (review27, review29, review30) each wrote this loop; round 39 made it one.
    ``max_chars`` (default draw.py's cap, what annotators read whole) reaches longer articles:
    the twenty-ninth session left 255 unread AllSides articles within the cap, and a lane's
    out-of-sample folder is read only where its rule changes an answer."""
    draw = _draw_module()
    cap = draw.MAX_CHARS if max_chars is None else max_chars
    skip = taken_article_ids() | draw.audited_ids()
    for folder in folders:
        skip.update(p.stem for p in Path(folder).glob("*.txt"))
    pool: dict[str, str] = {}
    for corpus in corpora:
        for rec in draw.records(corpus):
            text = draw.document_text(rec)
            if rec["id"] in skip or len(text) > cap or len(draw.QUOTE_MARKS.findall(text)) < 2:
                continue
            if construct is None or construct.search(text):
                pool[rec["id"]] = text
    return pool


def draw_unread(out: Path | str, seed: int, counts: dict[str, int], folders: Iterable[Path | str] = (),
                max_chars: int | None = None) -> list[str]:
    """``counts[corpus]`` unread articles of each corpus (``unread_pool``), seeded, written to
    ``out`` as <id>.txt; returns their ids in draw order."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    folders = list(folders)
    chosen: list[str] = []
    for corpus, n in counts.items():
        pool = unread_pool([corpus], folders, max_chars=max_chars)
        for doc_id in seeded_sample(sorted(pool), n, seed):
            (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
            chosen.append(doc_id)
    return chosen


def targeted_articles(holds, seed: int, n: int,
                      lists: Sequence[str] = ("final17", "final19", "final20", "big", "big2")) -> tuple[int, list[tuple[str, str]]]:
    """Round 37-38's targeted corpus checks (kind20, called21): every AllSides then BBC article
    outside the splits' lists and the named audit lists (``audit/<name>-articles.txt``) whose
    title-and-text ``holds(text)``, shuffled with ``random.Random(seed)``; returns how many held
    and the first ``n`` (id, text). The two scripts each carried this loop and their own reader
    of the corpora; draw.py's ``records``/``document_text`` give the same ids and texts."""
    draw = _draw_module()
    skip: set[str] = set()
    for path in ATTRIBUTION.glob("articles*.tsv"):
        skip |= {row.split("\t")[0].strip() for row in path.read_text(encoding="utf-8").splitlines()
                 if not row.startswith(("#", "id\t"))}
    for name in lists:
        skip |= {line.strip() for line in (AUDIT / f"{name}-articles.txt").read_text().splitlines() if line.strip()}
    texts = ((rec["id"], draw.document_text(rec)) for corpus in ("allsides", "bbc") for rec in draw.records(corpus))
    hits = [(doc_id, text) for doc_id, text in texts if doc_id not in skip and holds(text)]
    random.Random(seed).shuffle(hits)
    return len(hits), hits[:n]
