"""Merge two independent judgements per claim (and the adjudicator's decisions) into the gold
claims of the real verification set, and report agreement.

    python eval/real/tools/build_claims.py CANDIDATES.jsonl JUDGE... [--adjudicated ADJ.jsonl] --out DIR
    python eval/real/tools/build_claims.py CANDIDATES.jsonl JUDGE... --adjudicated ADJ.jsonl \
        --candidates-ext CANDIDATES-EXT.jsonl --adjudicated ADJ-EXT.jsonl --out DIR   # with the extension

A claim enters the gold set when both judges kept it (neither dropped it) and either both agree
on the claimed speaker (same person) and the verdict, or the adjudicator decided it. Source
span: the agreeing judges' span (the first), or the adjudicator's. Split: a third of the claims
(sha1(id) mod 3 == 0) is the test split, never tuned on. Writes DIR/claims-tune.jsonl,
DIR/claims-test.jsonl (the dev set's claims format plus "published" and "split"),
DIR/disagreements.jsonl (what needs adjudication) and DIR/agreement.json.

--candidates-ext (repeatable) adds later draws (the extension: r401 on, judged by other judges,
adjudicated in their own file: --adjudicated is repeatable too). Every claim still needs exactly
two judgements among all JUDGE files; ids must not repeat across candidate files. agreement.json
keeps the figures over all claims at the top and the same figures per candidate file under
"by_draw", so each judging round's agreement stays on record."""

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


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def candidates_of(paths: list[Path]) -> tuple[dict[str, dict], dict[str, str]]:
    """id -> candidate over every candidate file, and id -> the file's stem (its draw)."""
    cands: dict[str, dict] = {}
    draw: dict[str, str] = {}
    for p in paths:
        for c in read_jsonl(p):
            if c["id"] in cands:
                raise SystemExit(f"Error: claim id {c['id']} is in two candidate files ({draw[c['id']]}, {p.stem})")
            cands[c["id"]] = c
            draw[c["id"]] = p.stem
    return cands, draw


def judge_one(cid: str, c: dict, js: list[dict], adj: dict, n: Counter) -> tuple[dict | None, dict | None]:
    """One claim: (gold record or None, disagreement or None), counting into n."""
    if len(js) < 2:
        n["fewer_than_two_judgements"] += 1
        return None, None
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
            return None, None
        final = adj[cid]
    elif x.get("drop") and y.get("drop"):
        n["dropped"] += 1
        return None, None
    if final is None:
        return None, {"id": cid, "quote": c["quote"], "published": c["published"], "article": c["article"],
                      "judge_a": x, "judge_b": y}
    return {"id": cid, "quote": c["quote"], "speaker": final["claimed_speaker"],
            "date_hint": c["published"], "published": c["published"], "verdict": final["verdict"],
            "source": f'{final["source"]}.txt' if final.get("source") else None,
            "source_span": final.get("source_span"), "note": final.get("note"), "article": c["article"]}, None


def summarise(n: Counter, gold: dict[str, list[dict]], disagree: list) -> dict:
    kept = max(1, n["both_kept"])
    return {**n, "verdict_agreement": round(n["verdict_agree"] / kept, 3),
            "speaker_agreement": round(n["speaker_agree"] / kept, 3),
            "drop_agreement": round(n["drop_agree"] / max(1, n["two_judgements"]), 3),
            "gold": {s: dict(Counter(r["verdict"] for r in recs)) for s, recs in gold.items()},
            "unresolved": len(disagree)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("candidates", type=Path)
    ap.add_argument("judges", nargs="+", type=Path)
    ap.add_argument("--candidates-ext", type=Path, action="append", default=[])
    ap.add_argument("--adjudicated", type=Path, action="append", default=[])
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    cands, draw_of = candidates_of([a.candidates, *a.candidates_ext])
    judged = load(a.judges)
    adj = {}
    for path in a.adjudicated:
        if path.exists():
            adj.update({d["id"]: d for d in read_jsonl(path)})
    draws = list(dict.fromkeys(draw_of.values()))
    n = {d: Counter() for d in draws}
    gold = {d: {"tune": [], "test": []} for d in draws}
    disagree = {d: [] for d in draws}
    for cid, c in cands.items():
        d = draw_of[cid]
        rec, dis = judge_one(cid, c, judged.get(cid, []), adj, n[d])
        if rec:
            gold[d][split_of(cid)].append(rec)
        if dis:
            disagree[d].append(dis)
    all_gold = {s: [r for d in draws for r in gold[d][s]] for s in ("tune", "test")}
    all_dis = [r for d in draws for r in disagree[d]]
    a.out.mkdir(parents=True, exist_ok=True)
    for s, recs in all_gold.items():
        (a.out / f"claims-{s}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    (a.out / "disagreements.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_dis), encoding="utf-8")
    total = Counter()
    for counts in n.values():
        total.update(counts)  # update, not +: a count of 0 stays on record
    summary = summarise(total, all_gold, all_dis)
    if len(draws) > 1:
        summary["by_draw"] = {d: summarise(n[d], gold[d], disagree[d]) for d in draws}
    (a.out / "agreement.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))

if __name__ == "__main__":
    main()
