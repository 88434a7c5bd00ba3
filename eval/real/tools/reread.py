"""Re-read a gold set under the consolidated guideline (eval/real/attribution/GUIDELINES.md).

    python eval/real/tools/reread.py sheets GOLD ARTICLES_DIR OUT_DIR
        one worksheet per article: the text with its offsets, then the gold's quotation spans
        (number, start, end, text) WITHOUT the gold's kind, speaker or description, so a reader
        judges them blind to the gold and to onrecord
    python eval/real/tools/reread.py check SHEETS_DIR READER.jsonl
        a reader's file against the worksheets: every span judged once, no other, a known kind,
        no speaker off speech, speakers led by the speaker, an unnamed speaker described; prints
        the problems (or "OK: N items"), exit 1 if any
    python eval/real/tools/reread.py compare GOLD READER_A.jsonl READER_B.jsonl OUT_DIR
        agreement of the two readers (kind, same speaker, description given), and three files:
        agreed-changes.jsonl (both readers agree with each other and not with the gold),
        split.jsonl (the readers disagree and one differs from the gold): both for adjudication
    python eval/real/tools/reread.py drop-article GOLD
        guideline S8b, applied mechanically after the decisions: a lowercase leading "the" is
        dropped from every speaker name (speaker and speakers) still carrying one
    python eval/real/tools/reread.py apply GOLD DECISIONS.jsonl
        writes the decisions (kind, speaker, speakers, speaker_description) into GOLD in place;
        every decision must name an item of GOLD by id, start and end, and carry a reason

Why: the test, tune, held and extension golds were annotated in the first sessions, before
thirty-odd rulings accumulated set by set (eval/real/README.md); later sets were annotated under
all of them. Scoring one rule set against golds written under different conventions measures
the drift, not the rules. Readers write no rules and never see onrecord's output; a gold item
changes only when two blind readers agree on another reading, or an adjudicator settles a split
between them by a clause of the guideline. Cues and spans are not re-read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from worksheet import KINDS

FIELDS = ("kind", "speaker", "speakers", "speaker_description")
# the line that opens a worksheet's span list: sheets() writes it, check() reads after it
SPANS_HEADER = "# quotation spans to judge (n, start, end, text)"


def _load(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _key(row: dict) -> tuple[str, int, int]:
    return row["id"], int(row["start"]), int(row["end"])


def sheets(gold: Path, articles: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for doc in _load(gold):
        text = (articles / f"{doc['id']}.txt").read_text(encoding="utf-8")
        lines = [f"# article {doc['id']}  ({len(text)} chars)", "", text, "",
                 SPANS_HEADER]
        for n, q in enumerate(doc["quotes"], 1):
            lines.append(f"{n}\t{q['start']}\t{q['end']}\t{q['text']!r}")
        (out / f"{doc['id']}.sheet.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _sheet_spans(sheets_dir: Path) -> set[tuple[str, int, int]]:
    spans = set()
    for f in sheets_dir.glob("*.sheet.txt"):
        doc = f.name[: -len(".sheet.txt")]
        for ln in f.read_text(encoding="utf-8").split(SPANS_HEADER + "\n", 1)[1].splitlines():
            if ln.strip():
                _, start, end, _ = ln.split("\t", 3)
                spans.add((doc, int(start), int(end)))
    return spans


def _reading_problems(r: dict) -> list[str]:
    kind, spk = r.get("kind"), r.get("speaker")
    if kind not in KINDS:
        return [f"kind {kind!r}"]
    if kind != "speech":
        return ["non-speech with a speaker/description"] if spk or r.get("speakers") or r.get("speaker_description") else []
    if spk and (r.get("speakers") or [None])[0] != spk:
        return ["speakers must start with speaker"]
    return [] if spk or r.get("speaker_description") else ["unnamed speech needs speaker_description"]


def check(sheets_dir: Path, reading: Path) -> None:
    got: dict[tuple, dict] = {}
    bad: list[str] = []
    for i, ln in enumerate(reading.read_text(encoding="utf-8").splitlines(), 1):
        if not ln.strip():
            continue
        try:
            r = json.loads(ln)
        except json.JSONDecodeError as ex:
            bad.append(f"line {i}: not JSON ({ex})")
            continue
        k = (r.get("id"), r.get("start"), r.get("end"))
        if k in got:
            bad.append(f"line {i}: {k} judged twice")
        got[k] = r
        bad += [f"line {i}: {p}" for p in _reading_problems(r)]
    want = _sheet_spans(sheets_dir)
    bad += [f"missing {k}" for k in sorted(want - set(got))] + [f"not a sheet span {k}" for k in sorted(set(got) - want)]
    print("\n".join(bad[:40]) or f"OK: {len(got)} items")
    if bad:
        sys.exit(1)


def _gold_items(gold: Path) -> dict[tuple[str, int, int], dict]:
    return {(d["id"], q["start"], q["end"]): q for d in _load(gold) for q in d["quotes"]}


def _norm_name(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _reading(row: dict) -> tuple:
    """What is compared: kind, then for speech the speaker, the joint speakers and whether an
    unnamed speaker is described (the description's wording is free)."""
    if row.get("kind") != "speech":
        return (row.get("kind"),)
    spk = _norm_name(row.get("speaker"))
    joint = tuple(sorted(_norm_name(s) for s in row.get("speakers") or [])) if len(row.get("speakers") or []) > 1 else ()
    return ("speech", spk, joint, bool(row.get("speaker_description")) and not spk)


def compare(gold: Path, a_path: Path, b_path: Path, out: Path) -> None:
    items = _gold_items(gold)
    a = {_key(r): r for r in _load(a_path)}
    b = {_key(r): r for r in _load(b_path)}
    missing = [k for k in items if k not in a or k not in b]
    if missing:
        sys.exit(f"{len(missing)} gold items not judged by both readers, e.g. {missing[0]}")
    n = kind_ok = spk_n = spk_ok = 0
    agreed, split = [], []
    for k, g in items.items():
        ra, rb, rg = _reading(a[k]), _reading(b[k]), _reading(g)
        n += 1
        kind_ok += ra[0] == rb[0]
        if ra[0] == rb[0] == "speech":
            spk_n += 1
            spk_ok += ra[1:] == rb[1:]
        row = {"id": k[0], "start": k[1], "end": k[2], "text": g["text"],
               "gold": {f: g.get(f) for f in FIELDS},
               "A": {f: a[k].get(f) for f in FIELDS + ("clause", "note")},
               "B": {f: b[k].get(f) for f in FIELDS + ("clause", "note")}}
        if ra == rb and ra != rg:
            agreed.append(row)
        elif ra != rb and (ra != rg or rb != rg):
            split.append(row)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("agreed-changes", agreed), ("split", split)):
        (out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    summary = {"items": n, "kind_agreement": round(kind_ok / n, 3) if n else None,
               "speech_both": spk_n, "speaker_agreement": round(spk_ok / spk_n, 3) if spk_n else None,
               "agreed_changes": len(agreed), "split": len(split)}
    (out / "agreement.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary))


def apply(gold: Path, decisions: Path) -> None:
    docs = _load(gold)
    index = {(d["id"], q["start"], q["end"]): q for d in docs for q in d["quotes"]}
    changed = 0
    for dec in _load(decisions):
        k = _key(dec)
        if k not in index:
            sys.exit(f"{decisions}: no gold item {k}")
        if not dec.get("reason"):
            sys.exit(f"{decisions}: decision {k} has no reason")
        q = index[k]
        new = {f: dec[f] for f in FIELDS if f in dec}
        if new.get("kind", q["kind"]) != "speech":
            # a non-speech item has no speaker and no cue (every gold file so far)
            new.update(speaker=None, speakers=[], speaker_description=None, cue=None)
        elif new.get("speaker"):
            new.setdefault("speakers", [new["speaker"]])
            new["speaker_description"] = None
        elif "speaker" in new:
            new["speakers"] = []
        if any(q.get(f) != v for f, v in new.items()):
            changed += 1
            q.update(new)
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{gold}: {changed} items changed")


def drop_article(gold: Path) -> None:
    docs = _load(gold)
    n = 0
    for d in docs:
        for q in d["quotes"]:
            if q.get("speaker", "") and q["speaker"].startswith("the "):
                q["speaker"] = q["speaker"][4:]
                n += 1
            q["speakers"] = [s[4:] if s.startswith("the ") else s for s in q.get("speakers") or []]
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{gold}: {n} speakers lose a lowercase leading 'the'")


def main(argv: list[str]) -> None:
    cmd, *args = argv
    paths = [Path(a) for a in args]
    {"sheets": sheets, "check": check, "compare": compare, "apply": apply, "drop-article": drop_article}[cmd](*paths)


if __name__ == "__main__":
    main(sys.argv[1:])
