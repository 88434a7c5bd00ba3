"""Sentence segmentation on real news: the shared rules (onrecord.text.segment) against the four
splitters they replace, spaCy's rule-based sentencizer and pysbd, scored on hand-checked
boundaries (eval/real/sentences/gold.json: article ids and character offsets, no text).
Results and the decision: docs/sentences.md.

    python benchmarks/sentences.py propose   # sample paragraphs, print the disputed boundaries
    python benchmarks/sentences.py score     # precision/recall/F1 and speed of every method

``propose`` takes a seeded sample of multi-sentence paragraphs from the BBC and AllSides
corpora, runs every method and keeps a boundary every method proposes; the boundaries that the
methods dispute are printed with their context for a person to decide (``--accept`` lists the
decided ones). pysbd is optional (``pip install pysbd``); without it its row is skipped.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "real" / "sentences" / "gold.json"
CORPORA = {"bbc": "bbc_news_2004_2005/articles.jsonl", "allsides": "allsides_news_2012_2020/articles.jsonl.xz"}


def _corpus(name: str) -> dict[str, str]:
    from onrecord.shared import corpora_dir

    path = corpora_dir() / CORPORA[name]
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return {(r := json.loads(line))["id"]: r["text"] for line in f}


_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
_OPENERS = "\"'\u201c\u2018\u00ab\u201e("


def _starts(text: str, spans: list[tuple[int, int]], ps: int, pe: int, strict: bool = False) -> set[int]:
    """The boundaries of a split: where each sentence after the first starts.

    Lenient (the default, and the gold's offsets): the first character that is neither space
    nor a quotation mark, so which side of a boundary a mark went to does not count. Strict: a
    sentence must start at its opening mark and keep its closing mark before the boundary, as
    onrecord needs (a quotation's marks decide its span)."""
    out = set()
    for s, _ in spans:
        while s < pe and text[s].isspace():
            s += 1
        raw = s
        while s < pe and (text[s].isspace() or text[s] in _MARKS):
            s += 1
        if not ps < s < pe:
            continue
        if strict:
            g = s  # the right start: back over the opening marks glued to the first word
            while g > ps and text[g - 1] in _OPENERS:
                g -= 1
            if raw != g:
                s = -s  # a mark on the wrong side: counted wrong
        out.add(s)
    return out


def _methods() -> dict[str, object]:
    from onrecord.text.segment import sentences

    def rules(text, ps, pe):
        return sentences(text, ps, pe)

    def extract_rules(text, ps, pe):
        # extract/words.py's left_clause/right_clause boundaries, as a splitter
        from onrecord.extract.words import _SENT_END, _is_abbrev_end
        cuts, seg = [], text[ps:pe]
        for m in _SENT_END.finditer(seg):
            if m.group(0) != "\n" and _is_abbrev_end(seg, m):
                continue
            cuts.append(ps + m.end())
        return list(zip([ps, *cuts], [*cuts, pe]))

    # attribute/layout, context/segment and archive/structure kept their own splitters until
    # issue 9; they now call text/segment (their figures before: docs/sentences.md)
    out = {"rules (text/segment)": rules, "extract/classify": extract_rules}
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def spacy_sentencizer(text, ps, pe):
        doc = nlp(text[ps:pe])
        return [(ps + s.start_char, ps + s.end_char) for s in doc.sents]

    out["spaCy sentencizer"] = spacy_sentencizer
    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

        def pysbd_split(text, ps, pe):
            return [(ps + s.start, ps + s.end) for s in seg.segment(text[ps:pe])]

        out["pysbd"] = pysbd_split
    except ImportError:
        print("pysbd not installed: skipped", file=sys.stderr)
    return out


def _sample(per_corpus: int, seed: int) -> list[dict]:
    from onrecord.text.segment import paragraphs
    rng = random.Random(seed)
    out = []
    for name in CORPORA:
        docs = _corpus(name)
        ids = sorted(docs)
        rng.shuffle(ids)
        for doc_id in ids:
            text = docs[doc_id]
            paras = [(a, b) for a, b in paragraphs(text) if len(re.findall(r"[.!?]\s", text[a:b])) >= 2]
            if not paras:
                continue
            ps, pe = rng.choice(paras)
            out.append({"corpus": name, "id": doc_id, "start": ps, "end": pe})
            if sum(1 for p in out if p["corpus"] == name) >= per_corpus:
                break
    return out


def propose(args) -> None:
    sample = _sample(args.per_corpus, args.seed)
    methods = _methods()
    texts = {name: _corpus(name) for name in CORPORA}
    accepted = {tuple(map(int, a.split(":")[1:])) + (a.split(":")[0],) for a in args.accept}
    rejected = {tuple(map(int, a.split(":")[1:])) + (a.split(":")[0],) for a in args.reject}
    disputed = 0
    for p in sample:
        text = texts[p["corpus"]][p["id"]]
        votes: dict[int, list[str]] = {}
        for name, fn in methods.items():
            for b in _starts(text, fn(text, p["start"], p["end"]), p["start"], p["end"]):
                votes.setdefault(b, []).append(name)
        keep = []
        for b, who in sorted(votes.items()):
            key = (p["start"], b, p["id"])
            if len(who) == len(methods) or key in accepted:
                keep.append(b)
            elif key not in rejected:
                disputed += 1
                ctx = text[max(p["start"], b - 50):b].replace("\n", " ") + " ‖ " + text[b:b + 30].replace("\n", " ")
                print(f"{p['id']}:{p['start']}:{b}  [{len(who)}/{len(methods)}: {', '.join(who)}]\n    {ctx}")
        p["boundaries"] = keep
    print(f"{disputed} disputed", file=sys.stderr)
    if args.write:
        GOLD.parent.mkdir(parents=True, exist_ok=True)
        GOLD.write_text(json.dumps({"seed": args.seed, "per_corpus": args.per_corpus, "accepted": sorted(args.accept),
                                    "rejected": sorted(args.reject), "paragraphs": sample},
                                   indent=0) + "\n", encoding="utf-8")


def score(args) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {name: _corpus(name) for name in CORPORA}
    methods = _methods()
    n_gold = sum(len(p["boundaries"]) for p in gold["paragraphs"])
    chars = sum(p["end"] - p["start"] for p in gold["paragraphs"])
    print(f"{len(gold['paragraphs'])} paragraphs, {n_gold} boundaries, {chars} characters; "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"{'method':33} {'P':>6} {'R':>6} {'F1':>6} {'ms/100k chars':>14}")
    rows = [(name, fn, strict) for strict in (False, True) for name, fn in methods.items()]
    for name, fn, strict in rows:
        tp = fp = fn_ = 0
        p0 = gold["paragraphs"][0]
        fn(texts[p0["corpus"]][p0["id"]], p0["start"], p0["end"])  # warm up: imports, first-call caches
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            found = [_starts(texts[p["corpus"]][p["id"]], fn(texts[p["corpus"]][p["id"]], p["start"], p["end"]),
                             p["start"], p["end"], strict) for p in gold["paragraphs"]]
        dt = (time.perf_counter() - t0) / args.repeat
        for p, f in zip(gold["paragraphs"], found):
            g = set(p["boundaries"])
            tp += len(f & g)
            fp += len(f - g)
            fn_ += len(g - f)
            if args.errors and (f ^ g):
                text = texts[p["corpus"]][p["id"]]
                for b in sorted(f ^ g):
                    kind = "FP" if b in f else "FN"
                    print(f"   {name} {kind} {p['id']}:{b} {text[max(0, b - 40):b]!r} ‖ {text[b:b + 20]!r}")
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn_) if tp + fn_ else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        name = name + (" (strict)" if strict else "")
        print(f"{name:33} {prec:6.3f} {rec:6.3f} {f1:6.3f} {dt * 1000 * 100_000 / chars:14.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("propose")
    p.add_argument("--per-corpus", type=int, default=40)
    p.add_argument("--seed", type=int, default=9)
    p.add_argument("--accept", nargs="*", default=[], help="ID:PARA_START:OFFSET boundaries decided true")
    p.add_argument("--reject", nargs="*", default=[], help="ID:PARA_START:OFFSET boundaries decided false")
    p.add_argument("--write", action="store_true")
    s = sub.add_parser("score")
    s.add_argument("--repeat", type=int, default=3)
    s.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    propose(args) if args.cmd == "propose" else score(args)


if __name__ == "__main__":
    main()
