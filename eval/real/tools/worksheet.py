"""Annotation worksheets and checks for the real-news sets (eval/real/).

    python eval/real/tools/worksheet.py sheets ARTICLES_DIR IDS_FILE OUT_DIR
        one worksheet per article: the text with line numbers, then the candidate quotation
        spans (offsets and text only, from onrecord's mark pairing: no kind, no speaker, so the
        annotator's kind and speaker judgements are blind to onrecord's own output)
    python eval/real/tools/worksheet.py check ARTICLES_DIR ANNOTATIONS.jsonl
        validates an annotation file: offsets slice the text, kinds and speaker fields are
        consistent, and every quotation mark of the article lies inside or at the edge of a
        recorded quote (apostrophes excepted); prints one line per problem, exit 1 if any.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

KINDS = {"speech", "title", "scare", "term"}
MARKS = re.compile(r"[\"“”«»„]")


def sheets(articles: Path, ids_file: Path, out: Path) -> None:
    from onrecord.extract import extract_document
    from onrecord.read import read_text

    out.mkdir(parents=True, exist_ok=True)
    ids = [ln.strip() for ln in ids_file.read_text().splitlines() if ln.strip()]
    for doc_id in ids:
        text = (articles / f"{doc_id}.txt").read_text(encoding="utf-8")
        res = extract_document(read_text(text, path=doc_id))
        lines = [f"# article {doc_id}  ({len(text)} chars)", "", text, "", "# candidate spans (start, end, text)"]
        for n, q in enumerate(res.quotes, 1):
            lines.append(f"{n}\t{q.start}\t{q.end}\t{text[q.start:q.end]!r}")
        (out / f"{doc_id}.sheet.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def problems_of(text: str, quotes: list[dict]) -> list[str]:
    out = []
    covered = set()
    for i, q in enumerate(quotes):
        s, e = q.get("start"), q.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or text[s:e] != q.get("text"):
            out.append(f"quote {i}: offsets do not slice its text ({s}, {e}, {q.get('text')!r:.60})")
            continue
        covered.update(range(s - 1, e + 2))
        if q.get("kind") not in KINDS:
            out.append(f"quote {i}: kind {q.get('kind')!r}")
        spk, spks = q.get("speaker"), q.get("speakers")
        if q.get("kind") != "speech" and (spk or spks):
            out.append(f"quote {i}: a {q.get('kind')} has a speaker")
        if spk and (not spks or spks[0] != spk):
            out.append(f"quote {i}: speakers must start with speaker")
        if not spk and spks:
            out.append(f"quote {i}: speakers without speaker")
    for m in MARKS.finditer(text):
        if m.start() not in covered:
            out.append(f"mark {m.group()!r} at {m.start()} is in no recorded quote: {text[max(0, m.start() - 30):m.start() + 30]!r}")
    return out


def check(articles: Path, ann: Path) -> int:
    bad = 0
    for lineno, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        text = (articles / f"{rec['id']}.txt").read_text(encoding="utf-8")
        for p in problems_of(text, rec.get("quotes", [])):
            print(f"{ann}:{lineno} {rec['id']}: {p}")
            bad += 1
    print(f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "sheets":
        sheets(Path(args[0]), Path(args[1]), Path(args[2]))
    else:
        sys.exit(check(Path(args[0]), Path(args[1])))
