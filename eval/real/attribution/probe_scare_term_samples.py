"""Probe (issue 11, round 35, lane scareterm16): does a learned decision between scare and term,
trained on the tuning splits AND the judged corpus samples, beat the rule cascade on the
quotations the cascade types scare or term? Measured out of fold, nothing shipped.

    PYTHONPATH=src python eval/real/attribution/probe_scare_term_samples.py \
        --arts ARTICLES_OF_THE_TUNING_SPLITS --tune-dump DUMP.jsonl \
        --big ARTICLES_OF_THE_974 --big-dump BIG_DUMP.jsonl [--parse]

Rows: (1) every quotation of the six tuning splits (gold-tune, gold-ext, gold-fresh2 to 5; test,
held and fresh6-12 are never read) that the cascade types scare or term, matched to gold by
overlap, labelled by the gold kind; (2) every item of the judged corpus samples
eval/real/audit/scare14-adjudicated.tsv, scare15-sample.tsv, terms15-sample.tsv and
titles15-sample.tsv whose quotation the cascade still types scare or term, labelled by the
reader's kind. ``--tune-dump`` and ``--big-dump`` are /tmp/lead/tools/dump.py outputs of the
cascade on those articles (kind and kind evidence per quotation). Features: the OFF kind model's
string features (attribute/kind_features.py) plus suffix, word-before, word-after and shape
features; with ``--parse`` also spaCy's tags of the quoted words, their head, its dependency and
the word after. Models: logistic regression (C 0.1, 0.3, 1) and gradient boosting, 5-fold
GroupKFold by article; the model may retype scare <-> term only (never to speech: that needs a
speaker), where its best of the two reaches a threshold. Prints, per model and threshold, the
retypings and the right kinds gained and lost, on the gold rows and on the corpus rows.
Findings: docs/attribution-errors.md, round 35, lane scareterm16.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from onrecord.attribute.kind_features import kind_features, normal
from onrecord.eval import match_overlap

HERE = Path(__file__).parent
SPLITS = ("tune", "ext", "fresh2", "fresh3", "fresh4", "fresh5")
SAMPLES = (("scare14-adjudicated.tsv", "kind"), ("scare15-sample.tsv", "right_kind"),
           ("terms15-sample.tsv", "right_kind"), ("titles15-sample.tsv", "right_kind"))
CLASSES = ("scare", "term", "speech")
_W = re.compile(r"[A-Za-z][\w’'-]*")
_SUFFIX = {"ism": r"isms?$", "ist": r"ists?$", "tion": r"(tion|sion)s?$", "ment": r"ments?$", "ity": r"(ity|ness)$",
           "ing": r"ing$", "ed": r"ed$", "ly": r"ly$", "adj": r"(ive|ous|ful|ic|al|able|ible|less|ish)$", "plural": r"[^s]s$"}
_BEFORE = ("a an the his her their its our my your is was were be been are as of and or to in for so very too more "
           "most being not no this that about into on with by called what").split()


def _by_id(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        out[q["id"]].append(q)
    return out


def gold_rows(arts: Path, dump: Path) -> list[dict]:
    pred, rows = _by_id(dump), []
    for split in SPLITS:
        for line in (HERE / f"gold-{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            qs = pred.get(rec["id"], [])
            for gi, pi in match_overlap(rec["quotes"], [{"start": q["s"], "end": q["e"]} for q in qs]):
                if qs[pi]["kind"] in ("scare", "term"):
                    rows.append(dict(qs[pi], label=rec["quotes"][gi]["kind"], gold=True, path=str(arts / f"{rec['id']}.txt")))
    return rows


def sample_rows(big: Path, dump: Path) -> list[dict]:
    pred, rows, seen = _by_id(dump), [], set()
    for name, col in SAMPLES:
        lines = [l for l in (HERE.parent / "audit" / name).read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
        for r in csv.DictReader(lines, delimiter="\t"):
            s, e = int(r["s"]), int(r["e"])
            hit = [q for q in pred.get(r["id"], []) if q["s"] < e and s < q["e"]]
            if r[col] not in ("scare", "term", "speech", "title") or not hit or hit[0]["kind"] not in ("scare", "term"):
                continue
            if (r["id"], hit[0]["s"]) not in seen:
                seen.add((r["id"], hit[0]["s"]))
                rows.append(dict(hit[0], label=r[col], gold=False, path=str(big / f"{r['id']}.txt")))
    return rows


def extra(text: str, s: int, e: int) -> list[float]:
    inner = text[s:e].strip(" \"“”‘’'„«»")
    ws = _W.findall(inner)
    last = ws[-1].lower() if ws else ""
    b1 = (_W.findall(text[max(0, s - 60):s])[-1:] or [""])[0].lower()
    after = text[e:e + 40].lstrip(" \"”’'»")
    a1 = (_W.findall(after)[:1] or [""])[0].lower()
    row = [bool(re.search(p, last)) for p in _SUFFIX.values()] + [b1 == w for w in _BEFORE]
    row += [after[:2] in ("'s", "’s"), a1 in ("and", "or"), after[:1] == ",", after[:1] == ".",
            "(" in text[max(0, s - 3):s], "-" in inner, inner[-1:] in "!?" if inner else False,
            any(w.lower() in ("i", "we", "me", "us", "my", "our", "you") for w in ws),
            sum(1 for w in ws if w[:1].isupper()) / max(1, len(ws)), min(len(inner), 40) / 40]
    return [float(v) for v in row]


def parsed(text: str, s: int, e: int, nlp) -> list[float]:
    a = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s - 1), s - 300) + 1
    b = text.find("\n", e)
    doc = nlp(text[a:min(len(text) if b < 0 else b, e + 200)])
    toks = [t for t in doc if s <= a + t.idx < e and not t.is_punct]
    after = [t for t in doc if a + t.idx >= e and not t.is_punct and t.text not in "\"“”‘’'"]
    head = next((t for t in toks if t.head == t or not s <= a + t.head.idx < e), None)
    pos = ("NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM", "PRON", "ADP", "DET", "X", "INTJ", "AUX")
    dep = ("amod", "compound", "dobj", "attr", "acomp", "pobj", "nsubj", "ROOT", "conj", "appos", "advmod", "nmod")
    row = [bool(toks) and toks[-1].pos_ == p for p in pos] + [bool(toks) and toks[0].pos_ == p for p in pos]
    row += [head is not None and head.pos_ == p for p in pos] + [head is not None and head.dep_ == d for d in dep]
    row += [bool(after) and after[0].pos_ in ("NOUN", "PROPN"), bool(after) and after[0].pos_ in ("VERB", "AUX"),
            head is not None and head.tag_ in ("NNS", "NNPS"), any(t.pos_ in ("VERB", "AUX") for t in toks)]
    return [float(v) for v in row]


def matrix(rows: list[dict], dumps: list[dict[str, list[dict]]], parse: bool) -> np.ndarray:
    nlp = None
    if parse:
        from onrecord.attribute.nlp import get_nlp
        nlp = get_nlp()
    texts: dict[str, str] = {}
    X = []
    for r in rows:
        text = texts.setdefault(r["path"], Path(r["path"]).read_text(encoding="utf-8"))
        quoted = [normal(q["text"]) for d in dumps for q in d.get(r["id"], [])]
        x = kind_features(text, r["s"], r["e"], r["kind"], r["kev"], quoted) + extra(text, r["s"], r["e"])
        X.append(x + (parsed(text, r["s"], r["e"], nlp) if nlp else []))
    return np.array(X)


def main() -> None:
    ap = argparse.ArgumentParser()
    for a in ("--arts", "--tune-dump", "--big", "--big-dump"):
        ap.add_argument(a, type=Path, required=True)
    ap.add_argument("--parse", action="store_true")
    args = ap.parse_args()
    rows = gold_rows(args.arts, args.tune_dump) + sample_rows(args.big, args.big_dump)
    X = matrix(rows, [_by_id(args.tune_dump), _by_id(args.big_dump)], args.parse)
    y = np.array([r["label"] for r in rows])
    cur = np.array([r["kind"] for r in rows])
    gold = np.array([r["gold"] for r in rows])
    groups = np.array([r["id"] for r in rows])
    print(f"{len(rows)} rows ({gold.sum()} gold, {(~gold).sum()} judged corpus); cascade right {(cur == y).sum()}")
    models = {"lr0.1": lambda: LogisticRegression(C=0.1, max_iter=3000), "lr0.3": lambda: LogisticRegression(C=0.3, max_iter=3000),
              "lr1": lambda: LogisticRegression(C=1.0, max_iter=3000),
              "gb": lambda: GradientBoostingClassifier(n_estimators=100, max_depth=2, random_state=0)}
    for name, make in models.items():
        P = np.zeros((len(y), 3))
        for tr, te in GroupKFold(5).split(X, y, groups):
            m = make().fit(X[tr], [v if v in CLASSES else "speech" for v in y[tr]])
            P[te] = m.predict_proba(X[te])[:, [list(m.classes_).index(k) for k in CLASSES]]
        for t in (0.4, 0.5, 0.6, 0.7):
            best = np.where(P[:, 0] >= P[:, 1], "scare", "term")
            pred = np.where((best != cur) & (P.max(axis=1) >= t) & (P[:, :2].max(axis=1) >= t), best, cur)
            gain, loss = (pred == y) & (cur != y), (pred != y) & (cur == y)
            print(f"{name} t={t}: changed {(pred != cur).sum()}, +{gain.sum()} -{loss.sum()} "
                  f"(gold +{gain[gold].sum()} -{loss[gold].sum()}, corpus +{gain[~gold].sum()} -{loss[~gold].sum()})")


if __name__ == "__main__":
    main()
