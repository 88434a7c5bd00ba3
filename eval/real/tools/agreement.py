"""Inter-annotator agreement and the adjudication worklist for two annotation passes.

    python eval/real/tools/agreement.py ARTICLES_DIR PASS_A.jsonl PASS_B.jsonl [...] --out DISAGREE.jsonl
    python eval/real/tools/agreement.py claims CANDIDATES.jsonl JUDGE_A.jsonl JUDGE_B.jsonl [...] [--out DISAGREE.jsonl]

Every article must be annotated in exactly two of the given pass files. Reports, over the
articles both passes cover: span agreement (exact offsets; F1 of one pass against the other),
and on spans both recorded: kind agreement, speaker agreement for quotations both call speech
(same person by onrecord.names.same_person, so "Boris Johnson" / "Johnson" do not count as a
disagreement when both are in the article; otherwise exact), cue agreement. Writes one line per
disagreement (span only in one pass, kind, speaker, description-vs-name) for adjudication.

`claims` does the same for judgements of the real verification set (eval/real/verification):
every claim of CANDIDATES must be judged in exactly two of the judge files. Reports keep/drop,
speaker and verdict agreement over the claims both kept, Cohen's kappa on the verdict (a drop
counts as one more category), the pairs of verdicts the judges gave when they differ, and writes
the disagreements (drop, speaker, verdict) for adjudication. build_claims.py merges the same
judgements into the gold; this is the judging round's agreement on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def load(paths: list[Path]) -> dict[str, list[tuple[str, dict]]]:
    by_id: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                by_id[rec["id"]].append((p.stem, rec))
    return by_id


def norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace(".", "").split())


def same_speaker(a: str | None, b: str | None) -> bool:
    from onrecord.names import same_person

    if not a or not b:
        return not a and not b
    return norm(a) == norm(b) or same_person(a, b)


def compare(ids: dict, out_path: Path | None) -> dict:
    n = defaultdict(int)
    rows = []
    for doc_id, recs in sorted(ids.items()):
        if len(recs) != 2:
            n["not_two_passes"] += 1
            continue
        (pa, a), (pb, b) = recs
        qa = {(q["start"], q["end"]): q for q in a["quotes"]}
        qb = {(q["start"], q["end"]): q for q in b["quotes"]}
        n["a"] += len(qa)
        n["b"] += len(qb)
        for span in sorted(set(qa) | set(qb)):
            x, y = qa.get(span), qb.get(span)
            if x is None or y is None:
                rows.append({"id": doc_id, "type": "span", "span": span, pa: x, pb: y})
                continue
            n["both"] += 1
            if x["kind"] != y["kind"]:
                rows.append({"id": doc_id, "type": "kind", "span": span, pa: x, pb: y})
                continue
            n["kind_ok"] += 1
            if x["kind"] != "speech":
                continue
            n["speech"] += 1
            if same_speaker(x.get("speaker"), y.get("speaker")):
                n["speaker_ok"] += 1
            else:
                rows.append({"id": doc_id, "type": "speaker", "span": span, pa: x, pb: y})
            if norm(x.get("cue")) == norm(y.get("cue")):
                n["cue_ok"] += 1
            elif same_speaker(x.get("speaker"), y.get("speaker")):
                rows.append({"id": doc_id, "type": "cue", "span": span, pa: x, pb: y})
    p = n["both"] / n["a"] if n["a"] else 0.0
    r = n["both"] / n["b"] if n["b"] else 0.0
    summary = {
        "articles_two_passes": len([1 for v in ids.values() if len(v) == 2]),
        "quotes_pass_a": n["a"], "quotes_pass_b": n["b"], "spans_agreed": n["both"],
        "span_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "kind_agreement": round(n["kind_ok"] / n["both"], 3) if n["both"] else 0.0,
        "speaker_agreement": round(n["speaker_ok"] / n["speech"], 3) if n["speech"] else 0.0,
        "cue_agreement": round(n["cue_ok"] / n["speech"], 3) if n["speech"] else 0.0,
        "disagreements": len(rows),
        "by_type": {t: sum(1 for r in rows if r["type"] == t) for t in ("span", "kind", "speaker", "cue")},
    }
    if out_path:
        out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return summary


def kappa(pairs: list[tuple[str, str]]) -> float:
    if not pairs:
        return 0.0
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = defaultdict(int), defaultdict(int)
    for a, b in pairs:
        ca[a] += 1
        cb[b] += 1
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return round((po - pe) / (1 - pe), 3) if pe < 1 else 1.0


def claims(cands: Path, judges: list[Path], out_path: Path | None) -> dict:
    ids = [json.loads(x)["id"] for x in cands.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_id: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for p in judges:
        seen = set()  # a judge's later line for the same claim is a duplicate (as in build_claims)
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if rec and rec["id"] not in seen:
                seen.add(rec["id"])
                by_id[rec["id"]].append((p.stem, rec))
    n = defaultdict(int)
    rows, pairs, differ = [], [], defaultdict(int)
    for cid in ids:
        recs = by_id.get(cid, [])
        if len(recs) != 2:
            n["not_two_judgements"] += 1
            continue
        (pa, a), (pb, b) = recs
        n["two_judgements"] += 1
        va, vb = ("drop" if a.get("drop") else a.get("verdict")), ("drop" if b.get("drop") else b.get("verdict"))
        pairs.append((va, vb))
        if bool(a.get("drop")) != bool(b.get("drop")):
            rows.append({"id": cid, "type": "drop", pa: a, pb: b})
            continue
        n["drop_agree"] += 1
        if a.get("drop"):
            continue
        n["both_kept"] += 1
        if not same_speaker(a.get("claimed_speaker"), b.get("claimed_speaker")):
            rows.append({"id": cid, "type": "speaker", pa: a, pb: b})
        else:
            n["speaker_agree"] += 1
        if va == vb:
            n["verdict_agree"] += 1
        else:
            differ[" / ".join(sorted((str(va), str(vb))))] += 1
            rows.append({"id": cid, "type": "verdict", pa: a, pb: b})
    kept = max(1, n["both_kept"])
    summary = {**n, "drop_agreement": round(n["drop_agree"] / max(1, n["two_judgements"]), 3),
               "speaker_agreement": round(n["speaker_agree"] / kept, 3),
               "verdict_agreement": round(n["verdict_agree"] / kept, 3),
               "verdict_kappa": kappa(pairs), "verdict_pairs_differing": dict(sorted(differ.items())),
               "disagreements": len(rows)}
    if out_path:
        out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return summary


def main() -> None:
    if sys.argv[1:2] == ["claims"]:
        cp = argparse.ArgumentParser(prog="agreement.py claims")
        cp.add_argument("candidates", type=Path)
        cp.add_argument("judges", nargs="+", type=Path)
        cp.add_argument("--out", type=Path)
        c = cp.parse_args(sys.argv[2:])
        print(json.dumps(claims(c.candidates, c.judges, c.out), indent=1))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", type=Path)
    ap.add_argument("passes", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    print(json.dumps(compare(load(a.passes), a.out), indent=1))


if __name__ == "__main__":
    main()
