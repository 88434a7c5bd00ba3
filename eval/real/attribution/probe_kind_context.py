"""Probe (issue 11, round 26, lane kindctx): do features of a quotation's CONTEXT type scare /
term / speech fragments better than the rule cascade? Measured out of fold, nothing shipped.

    PYTHONPATH=src python eval/real/attribution/probe_kind_context.py --articles /tmp/lead/arts

Items: over the seven tuning sets only (gold-tune, gold-ext, judged-fresh, gold-fresh2 to 5; test
and held are never read), every non-nested quotation matched to gold (by overlap, as eval/real/tools/kind_errors.py)
that the cascade types scare or term, plus every speech quotation of at most 6 words (the short
fragments where the 33 gold terms typed speech live; a longer quotation is almost never a term).
Feature sets: S = attribute/kind_features.py (the string features of the OFF kind model) plus
the cascade's kind; T = spaCy's contextual tensor (doc.tensor, the parse's tok2vec) averaged over
the quotation's tokens, the 5 tokens before and the 5 after (paragraph parsed, capped at 600
characters either side); E = all-MiniLM-L6-v2 embeddings (archive's torch backend, offline) of
the sentence with the quotation marked by « » and of the quotation alone. Logistic regression on
standardised features, 5-fold GroupKFold by article; the model may retype a cascade scare/term
to scare or term (never to speech: that needs a speaker) and a speech fragment to any of the
three. Prints the cascade's and each configuration's out-of-fold confusion, and AUCs per
sub-domain and feature part (diagnostic). Findings: docs/attribution-errors.md, round 26.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from matched import matched  # this folder (run as a script)
from onrecord.attribute.kind_features import kind_features
from onrecord.attribute.nlp import get_nlp

HERE = Path(__file__).parent
# the seven tuning sets (as train_ranker.TUNING); judged-fresh holds only quotations onrecord found then,
# each with its judged kind, and matches the same way
SETS = ("gold-tune", "gold-ext", "judged-fresh", "gold-fresh2", "gold-fresh3", "gold-fresh4", "gold-fresh5")
KINDS = ("speech", "scare", "term")
MAX_FRAGMENT_WORDS = 6
CONFIGS = [(c, t) for c, t in ((0.1, 0.6), (0.01, 0.7))]  # (C, min probability to retype): the two tried
_WORD_RE = re.compile(r"[A-Za-z0-9][\w’'-]*")
_MARKS = " \"“”‘’'„«»"


def items(articles: Path) -> list[dict]:
    out = []
    for name in SETS:
        for rec, text, quoted, g, q in matched(HERE / f"{name}.jsonl", articles):
            n = len(_WORD_RE.findall(text[q.start:q.end]))
            if q.kind in ("scare", "term") or (q.kind == "speech" and n <= MAX_FRAGMENT_WORDS):
                out.append(dict(id=rec["id"], text=text, start=q.start, end=q.end, cur=q.kind, gold=g["kind"],
                                sf=kind_features(text, q.start, q.end, q.kind, q.kind_evidence, quoted)))
    return out


def _paragraph(text: str, s: int, e: int) -> tuple[int, int]:
    ps = text.rfind("\n", 0, s) + 1
    pe = text.find("\n", e)
    return max(ps, s - 600), min(len(text) if pe < 0 else pe, e + 600)


def add_tensor(rows: list[dict]) -> None:
    """T parts and the marked sentence for E, from one spaCy parse of each quotation's paragraph."""
    spans = [_paragraph(r["text"], r["start"], r["end"]) for r in rows]
    docs = get_nlp().pipe([r["text"][a:b] for r, (a, b) in zip(rows, spans)], batch_size=64)
    for r, (ps, _), doc in zip(rows, spans, docs):
        s, e = r["start"] - ps, r["end"] - ps
        t = doc.tensor
        qi = [tok.i for tok in doc if tok.idx < e and tok.idx + len(tok) > s] or [0]
        bef = list(range(max(0, qi[0] - 5), qi[0]))
        aft = list(range(qi[-1] + 1, min(len(doc), qi[-1] + 6)))
        zero = np.zeros(t.shape[1], dtype=np.float32)
        r["t_q"], r["t_b"], r["t_a"] = t[qi].mean(0), t[bef].mean(0) if bef else zero, t[aft].mean(0) if aft else zero
        sent = next((x for x in doc.sents if x.start_char <= s < x.end_char), None)
        ss, se = (s, e) if sent is None else (sent.start_char, max(sent.end_char, e))
        r["sent_marked"] = (doc.text[ss:s] + " « " + doc.text[s:e].strip(_MARKS) + " » " + doc.text[e:se]).strip()
        r["quote_only"] = doc.text[s:e].strip(_MARKS)


def add_embeddings(rows: list[dict]) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from onrecord.archive.backends import TorchBackend

    enc = TorchBackend(threads=1)
    for key, texts in (("e_s", [r["sent_marked"] for r in rows]), ("e_q", [r["quote_only"] for r in rows])):
        for r, v in zip(rows, enc.encode(texts, 32)):
            r[key] = v


def matrices(rows: list[dict]) -> dict[str, np.ndarray]:
    s = np.array([list(r["sf"]) + [r["cur"] == k for k in KINDS] for r in rows], float)
    parts = {p: np.array([r[p] for r in rows]) for p in ("t_q", "t_b", "t_a", "e_s", "e_q")}
    t = np.hstack([parts["t_q"], parts["t_b"], parts["t_a"]])
    e = np.hstack([parts["e_s"], parts["e_q"]])
    return {"S": s, "T": t, "T+S": np.hstack([t, s]), "E": e, "E+S": np.hstack([e, s]),
            "T+E+S": np.hstack([t, e, s]), "T ctx": np.hstack([parts["t_b"], parts["t_a"]]),
            "T quote": parts["t_q"], "E sentence": parts["e_s"], "E quote": parts["e_q"]}


def _oof(x, y, groups, c) -> np.ndarray:
    """Out-of-fold probabilities, one column per class in sorted order (KINDS order for kinds)."""
    classes = [k for k in KINDS if k in set(y)] if y.dtype.kind == "U" else sorted(set(y))
    p = np.zeros((len(y), len(classes)))
    for tr, te in GroupKFold(5).split(x, y, groups):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=3000)).fit(x[tr], y[tr])
        p[te] = m.predict_proba(x[te])[:, [list(m.classes_).index(k) for k in classes]]
    return p


def _decide(p, cur: str, t: float) -> str:
    allowed = KINDS if cur == "speech" else KINDS[1:]
    best = max(allowed, key=lambda k: p[KINDS.index(k)])
    return best if best != cur and p[KINDS.index(best)] >= t else cur


def confusion(y, pred) -> str:
    ks = ("speech", "title", "scare", "term")
    lines = ["| gold \\ pred | " + " | ".join(ks) + " |", "|---|" + "---|" * len(ks)]
    for g in ks:
        lines.append(f"| {g} | " + " | ".join(str(int(((y == g) & (pred == k)).sum())) for k in ks) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=Path, required=True)
    args = ap.parse_args()
    rows = items(args.articles)
    add_tensor(rows)
    add_embeddings(rows)
    y = np.array([r["gold"] for r in rows])
    cur = np.array([r["cur"] for r in rows])
    groups = np.array([r["id"] for r in rows])
    ytrain = np.array([g if g in KINDS else "scare" for g in y])  # 7 gold titles: no class of their own
    xs = matrices(rows)
    base = int((cur == y).sum())
    print(f"{len(rows)} items from {len(set(groups))} articles; cascade right {base}\n{confusion(y, cur)}")
    for c, t in CONFIGS:
        for name in ("S", "T", "T+S", "E", "E+S", "T+E+S"):
            pred = np.array([_decide(p, k, t) for p, k in zip(_oof(xs[name], ytrain, groups, c), cur)])
            fixed, broke = int(((pred == y) & (cur != y)).sum()), int(((pred != y) & (cur == y)).sum())
            away = int(((cur == "speech") & (y == "speech") & (pred != "speech")).sum())
            print(f"\n{name} C={c} t={t}: right {base} -> {int((pred == y).sum())} (fixed {fixed}, broke {broke}; "
                  f"gold speech typed away {away})\n{confusion(y, pred)}")
    print("\nAUC out of fold (C=0.01), per sub-domain and feature part")
    for label, sel, target in (("cascade scare/term: gold term", cur != "speech", "term"),
                               ("cascade scare/term: gold scare", cur != "speech", "scare"),
                               ("speech fragments: gold term", cur == "speech", "term"),
                               ("speech fragments: gold not speech", cur == "speech", "not speech")):
        yy = (y[sel] != "speech") if target == "not speech" else (y[sel] == target)
        cells = []
        for name in ("S", "T", "T quote", "T ctx", "E", "E sentence", "E quote", "T+S", "E+S"):
            p = _oof(xs[name][sel], yy, groups[sel], 0.01)[:, 1]
            cells.append(f"{name} {roc_auc_score(yy, p):.2f}")
        print(f"{label} (n={int(sel.sum())}, positive {int(yy.sum())}): " + ", ".join(cells))
    # could a confident few speech fragments be retyped? not-speech among the top-k scored
    sel = cur == "speech"
    yy = y[sel] != "speech"
    for name in ("T", "E", "T+S", "E+S"):
        top = np.argsort(-_oof(xs[name][sel], yy, groups[sel], 0.01)[:, 1])
        print(f"speech fragments, {name}: not speech among the top 5/10/20/40: "
              + "/".join(str(int(yy[top[:k]].sum())) for k in (5, 10, 20, 40)))


if __name__ == "__main__":
    main()
