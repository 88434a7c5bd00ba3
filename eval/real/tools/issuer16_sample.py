"""Draw the round-35 issuer16 sample: named speech quotations whose sentence
(or the sentence before) holds a document noun together with a verb or phrase
of releasing, obtaining, reviewing or reporting, outside the quotation marks.

usage: python issuer16_sample.py OUTPUT.jsonl ARTICLES_DIR AUDIT_DIR OUT.tsv
AUDIT_DIR holds the earlier *-sample.tsv files whose (id, s) pairs are left out.
Prints the count of quotations that pass and writes the drawn ones (file order
of the draw) with the window read, for judging.
"""
import json
import re
import sys

from draws import judged_pairs, sample_files, seeded_sample  # eval/real/tools/draws.py, beside this script

SEED = 20261235
SIZE = 160
BOUNDARY = re.compile(r'(?<=[.!?])["”’)]?\s+(?=["“‘A-Z0-9])|\n+')
DOC = re.compile(
    r"\b(reports?|study|studies|memos?|memorandum|letters?|documents?|filings?|analys[ie]s|"
    r"audits?|reviews?|findings|lawsuits?|complaints?|rulings?|surveys?|polls?|dossier|"
    r"emails?|e-mails?|transcripts?|indictments?|affidavits?|records|paper|papers|statements?|testimony|articles?|stor(?:y|ies)|op-eds?|columns?|books?|briefs?|motions?|opinions?|decisions?|orders?|notices?|data|guidance|proposals?|plans?)\b", re.I)
ACT = re.compile(
    r"\b(releas(?:e|ed|es|ing)|publish(?:ed|es|ing)?|obtain(?:ed|s)?|review(?:ed|s)?|"
    r"seen by|reported|reports|reporting|according to|commission(?:ed|s)|sponsor(?:ed|s)|"
    r"funded|leaked|made public|unveiled|cited|citing|provided to|shared with|posted|issued|issues|filed|sent|submitted|quot(?:ed|ing)|disclosed|revealed|circulated|distributed|aired|broadcast|presented|delivered|printed|written by|authored|prepared by|conducted by|found|finds)\b", re.I)


def sentence_start(text, pos):
    start = 0
    for m in BOUNDARY.finditer(text, 0, pos):
        start = m.end()
    return start


def window(text, s, e):
    """From the start of the sentence before the quotation's to the end of its own."""
    own = sentence_start(text, s)
    prev = sentence_start(text, max(own - 1, 0)) if own > 0 else own
    m = BOUNDARY.search(text, e)
    return prev, (m.start() if m else len(text))


def outside_marks(text, a, b, spans):
    """The window with every quotation's words blanked."""
    chars = list(text[a:b])
    for s, e in spans:
        for i in range(max(s, a), min(e, b)):
            chars[i - a] = " "
    return "".join(chars)


def main(out_path, arts, audit_dir, tsv_path):
    rows = [json.loads(line) for line in open(out_path)]
    spans = {}
    for r in rows:
        spans.setdefault(r["id"], []).append((r["s"], r["e"]))
    excluded = judged_pairs(sample_files(audit_dir))
    texts, passing = {}, []
    for r in rows:
        if r["kind"] != "speech" or not r["speaker"] or (r["id"], r["s"]) in excluded:
            continue
        text = texts.setdefault(r["id"], open(f"{arts}/{r['id']}.txt").read())
        a, b = window(text, r["s"], r["e"])
        plain = outside_marks(text, a, b, spans[r["id"]])
        if DOC.search(plain) and ACT.search(plain):
            passing.append(r)
    print("named speech", sum(1 for r in rows if r["kind"] == "speech" and r["speaker"]),
          "excluded", len(excluded), "passing", len(passing))
    drawn = seeded_sample(passing, SIZE, SEED)
    with open(tsv_path, "w") as out:
        for i, r in enumerate(drawn):
            aev = (r["aev"] or [""])[0]
            out.write("\t".join([str(i), r["id"], str(r["s"]), str(r["e"]), r["speaker"],
                                 str(r["cue"]), aev]) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
