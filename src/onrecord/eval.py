"""Score onrecord against annotated data in the dev set's format (shared/data/dev/README.md).

Extraction (``gold.jsonl`` + a folder of ``<id>.txt`` articles):
  - exact span P/R/F1: a predicted quote counts when (start, end) equal a gold quote's;
  - overlap span P/R/F1: one-to-one matching of spans that share at least one character,
    greedy by overlap length (so a quote cut in two still earns one match, not two);
  - on overlap-matched pairs: kind accuracy; flag accuracy; and, for gold speech quotes,
    speaker accuracy (the full canonical name, compared case- and space-insensitively — the
    contract asks for "Richard Haass", so "Haass" is wrong), speaker_same_person (lenient, via
    names.same_person) and cue accuracy.
Verification (claims with gold ``verdict``/``source`` + a folder of sources):
  - accuracy, macro-F1 over the verdicts present in gold or prediction, per-verdict P/R/F1,
    the confusion matrix (gold -> predicted), source accuracy;
  - false-verify rate: claims whose gold verdict is drift, misattributed or not_found but that
    onrecord called verbatim or variation, over all such claims — the error that matters most;
  - negation_flips_verified / near_misses_verified: gold not_found claims whose ``note`` says
    "negation" / "near miss" or "flip", predicted verbatim or variation (0 of 0 without notes).

The scoring functions take plain dicts, so they are testable without running the pipeline."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any, Iterable

from .errors import EvalError, MalformedRecord
from .model import BAD_VERDICTS, GOOD_VERDICTS, VERDICTS
from .names import same_person
from .read.common import decode_utf8, read_bytes
from .read.jsonl import iter_records
from .thresholds.read import ReadOptions


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _norm(s: str | None) -> str:
    """Compare names and cues as written, ignoring case, apostrophe style, spacing, a leading
    "the" ("the USDA" / "USDA": the same organisation's name, written with and without the
    article by different annotators of the real-news set) and a final period ("Jr." / "Jr")."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", s).replace("’", "'").casefold()
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s.rstrip(".")


def read_jsonl(path: str | os.PathLike, what: str) -> list[dict[str, Any]]:
    name = os.fspath(path)
    p = Path(name)
    if not p.is_file():
        reason = f"no such {what} file" if not p.exists() else f"is not a {what} file"
        if not p.exists() and "/data/dev/" in p.as_posix():
            # the commands in the docs point at the shared dev set; say how to get it there
            from .shared import missing_hint

            reason += f" ({missing_hint()})"
        raise EvalError(reason, path=name)
    out = []
    # Read as the readers do: an undecodable gold file is a one-line error, not a traceback.
    text = decode_utf8(read_bytes(name, ReadOptions()), name)
    for lineno, rec in iter_records(text, name):
        rec["_line"] = lineno
        out.append(rec)
    if not out:
        raise EvalError(f"no {what} records", path=name)
    return out


# ----------------------------------------------------------------------------- extraction


def match_overlap(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping spans, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def score_extract(docs: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    """``docs``: (gold quotes, predicted quotes) or (doc id, gold, predicted) per document, as
    contract section 1 dicts. ``mistakes`` lists every miss, spurious quote, wrong span, kind,
    speaker, cue and flag, so a user can see *which* quotes to look at."""
    mistakes: list[dict[str, Any]] = []
    n: dict[str, int] = dict.fromkeys(
        ("gold", "pred", "exact", "overlap", "kind_ok", "flag_ok", "sp_n", "sp_ok", "sp_lenient", "cue_ok",
         "shown", "shown_ok"), 0)
    per_kind: dict[str, dict[str, int]] = {}
    for k, item in enumerate(docs, start=1):
        doc_id, gold, pred = item if len(item) == 3 else (str(k), *item)
        n["gold"] += len(gold)
        n["pred"] += len(pred)
        gspans = {(g["start"], g["end"]) for g in gold}
        n["exact"] += sum(1 for p in pred if (p["start"], p["end"]) in gspans)
        for g in gold:
            per_kind.setdefault(g["kind"], {"gold": 0, "pred": 0, "matched": 0, "kind_ok": 0})["gold"] += 1
        for p in pred:
            per_kind.setdefault(p.get("kind", "speech"), {"gold": 0, "pred": 0, "matched": 0, "kind_ok": 0})["pred"] += 1
        pairs = match_overlap(gold, pred)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        mistakes += [{"document": doc_id, "type": "missed", "gold": _brief(g)} for i, g in enumerate(gold) if i not in matched_g]
        mistakes += [{"document": doc_id, "type": "spurious", "predicted": _brief(p)} for i, p in enumerate(pred) if i not in matched_p]
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            wrong = _wrong(g, p)
            if wrong:
                mistakes.append({"document": doc_id, "type": "+".join(wrong), "gold": _brief(g), "predicted": _brief(p)})
            _tally_pair(g, p, n, per_kind)
    return _extract_scores(n, per_kind, mistakes)


def _wrong(g: dict[str, Any], p: dict[str, Any]) -> list[str]:
    """What differs between a gold quotation and the predicted one that overlaps it."""
    wrong = []
    if (g["start"], g["end"]) != (p["start"], p["end"]):
        wrong.append("span")
    if p.get("kind") != g["kind"]:
        wrong.append("kind")
    if bool(p.get("flagged")) != bool(g.get("flagged")):
        wrong.append("flag")
    if g["kind"] == "speech" and _norm(g.get("speaker")) != _norm(p.get("speaker")):
        wrong.append("speaker")
    if g["kind"] == "speech" and _norm(g.get("cue")) != _norm(p.get("cue")):
        wrong.append("cue")
    return wrong


def _tally_pair(g: dict[str, Any], p: dict[str, Any], n: dict[str, int], per_kind: dict[str, dict[str, int]]) -> None:
    """Count one overlapping (gold, predicted) pair: kind, flag, speaker and cue agreement."""
    n["overlap"] += 1
    per_kind[g["kind"]]["matched"] += 1
    if p.get("kind") == g["kind"]:
        n["kind_ok"] += 1
        per_kind[g["kind"]]["kind_ok"] += 1
    if bool(p.get("flagged")) == bool(g.get("flagged")):
        n["flag_ok"] += 1
    if p.get("speaker"):
        # a name shown on a quotation: right only if the gold is speech by that speaker (a name
        # on a title or a scare quote is a person who said nothing)
        n["shown"] += 1
        n["shown_ok"] += g["kind"] == "speech" and _norm(g.get("speaker")) == _norm(p["speaker"])
    if g["kind"] == "speech":
        n["sp_n"] += 1
        gs, ps = g.get("speaker"), p.get("speaker")
        if _norm(gs) == _norm(ps):
            n["sp_ok"] += 1
        if (gs is None and ps is None) or (gs and ps and same_person(gs, ps)):
            n["sp_lenient"] += 1
        if _norm(g.get("cue")) == _norm(p.get("cue")):
            n["cue_ok"] += 1


def _extract_scores(n: dict[str, int], per_kind: dict[str, dict[str, int]], mistakes: list) -> dict[str, Any]:
    ep, er, ef = _prf(n["exact"], n["pred"], n["gold"])
    op, orr, of = _prf(n["overlap"], n["pred"], n["gold"])
    overlap, sp_n = n["overlap"], n["sp_n"]
    return {
        "gold_quotes": n["gold"],
        "predicted_quotes": n["pred"],
        "exact_precision": ep,
        "exact_recall": er,
        "exact_f1": ef,
        "overlap_precision": op,
        "overlap_recall": orr,
        "overlap_f1": of,
        "kind_accuracy": n["kind_ok"] / overlap if overlap else 0.0,
        "flag_accuracy": n["flag_ok"] / overlap if overlap else 0.0,
        "speaker_accuracy": n["sp_ok"] / sp_n if sp_n else 0.0,
        "speaker_same_person": n["sp_lenient"] / sp_n if sp_n else 0.0,
        "cue_accuracy": n["cue_ok"] / sp_n if sp_n else 0.0,
        # issue 11's reader: of the names onrecord shows (on quotations matching a gold one),
        # the share that are right; "one error in fifteen" is 0.933
        "speakers_shown": n["shown"],
        "speaker_precision": n["shown_ok"] / n["shown"] if n["shown"] else 0.0,
        "per_kind": per_kind,
        "mistakes": mistakes,
    }


def _brief(q: dict[str, Any]) -> dict[str, Any]:
    return {k: q.get(k) for k in ("text", "start", "end", "kind", "speaker", "cue", "flagged")}


def eval_extract(gold_path: str | os.PathLike, articles: str | os.PathLike, options: Any = None,
                 *, status: Any = None, bank: str | os.PathLike | None = None) -> dict[str, Any]:
    """Run ``pipeline.extract`` on each gold article (``<articles>/<id>.txt``) and score it.
    ``status`` (progress.StatusSink) hears each stage; ``bank`` as ``pipeline.extract``'s."""
    from .errors import InputError
    from .pipeline import extract
    from .report.jsonl import quote_record

    gold = read_jsonl(gold_path, "gold")
    folder = Path(articles)
    if not folder.is_dir():
        raise EvalError("no such folder of articles" if not folder.exists() else "is not a folder", path=os.fspath(articles))
    paths = []
    for rec in gold:
        if "id" not in rec or not isinstance(rec.get("quotes"), list):
            raise MalformedRecord(f'line {rec["_line"]}: gold record needs "id" and "quotes"', path=os.fspath(gold_path))
        for j, gq in enumerate(rec["quotes"], start=1):
            ok = isinstance(gq, dict) and all(isinstance(gq.get(k), int) for k in ("start", "end"))
            if not ok or gq.get("kind") not in ("speech", "title", "scare", "term"):
                raise MalformedRecord(
                    f'line {rec["_line"]}: quote {j} needs integer "start"/"end" and a "kind" of speech, title, scare or term',
                    path=os.fspath(gold_path),
                )
        p = folder / f"{rec['id']}.txt"
        if not p.is_file():
            raise EvalError(f"gold line {rec['_line']} names article {rec['id']!r} but {p} does not exist", path=os.fspath(gold_path))
        paths.append(p)
    preds: list[list[dict]] = []
    for rec, result in zip(gold, extract(paths, options=options, status=status, bank=bank)):
        if isinstance(result, InputError):
            raise result
        # Gold published date is not used: the date does not change extraction or attribution.
        # A quotation nested inside another is also reported on its own (issue 10: the outer
        # words must never vanish); the gold convention records it as part of the outer entry,
        # so the extra inner record is not scored as spurious.
        preds.append(_in_file_offsets([quote_record(q) for q in result.quotes if not q.nested],
                                      result.document, folder / f"{rec['id']}.txt"))
    report = score_extract((str(rec["id"]), rec["quotes"], pred) for rec, pred in zip(gold, preds))
    report = {"task": "extract", "gold": os.fspath(gold_path), "articles": os.fspath(articles), **report}
    return report


def _in_file_offsets(records: list[dict], document: Any, path: Path) -> list[dict]:
    """The gold indexes the file as written; a mojibake-repaired article's quotations index the
    repaired text (text.align names the case). Mapped back here, so a quotation found exactly
    scores as exact. Only a recoded document (read/common.decode_document) is read again; a file
    that is not UTF-8 keeps onrecord's offsets (its gold indexes the decoded text)."""
    from .errors import InputError

    if not document.reader.endswith("-recoded"):
        return records
    try:
        raw = decode_utf8(read_bytes(str(path), ReadOptions()), str(path))
    except InputError:
        return records
    from .text.align import spans_back

    spans = spans_back(raw, document.text, [(r["start"], r["end"]) for r in records])
    return [{**r, "start": a, "end": b, "text": raw[a:b]} for r, (a, b) in zip(records, spans)]


# ---------------------------------------------------------------------------- verification


def score_verify(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Any]:
    """``pairs``: (gold claim with verdict/source/note, predicted contract section 2 dict)."""
    labels = list(VERDICTS)
    confusion = {g: {p: 0 for p in labels} for g in labels}
    n = correct = bad_gold = false_verify = 0
    neg_n = neg_ver = near_n = near_ver = 0
    src_n = src_ok = 0
    mistakes: list[dict[str, Any]] = []
    for g, p in pairs:
        gv, pv = g["verdict"], p["verdict"]
        if gv not in confusion or pv not in confusion:
            raise EvalError(f"unknown verdict {gv if gv not in confusion else pv!r} for claim {g.get('id')!r}")
        n += 1
        confusion[gv][pv] += 1
        correct += gv == pv
        if gv != pv:
            mistakes.append({"id": g.get("id"), "gold": gv, "predicted": pv, "quote": g.get("quote"),
                             "speaker": g.get("speaker"), "note": g.get("note"), "explanation": p.get("explanation")})
        if gv in BAD_VERDICTS:
            bad_gold += 1
            false_verify += pv in GOOD_VERDICTS
        note = (g.get("note") or "").lower()
        if gv == "not_found" and "negation" in note:
            neg_n += 1
            neg_ver += pv in GOOD_VERDICTS
        if gv == "not_found" and ("near miss" in note or "flip" in note):
            near_n += 1
            near_ver += pv in GOOD_VERDICTS
        if g.get("source"):
            src_n += 1
            if p.get("source") and Path(str(p["source"]).split("#")[0]).name == Path(g["source"]).name:
                src_ok += 1
    per_verdict = {}
    f1s = []
    for lab in labels:
        tp = confusion[lab][lab]
        n_gold = sum(confusion[lab].values())
        n_pred = sum(confusion[g][lab] for g in labels)
        pr, rc, f1 = _prf(tp, n_pred, n_gold)
        per_verdict[lab] = {"precision": pr, "recall": rc, "f1": f1, "gold": n_gold, "predicted": n_pred}
        if n_gold or n_pred:
            f1s.append(f1)
    return {
        "claims": n,
        "accuracy": correct / n if n else 0.0,
        "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "false_verify_rate": false_verify / bad_gold if bad_gold else 0.0,
        "false_verify_count": false_verify,
        "negation_flips": neg_n,
        "negation_flips_verified": neg_ver,
        "near_misses": near_n,
        "near_misses_verified": near_ver,
        "source_accuracy": src_ok / src_n if src_n else 0.0,
        "per_verdict": per_verdict,
        "confusion": confusion,
        "mistakes": mistakes,
    }


def eval_verify(claims_path: str | os.PathLike, sources: str | os.PathLike, options: Any = None,
                *, status: Any = None) -> dict[str, Any]:
    """Run ``pipeline.verify`` on the claims (inputs: id, quote, speaker, date_hint) and score.
    ``status`` (progress.StatusSink) hears each stage, the sources' indexing and the count."""
    from .pipeline import load_claims, verify
    from .report.jsonl import verdict_record

    gold = read_jsonl(claims_path, "claims")
    for rec in gold:
        if rec.get("verdict") not in VERDICTS:
            raise MalformedRecord(
                f'line {rec["_line"]}: gold claim needs "verdict", one of {", ".join(VERDICTS)}', path=os.fspath(claims_path)
            )
    claims = load_claims(claims_path)
    if status is not None:
        status.stage(f"opening the sources: {os.fspath(sources)} (new or changed files are indexed)")
    verdicts = verify(claims, sources=sources, options=options, status=status)
    report = score_verify(zip(gold, (verdict_record(v) for v in verdicts)))
    return {"task": "verify", "claims_file": os.fspath(claims_path), "sources": os.fspath(sources), **report}


# The metrics gated in CI (eval/baseline.json): floors for "higher is better", ceilings for
# the error counts and rates, where lower is better.
GATED = {
    "extract": {
        "floors": ("exact_f1", "overlap_f1", "kind_accuracy", "flag_accuracy", "speaker_accuracy", "cue_accuracy"),
        "ceilings": (),
    },
    "verify": {
        "floors": ("accuracy", "macro_f1", "source_accuracy"),
        "ceilings": ("false_verify_rate", "negation_flips_verified"),
    },
}


def load_baseline(path: str | os.PathLike) -> dict[str, Any]:
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise EvalError("no such baseline file", path=name) from None
    except json.JSONDecodeError as e:
        raise EvalError(f"baseline is not valid JSON (line {e.lineno}: {e.msg})", path=name) from None
    if not isinstance(data, dict) or not any(t in data for t in GATED):
        raise EvalError(f"baseline needs an {' or '.join(repr(t) for t in GATED)} section", path=name)
    return data


def gate(report: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """The failures of ``report`` against the baseline's floors and ceilings (empty = pass)."""
    task = baseline.get(report["task"], {})
    fails = []
    for k, floor in task.get("floors", {}).items():
        if report[k] + 1e-9 < floor:
            fails.append(f"{report['task']} {k} = {report[k]:.4f} is below its floor {floor}")
    for k, ceiling in task.get("ceilings", {}).items():
        if report[k] - 1e-9 > ceiling:
            fails.append(f"{report['task']} {k} = {report[k]:.4f} is above its ceiling {ceiling}")
    return fails


# -------------------------------------------------------------------------------- rendering

EXTRACT_ROWS = (
    "exact_precision", "exact_recall", "exact_f1", "overlap_precision", "overlap_recall",
    "overlap_f1", "kind_accuracy", "flag_accuracy", "speaker_accuracy", "speaker_same_person",
    "speaker_precision", "cue_accuracy",
)
VERIFY_ROWS = (
    "accuracy", "macro_f1", "false_verify_rate", "false_verify_count", "negation_flips_verified",
    "near_misses_verified", "source_accuracy",
)


def format_table(report: dict[str, Any], mistakes: bool = False) -> str:
    """A plain-text table of a report (``onrecord eval ... --format table``); with
    ``mistakes=True`` every mistake follows, one line each."""
    lines = []
    if report["task"] == "extract":
        lines.append(f"extraction: {report['gold_quotes']} gold quotes, {report['predicted_quotes']} predicted")
        lines += [f"  {k:<22} {report[k]:.3f}" for k in EXTRACT_ROWS]
        lines.append("  per kind (gold / predicted / overlap-matched / kind correct):")
        for kind, c in sorted(report["per_kind"].items()):
            lines.append(f"    {kind:<8} {c['gold']:>5} {c['pred']:>5} {c['matched']:>5} {c['kind_ok']:>5}")
    else:
        lines.append(f"verification: {report['claims']} claims")
        for k in VERIFY_ROWS:
            v = report[k]
            lines.append(f"  {k:<24} {v:.3f}" if isinstance(v, float) else f"  {k:<24} {v}")
        lines[-3] += f" of {report['negation_flips']}"
        lines[-2] += f" of {report['near_misses']}"
        lines.append("  per verdict:   precision recall   f1  gold  pred")
        for lab, c in report["per_verdict"].items():
            lines.append(
                f"    {lab:<13} {c['precision']:.3f}  {c['recall']:.3f}  {c['f1']:.3f} {c['gold']:>5} {c['predicted']:>5}"
            )
        labs = list(report["confusion"])
        short = {"verbatim": "verb", "variation": "var", "drift": "drift", "misattributed": "misat",
                 "out_of_context": "ooc", "not_found": "nf", "no_source": "nosrc"}
        lines.append("  confusion (rows gold, columns predicted):")
        lines.append("    " + " " * 13 + "".join(f"{short.get(p, p[:6]):>7}" for p in labs))
        for g in labs:
            lines.append(f"    {g:<13}" + "".join(f"{report['confusion'][g][p]:>7}" for p in labs))
    if mistakes:
        lines.append(f"mistakes ({len(report['mistakes'])}):")
        for m in report["mistakes"]:
            lines.append("  " + _mistake_line(m))
    return "\n".join(lines)


def _mistake_line(m: dict[str, Any]) -> str:
    if "document" in m:  # extraction
        g, p = m.get("gold"), m.get("predicted")
        def show(q: dict[str, Any] | None) -> str:
            if not q:
                return "-"
            who = f" {q['speaker']}" if q.get("speaker") else ""
            cue = f" [{q['cue']}]" if q.get("cue") else ""
            return f"{q['start']}-{q['end']} {q['kind']}{who}{cue}{' *' if q.get('flagged') else ''} \u201c{q['text'][:60]}\u201d"
        return f"{m['document']}  {m['type']:<14} gold: {show(g)}  |  predicted: {show(p)}"
    return f"{m['id']}  gold {m['gold']} -> {m['predicted']}  \u201c{(m.get('quote') or '')[:70]}\u201d  ({m.get('note') or ''})"
