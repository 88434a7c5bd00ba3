"""Merge two independent judgements per claim (and the adjudicator's decisions) into the gold
claims of the real verification set, and report agreement.

    python eval/real/tools/build_claims.py CANDIDATES.jsonl JUDGE... [--adjudicated ADJ.jsonl] --out DIR

A claim enters the gold set when both judges kept it (neither dropped it) and either both agree
on the claimed speaker (same person) and the verdict, or the adjudicator decided it. Source
span: the agreeing judges' span (the first), or the adjudicator's. Split: a third of the claims
(sha1(id) mod 3 == 0) is the test split, never tuned on. Writes DIR/claims-tune.jsonl,
DIR/claims-test.jsonl (the dev set's claims format plus "published" and "split"),
DIR/disagreements.jsonl (what needs adjudication) and DIR/agreement.json."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import same_speaker  # noqa: E402  (one name comparison for both sets)


def split_of(cid: str) -> str:
    return "test" if int(hashlib.sha1(cid.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def load(paths: list[Path]) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = defaultdict(list)
    for p in paths:
        seen = set()
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                if j["id"] not in seen:  # a judge's later line for the same claim is a duplicate
                    seen.add(j["id"])
                    by[j["id"]].append(j)
    return by


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("candidates", type=Path)
    ap.add_argument("judges", nargs="+", type=Path)
    ap.add_argument("--adjudicated", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    cands = {c["id"]: c for c in map(json.loads, a.candidates.read_text(encoding="utf-8").splitlines()) if c}
    judged = load(a.judges)
    adj = {}
    if a.adjudicated and a.adjudicated.exists():
        adj = {d["id"]: d for d in map(json.loads, a.adjudicated.read_text(encoding="utf-8").splitlines()) if d}
    n = Counter()
    gold = {"tune": [], "test": []}
    disagree = []
    for cid, c in cands.items():
        js = judged.get(cid, [])
        if len(js) < 2:
            n["fewer_than_two_judgements"] += 1
            continue
        x, y = js[:2]
        n["two_judgements"] += 1
        agree_drop = bool(x.get("drop")) == bool(y.get("drop"))
        n["drop_agree"] += agree_drop
        if agree_drop and not (x.get("drop") and y.get("drop")):
            n["both_kept"] += 1
            sp = same_speaker(x.get("claimed_speaker"), y.get("claimed_speaker"))
            n["speaker_agree"] += sp
            vd = x.get("verdict") == y.get("verdict")
            n["verdict_agree"] += vd
        final = x if agree_drop and not x.get("drop") and same_speaker(x.get("claimed_speaker"), y.get("claimed_speaker")) \
            and x.get("verdict") == y.get("verdict") else None
        if cid in adj:
            # the adjudicator settles disagreements and re-checks claims judged under a flawed
            # rule (null article dates of AllSides articles): the decision overrides
            n["adjudicated"] += 1
            if adj[cid].get("drop"):
                n["dropped"] += 1
                continue
            final = adj[cid]
        elif x.get("drop") and y.get("drop"):
            n["dropped"] += 1
            continue
        if final is None:
            disagree.append({"id": cid, "quote": c["quote"], "published": c["published"], "article": c["article"],
                             "judge_a": x, "judge_b": y})
            continue
        rec = {"id": cid, "quote": c["quote"], "speaker": final["claimed_speaker"],
               "date_hint": c["published"], "published": c["published"], "verdict": final["verdict"],
               "source": f'{final["source"]}.txt' if final.get("source") else None,
               "source_span": final.get("source_span"), "note": final.get("note"), "article": c["article"]}
        gold[split_of(cid)].append(rec)
    a.out.mkdir(parents=True, exist_ok=True)
    for s, recs in gold.items():
        (a.out / f"claims-{s}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    (a.out / "disagreements.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in disagree), encoding="utf-8")
    kept = max(1, n["both_kept"])
    summary = {**n, "verdict_agreement": round(n["verdict_agree"] / kept, 3),
               "speaker_agreement": round(n["speaker_agree"] / kept, 3),
               "drop_agreement": round(n["drop_agree"] / max(1, n["two_judgements"]), 3),
               "gold": {s: dict(Counter(r["verdict"] for r in recs)) for s, recs in gold.items()},
               "unresolved": len(disagree)}
    (a.out / "agreement.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
