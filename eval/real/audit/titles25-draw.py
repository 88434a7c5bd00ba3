"""Round 41, lane titles25: the pool of quotations main (10038c5) typed other than title that
sit in one of fresh14's four title constructs, on big2 then big (arguments: big2-r41.jsonl,
its article folder, big-r41.jsonl, its article folder), and a seeded draw of up to 100 of them
(random.Random(20261404).sample; the pool held fewer, so the draw is the whole pool in a seeded
order). A quotation is in the pool when it is

- a later item of a quoted list ("listed with the previous quotation") whose previous item is a
  title, or whose first item follows a work noun (extract.lexicon.WORK_NOUNS) or a genre noun;
- the words of a title of the same article (edge punctuation, case and a possessive aside), or
  the part of a title-case quotation before its colon, or (three words at most) the first words
  of a title;
- in title case, at most 10 words, with a work or genre noun among the three words before it;
- one to three title-case words right after "in", typed term or scare;
- title case around a colon inside the quotation (2 to 16 words).

Excludes the (id, s) pairs of every earlier audit/*-sample.tsv. Prints a TSV; counts to stderr."""

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402
from onrecord.extract.lexicon import WORK_NOUNS  # noqa: E402

SEED = 20261404
GENRE = set("""satire satires parody parodies spoof farce sequel sequels prequel biopic biopics novella
novellas cartoon cartoons sketch sketches short shorts memoirs autobiography docuseries docudrama
telenovela soap ballad ballads hit hits tune tunes tract screed polemic treatise opus epic saga
franchise mockumentary special specials painting paintings sculpture installation""".split()) - WORK_NOUNS
SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "as",
         "is", "but", "nor", "vs"}


def key(t):
    t = re.sub(r"^[\s\"'‘’“”]+|[\s,.;:!?\"'‘’“”]+$", "", t)
    return re.sub(r"(?:[’']s|s[’'])$", "", t).casefold()


def title_case(t):
    ws = re.findall(r"[\w’'\-/&]+", t)
    return bool(ws) and ws[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL for w in ws)


def constructs(q, i, qs, text, tkeys, prefixes, titles):
    kev = "; ".join(q["kev"])
    n = len(q["text"].split())
    lw = re.findall(r"[A-Za-z\-]+", text[max(0, q["s"] - 70):q["s"] - 1])
    k = key(q["text"])
    out = []
    if "listed with the previous" in kev:
        j = i
        while j > 0 and "listed with the previous" in "; ".join(qs[j]["kev"]):
            j -= 1
        fw = re.findall(r"[A-Za-z\-]+", text[max(0, qs[j]["s"] - 40):qs[j]["s"] - 1])
        if qs[i - 1]["kind"] == "title" or (fw and fw[-1].lower() in WORK_NOUNS | GENRE):
            out.append("list-after-work")
    if n <= 8 and (k in tkeys or k in prefixes):
        out.append("repeat-of-title")
    if n <= 3 and len(k) > 3 and any(key(t["text"]).startswith(k + " ") for t in titles):
        out.append("prefix-of-title")
    near = [w.lower() for w in lw[-3:] if w.lower() in GENRE | WORK_NOUNS]
    if title_case(q["text"]) and n <= 10 and near:
        out.append("work-or-genre-noun-near:" + "/".join(near))
    if title_case(q["text"]) and n <= 3 and lw and lw[-1] == "in" and q["kind"] in ("term", "scare"):
        out.append("cap-word-after-in")
    if ":" in q["text"].rstrip(":., ") and title_case(q["text"].replace(":", " ")) and 2 <= n <= 16:
        out.append("colon-title-case")
    return out


def pool(jsonl, folder, corpus, skip):
    by = collections.defaultdict(list)
    for line in open(jsonl, encoding="utf-8"):
        q = json.loads(line)
        by[q["id"]].append(q)
    for aid, qs in by.items():
        text = (Path(folder) / f"{aid}.txt").read_text(encoding="utf-8")
        titles = [q for q in qs if q["kind"] == "title"]
        tkeys = {key(q["text"]) for q in titles}
        prefixes = {key(q["text"]).split(":")[0].strip() for q in qs
                    if ":" in q["text"] and (q["kind"] == "title" or title_case(q["text"].replace(":", " ")))}
        for i, q in enumerate(qs):
            if q["kind"] == "title" or (aid, q["s"]) in skip:
                continue
            cons = constructs(q, i, qs, text, tkeys, prefixes, titles)
            if cons:
                yield [corpus, aid, q["s"], q["e"], q["kind"], q["speaker"] or "", ",".join(cons), q["text"],
                       "; ".join(q["kev"])]


def main():
    skip = judged_pairs(sample_files())
    items = list(pool(sys.argv[1], sys.argv[2], "big2", skip)) + list(pool(sys.argv[3], sys.argv[4], "big", skip))
    print("pool", len(items), collections.Counter(c.split(":")[0] for it in items for c in it[6].split(",")),
          file=sys.stderr)
    for it in seeded_sample(items, min(100, len(items)), SEED):
        print("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in it))


if __name__ == "__main__":
    main()
