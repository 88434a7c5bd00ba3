"""Find where words occur in an archive of JSON Lines records (a helper for judging claims by
hand: the judge reads the passages it prints; it decides nothing).

    python eval/real/tools/find_in_archive.py ARCHIVE.jsonl "the quoted words" [--speaker NAME] [--n 5]

Ranks windows of three sentences by the number of the quotation's content words they share
(then by fuzzy similarity), and prints each with its record id, speaker, date and exact offsets
into the record's text, so a judge can copy the source span exactly."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rapidfuzz import fuzz

STOP = set("the a an and or of to in on at for with is are was were be been it this that we i you he she they our my your his her their not no".split())
WORD = re.compile(r"[a-z0-9]+")
SENT = re.compile(r"(?<=[.!?])\s+")


def content(s: str) -> set[str]:
    return {w for w in WORD.findall(s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}


def windows(text: str):
    starts = [0] + [m.end() for m in SENT.finditer(text)]
    for i in range(len(starts)):
        end = starts[i + 3] if i + 3 < len(starts) else len(text)
        yield starts[i], end


class Index:
    """The archive's records with each window's content words computed once."""

    def __init__(self, archive: Path):
        self.records = [json.loads(x) for x in archive.read_text(encoding="utf-8").splitlines() if x.strip()]
        self.words = [content(r["text"]) for r in self.records]
        self.wins: dict[int, list[tuple[int, int, set[str]]]] = {}

    def windows_of(self, k: int) -> list[tuple[int, int, set[str]]]:
        if k not in self.wins:
            t = self.records[k]["text"]
            self.wins[k] = [(s, e, content(t[s:e])) for s, e in windows(t)]
        return self.wins[k]

    def search(self, quote: str, speaker: str | None, n: int):
        q = content(quote)
        hits = []
        for k, rec in enumerate(self.records):
            if speaker and speaker.lower().split()[-1] not in (rec.get("speaker") or "").lower():
                continue
            if len(q & self.words[k]) < max(1, len(q) // 3):
                continue
            for s, e, w in self.windows_of(k):
                shared = len(q & w)
                if shared:
                    hits.append((shared, s, e, rec))
        hits.sort(key=lambda h: -h[0])
        top = hits[: n * 20]
        top.sort(key=lambda h: (-h[0], -fuzz.partial_ratio(quote.lower(), h[3]["text"][h[1]:h[2]].lower())))
        return top[:n], len(q)


def search(archive: Path, quote: str, speaker: str | None, n: int):
    return Index(archive).search(quote, speaker, n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", type=Path)
    ap.add_argument("quote")
    ap.add_argument("--speaker")
    ap.add_argument("--n", type=int, default=5)
    a = ap.parse_args()
    top, nq = search(a.archive, a.quote, a.speaker, a.n)
    for shared, s, e, rec in top:
        print(f"== {rec['id']} | {rec.get('speaker')} | {rec.get('date')} | shares {shared}/{nq} content words | text[{s}:{e}]")
        print(rec["text"][s:e].strip()[:1200])
        print()


if __name__ == "__main__":
    main()
