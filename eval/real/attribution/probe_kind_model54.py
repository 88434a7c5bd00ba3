"""Probe (issue 11, round 54, lane kindmodel54): the learned kind model (attribute/kind_model.py)
re-measured on the eleven tuning sets, with wider domains and new cheap features. Out of fold,
nothing shipped on (docs/attribution-errors.md, round 54, lane kindmodel54).

    PYTHONPATH=src python eval/real/attribution/probe_kind_model54.py --articles /tmp/lead/arts

Items: every non-nested quotation of the eleven tuning sets matched to gold by overlap (as
`onrecord eval extract`), with main's cascade kind and speaker (the learned parts as shipped:
ranker and kind model off). Test, held and every confirmation set are never read. Domains:
  st     the cascade's scare/term, retyped scare <-> term (the shipped model's domain);
  stt    the cascade's scare/term/title, retyped among the three (term <-> title);
  short  the cascade's speech of at most 6 words, retyped to scare or term (the speaker is dropped);
  st+sp  the cascade's scare/term, retyped to speech too, but only when another quotation of the
         same sentence is speech with a named speaker (that speaker would be given: a speech
         quotation needs a speaker, so never speech without one);
  st+sp! the same without that condition: speech with no speaker, which the brief forbids;
         measured only, to show what the speakerless retype would buy;
  null   the cascade's speech of at most 6 words with no speaker named, retyped to scare or term
         (no speaker to lose: the speaker score cannot drop).
Features: base = attribute/kind_features.py plus the cascade's kind; new = base plus the
sixteen of ``new_features`` (first/second-person pronoun or auxiliary inside the marks, a clause
in marks, a reporting verb or a title noun right before, the credit rule of a speech quotation,
the sentence holding a named speech quotation, ...). Logistic regression, 5-fold GroupKFold by
article; a retype needs the model's best allowed kind to differ from the cascade's and reach the
threshold. Prints right before/after, fixed/broken, the change on gold-speech speakers and the
changes by (gold, new kind); then AUCs (diagnostic).
"""

from __future__ import annotations

import argparse
import json
import collections
import re
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from train_kind_model import SPLITS  # this folder (run as a script): the eleven tuning sets
from onrecord.attribute.kind_features import kind_features, normal
from onrecord.eval import _norm, match_overlap
from onrecord.lexicon.reporting import report_base
from onrecord.pipeline import extract

HERE = Path(__file__).parent
_CLOSE = "”\"’'»"  # closing marks (a quotation's end excludes them)
_W = re.compile(r"[A-Za-z][\w’'-]*")
_PRON = {"i", "we", "me", "us", "my", "our", "you", "your", "i'm", "i’m", "we're", "we’re", "i've", "i’ve"}
_AUX = {"is", "are", "was", "were", "will", "would", "can", "could", "have", "has", "had", "do", "does", "did",
        "not", "should", "must", "be", "been", "don't", "don’t", "won't", "won’t", "can't", "can’t"}
_TITLE_NOUNS = {"book", "film", "movie", "show", "song", "album", "novel", "series", "titled", "entitled", "memoir",
                "documentary", "episode", "podcast", "play", "program", "programme", "act", "bill", "report",
                "op-ed", "column", "article", "headline", "essay", "poem", "campaign", "operation", "initiative",
                "plan", "project"}


# the names of ``new_features``' values, in order
NEW_FEATURES = ("in_pron12", "in_aux", "in_clause", "before_report_verb", "before_title_noun", "after_comma_close",
                "sentence_named_speech", "credit_continues", "credit_string", "credit_parse", "credit_none",
                "credit_last_speaker", "speaker_named", "words_5_6", "words_7plus", "before_to_that")


def items(articles: Path) -> tuple[dict, list[dict]]:
    """(texts and predicted quotations by article, matched rows) over the tuning sets."""
    arts: dict[str, tuple[str, list]] = {}
    rows = []
    for split in SPLITS:
        recs = [json.loads(l) for l in (HERE / f"{split}.jsonl").read_text().splitlines() if l.strip()]
        for rec, res in zip(recs, extract([articles / f"{r['id']}.txt" for r in recs])):
            pred = [q for q in res.quotes if not q.nested]
            arts[rec["id"]] = (res.document.text, [(q.start, q.end, q.kind, q.speaker) for q in pred])
            for gi, pi in match_overlap(rec["quotes"], [{"start": q.start, "end": q.end} for q in pred]):
                q = pred[pi]
                rows.append(dict(split=split, id=rec["id"], gold=rec["quotes"][gi], start=q.start, end=q.end,
                                 kind=q.kind, ev=list(q.kind_evidence), speaker=q.speaker, aev=list(q.attribution_evidence)))
    return arts, rows


def _sentence(t: str, s: int, e: int) -> tuple[int, int]:
    a = max(t.rfind(". ", 0, s), t.rfind("\n", 0, s)) + 1
    b = [x for x in (t.find(". ", e), t.find("\n", e)) if x >= 0]
    return a, (min(b) if b else len(t))


def sentence_speaker(arts: dict, r: dict) -> str | None:
    """The named speaker of another speech quotation in r's sentence (the last one), or None."""
    t, qs = arts[r["id"]]
    a, b = _sentence(t, r["start"], r["end"])
    sps = [sp for s, e, k, sp in qs if s >= a and e <= b and k == "speech" and sp and (s, e) != (r["start"], r["end"])]
    return sps[-1] if sps else None


def new_features(arts: dict, r: dict) -> list[bool]:
    """The sixteen features of NEW_FEATURES for row ``r`` (aimed at the pooled confusions: a
    pronoun, auxiliary or whole clause in the marks says speech; a title noun before says title;
    the credit rule and a named speaker say how sure the cascade's speech is)."""
    t = arts[r["id"]][0]
    s, e = r["start"], r["end"]
    inner = t[s:e].strip(" \"“”‘’'„«»")
    ws = [w.lower() for w in _W.findall(inner)]
    before = [w.lower() for w in _W.findall(t[max(0, s - 60):s])][-3:]
    aev = " ".join(r["aev"][:1])
    n = len(ws)
    return [any(w in _PRON for w in ws), any(w in _AUX for w in ws), inner[:1].isupper() and inner[-1:] in ".,!?" and n >= 4,
            any(report_base(w) is not None for w in before), any(w in _TITLE_NOUNS for w in before),
            t[e:e + 2].lstrip(_CLOSE)[:1] in ",.", sentence_speaker(arts, r) is not None,
            aev.startswith("continues"), aev.startswith("string"), aev.startswith("parse"),
            r["kind"] == "speech" and (not aev or "no " in aev[:10] or "null" in aev), "last speaker" in aev,
            bool(r["speaker"]), 5 <= n <= 6, n >= 7, bool(before) and before[-1] in ("to", "that")]


def matrix(arts: dict, rows: list[dict], new: bool) -> np.ndarray:
    out = []
    for r in rows:
        t = arts[r["id"]][0]
        quoted = [normal(t[s:e]) for s, e, _, _ in arts[r["id"]][1]]
        row = kind_features(t, r["start"], r["end"], r["kind"], r["ev"], quoted) + [r["kind"] == "title", r["kind"] == "speech"]
        out.append(row + (new_features(arts, r) if new else []))
    return np.array(out, dtype=float)


def oof(X: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float) -> tuple[np.ndarray, list[str]]:
    classes = sorted(set(y))
    P = np.zeros((len(y), len(classes)))
    for tr, te in GroupKFold(5).split(X, y, groups):
        m = LogisticRegression(C=c, max_iter=3000).fit(X[tr], y[tr])
        P[te] = m.predict_proba(X[te])[:, [list(m.classes_).index(k) if k in m.classes_ else 0 for k in classes]]
    return P, classes


def evaluate(rows, P, classes, allowed, th, give):
    """(fixed, broken, speaker change, changes by (gold, new)) for one threshold."""
    fixed = broken = dsp = 0
    ch = collections.Counter()
    for r, p in zip(rows, P):
        ks = [k for k in allowed(r) if k in classes]
        best = max(ks, key=lambda k: p[classes.index(k)]) if ks else r["kind"]
        new = best if best != r["kind"] and p[classes.index(best)] >= th else r["kind"]
        if new == r["kind"]:
            continue
        g = r["gold"]
        ch[(g["kind"], new)] += 1
        fixed += new == g["kind"]
        broken += r["kind"] == g["kind"]
        if g["kind"] == "speech":
            after = (give(r) if r["kind"] != "speech" else None) if new == "speech" else None
            dsp += (_norm(g.get("speaker")) == _norm(after)) - (_norm(g.get("speaker")) == _norm(r["speaker"]))
    return fixed, broken, dsp, ch


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=Path, required=True)
    args = ap.parse_args()
    arts, rows = items(args.articles)
    nwords = lambda r: len(_W.findall(arts[r["id"]][0][r["start"]:r["end"]]))
    st = lambda r: r["kind"] in ("scare", "term")
    domains = {
        "st": (st, lambda r: ("scare", "term"), (0.5, 0.6, 0.7, 0.8)),
        "stt": (lambda r: r["kind"] in ("scare", "term", "title"), lambda r: ("scare", "term", "title"), (0.5, 0.6, 0.7, 0.8)),
        "short": (lambda r: r["kind"] == "speech" and nwords(r) <= 6, lambda r: ("speech", "scare", "term"), (0.5, 0.6, 0.7, 0.8)),
        "st+sp": (st, lambda r: ("scare", "term", "speech") if sentence_speaker(arts, r) else ("scare", "term"), (0.5, 0.6, 0.7)),
        "st+sp!": (st, lambda r: ("scare", "term", "speech"), (0.5, 0.6, 0.7)),
        "null": (lambda r: r["kind"] == "speech" and not r["speaker"] and nwords(r) <= 6,
                 lambda r: ("speech", "scare", "term"), (0.4, 0.5, 0.6, 0.7)),
    }
    give = {"st+sp": lambda r: sentence_speaker(arts, r)}
    print(f"{len(rows)} matched quotations in {len(arts)} articles")
    print("cascade (gold, predicted) kind pairs:", sorted(collections.Counter((r["gold"]["kind"], r["kind"]) for r in rows).items()))
    for name, (dom, allowed, ths) in domains.items():
        sub = [r for r in rows if dom(r)]
        y = np.array([r["gold"]["kind"] for r in sub])
        groups = np.array([r["id"] for r in sub])
        base = sum(r["kind"] == r["gold"]["kind"] for r in sub)
        for new in (False, True):
            X = matrix(arts, sub, new)
            for c in (0.03, 0.1, 0.3, 1.0):
                P, classes = oof(X, y, groups, c)
                for th in ths:
                    f, b, dsp, ch = evaluate(sub, P, classes, allowed, th, give.get(name, lambda r: None))
                    print(f"{name:6} n={len(sub)} cascade {base} feats={'new' if new else 'base'} C={c} t={th}: "
                          f"{base} -> {base + f - b} (fixed {f}, broken {b}; speaker {dsp:+d}) {dict(sorted(ch.items()))}")
    diagnostics(arts, rows, nwords)


def diagnostics(arts, rows, nwords) -> None:
    """Out-of-fold AUC (C=0.3) of base and new features for the sub-questions."""
    for name, dom, pos in (("st: gold term", lambda r: r["kind"] in ("scare", "term"), "term"),
                           ("st: gold scare", lambda r: r["kind"] in ("scare", "term"), "scare"),
                           ("stt: gold title", lambda r: r["kind"] in ("scare", "term", "title"), "title"),
                           ("short speech: gold not speech", lambda r: r["kind"] == "speech" and nwords(r) <= 6, None)):
        sub = [r for r in rows if dom(r)]
        y = np.array([(r["gold"]["kind"] != "speech") if pos is None else r["gold"]["kind"] == pos for r in sub])
        groups = np.array([r["id"] for r in sub])
        for new in (False, True):
            X = matrix(arts, sub, new)
            P = np.zeros(len(y))
            for tr, te in GroupKFold(5).split(X, y, groups):
                P[te] = LogisticRegression(C=0.3, max_iter=3000).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
            top = np.argsort(-P)
            print(f"{name} n={len(y)} positives={int(y.sum())} feats={'new' if new else 'base'}: AUC {roc_auc_score(y, P):.3f};"
                  f" positives among the top 10/20/40: {int(y[top[:10]].sum())}/{int(y[top[:20]].sum())}/{int(y[top[:40]].sum())}")


if __name__ == "__main__":
    main()
