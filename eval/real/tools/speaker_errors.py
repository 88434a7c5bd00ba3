"""List and count the speaker errors of `onrecord eval extract` on eval/real's attribution set,
by outcome class (issue 11). Reading aid for the TUNE split only: never run --show on test.

    python eval/real/attribution/draw.py --out DIR
    onrecord eval extract --gold eval/real/attribution/gold-tune.jsonl --articles DIR \
        --format json > tune.json
    PYTHONPATH=src python eval/real/tools/speaker_errors.py tune.json --articles DIR [--show]

Outcome classes (a wrong speaker is worse than a missing one, so they are counted apart):
  other_form     the same person under another form of the name ("Abbot" for "Greg Abbott")
  wrong          another person or organisation
  null           the article names the speaker, onrecord gave none
  named_unnamed  gold has no named speaker, onrecord gave a name
  not_speech     onrecord typed the speech quotation scare, term or title (a kind error)
Each wrong/null error also says whether the gold name is written in the article at all and
whether its surname is (a candidate onrecord could have found).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from pathlib import Path

from onrecord.names import name_tokens, same_person

# Two surnames this alike are one name misspelt ("Abbot" / "Abbott", "Chada" / "Chadha").
SPELLING_RATIO = 0.8


def _norm(s: str | None) -> str:
    s = (s or "").strip()
    return s[4:] if s.lower().startswith("the ") else s


def _close_form(gold: str, pred: str) -> bool:
    """Same person by the scorer's lenient rule, or surnames that differ by a misspelling."""
    if same_person(gold, pred):
        return True
    tg, tp = name_tokens(gold), name_tokens(pred)
    if not tg or not tp:
        return False
    return difflib.SequenceMatcher(None, tg[-1], tp[-1]).ratio() >= SPELLING_RATIO and tg[-1][0] == tp[-1][0]


def classify(gold: str | None, pred: str | None, pred_kind: str) -> str:
    if pred_kind != "speech":
        return "not_speech"
    if not gold:
        return "named_unnamed"
    if not pred:
        return "null"
    return "other_form" if _close_form(gold, pred) else "wrong"


def findable(gold: str | None, text: str) -> str:
    """Is the gold speaker written in the article: in full, by surname only, or not at all."""
    if not gold:
        return "-"
    if _norm(gold).lower() in text.lower():
        return "full"
    toks = name_tokens(gold)
    return "surname" if toks and toks[-1] in text.lower() else "absent"


def speaker_errors(report: dict, articles: Path) -> list[dict]:
    out = []
    for m in report["mistakes"]:
        if "speaker" not in m["type"].split("+"):
            continue
        g, p = m["gold"], m["predicted"]
        text = (articles / f"{m['document']}.txt").read_text(encoding="utf-8")
        out.append({"document": m["document"], "start": g["start"], "end": g["end"],
                    "gold": g["speaker"], "pred": p["speaker"], "pred_kind": p["kind"],
                    "cls": classify(g["speaker"], p["speaker"], p["kind"]), "findable": findable(g["speaker"], text)})
    return out


def _show(e: dict, articles: Path, width: int) -> None:
    text = (articles / f"{e['document']}.txt").read_text(encoding="utf-8")
    before = text[max(0, e["start"] - width):e["start"]].replace("\n", " ¶ ")
    quote = text[e["start"]:e["end"]][:120].replace("\n", " ¶ ")
    after = text[e["end"]:e["end"] + width // 3].replace("\n", " ¶ ")
    print(f"--- {e['cls']} [{e['findable']}] {e['document']}@{e['start']} gold={e['gold']!r} pred={e['pred']!r} ({e['pred_kind']})")
    print(f"    …{before}⟦{quote}⟧{after}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path, help="onrecord eval extract --format json output")
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--show", action="store_true", help="print each error in context (tune only)")
    ap.add_argument("--cls", help="show only this outcome class")
    ap.add_argument("--width", type=int, default=400)
    args = ap.parse_args(argv)
    errs = speaker_errors(json.loads(args.report.read_text(encoding="utf-8")), args.articles)
    counts = Counter(e["cls"] for e in errs)
    where = Counter((e["cls"], e["findable"]) for e in errs)
    print(f"speaker errors: {len(errs)}  " + "  ".join(f"{k} {v}" for k, v in counts.most_common()))
    print("  by gold name in the article: " + "  ".join(f"{c}/{f} {v}" for (c, f), v in sorted(where.items())))
    if args.show:
        for e in errs:
            if not args.cls or e["cls"] == args.cls:
                _show(e, args.articles, args.width)
    return 0


if __name__ == "__main__":
    sys.exit(main())
